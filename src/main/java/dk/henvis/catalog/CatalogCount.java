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
        Set<OfferKey> adopted = new HashSet<>();
        for (Offer o : offers) {
            OfferKey from = Provenance.adoptedFrom(o);
            if (from != null) {
                adopted.add(from);
            }
        }
        List<Offer> active = offers.stream().filter(Offer::isActive).filter(o -> !adopted.contains(o.key())).toList();
        return DuplicateDetector.groups(active).size();
    }
}
