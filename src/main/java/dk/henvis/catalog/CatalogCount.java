package dk.henvis.catalog;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How many offers the catalogue holds, counted one way wherever it is shown (the status bar, the catalogue
 * tab): the activities a worker can be suggested.
 */
public final class CatalogCount {
    private CatalogCount() {
    }

    /**
     * The active offers among {@code offers}, an original left out when its adopted copy is among them, the same
     * activity from several sources once ({@link DuplicateDetector}).
     */
    public static int activities(Collection<Offer> offers) {
        return DuplicateDetector.groups(matchable(offers)).size();
    }

    /**
     * The offers among {@code offers} that may be matched, in their order: the active ones, an original left out
     * when its adopted copy (of any status) is among them. Of {@link OfferStore#current()} this is exactly
     * {@link OfferStore#active()}, without reading the catalogue again.
     */
    public static List<Offer> matchable(Collection<Offer> offers) {
        Set<OfferKey> adopted = new HashSet<>();
        for (Offer o : offers) {
            OfferKey from = Provenance.adoptedFrom(o);
            if (from != null) {
                adopted.add(from);
            }
        }
        return offers.stream().filter(Offer::isActive).filter(o -> !adopted.contains(o.key())).toList();
    }
}
