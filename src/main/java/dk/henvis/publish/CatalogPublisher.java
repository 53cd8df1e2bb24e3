package dk.henvis.publish;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.sources.HsdsJsonExporter;
import dk.henvis.sources.HsdsPackageExporter;
import java.nio.file.Path;
import java.util.List;

/**
 * Publishes the catalogue held in the store: the offers their sources still hold (withdrawn ones left
 * out), of every source or of one, in one of the {@link ExportFormat}s.
 */
public final class CatalogPublisher {
    private final OfferStore store;

    public CatalogPublisher(OfferStore store) {
        this.store = store;
    }

    /**
     * Writes the offers to {@code out} and returns how many were published.
     *
     * @param sourceOrNull publish only this source's offers; null for all
     */
    public int publish(ExportFormat format, String sourceOrNull, Path out) {
        List<Offer> offers = offers(sourceOrNull);
        switch (format) {
            case HSDS_JSON -> new HsdsJsonExporter().export(offers, out);
            case HSDS_PACKAGE -> new HsdsPackageExporter().export(offers, out);
            default -> throw new BadInputException(Messages.get("export.error.format", format.code()));
        }
        return offers.size();
    }

    /** The offers a publication holds. */
    public List<Offer> offers(String sourceOrNull) {
        List<Offer> offers = store.current();
        if (sourceOrNull == null) {
            return offers;
        }
        List<Offer> one = offers.stream().filter(o -> o.key().source().equals(sourceOrNull)).toList();
        if (one.isEmpty()) {
            throw new BadInputException(Messages.get("export.error.noSource", sourceOrNull));
        }
        return one;
    }
}
