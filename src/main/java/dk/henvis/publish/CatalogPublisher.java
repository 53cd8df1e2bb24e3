package dk.henvis.publish;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.curation.StaleWatch;
import dk.henvis.curation.OfferNote;
import dk.henvis.curation.OfferNotes;
import dk.henvis.formats.hsds.HsdsJsonExporter;
import dk.henvis.formats.hsds.HsdsPackageExporter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * Publishes the catalogue held in the store: the offers their sources still hold (withdrawn ones left
 * out), of every source or of one, in one of the {@link ExportFormat}s.
 */
public final class CatalogPublisher {
    private final OfferStore store;
    private final OfferNotes checks;
    private final Clock clock;

    public CatalogPublisher(OfferStore store) {
        this(store, Clock.systemDefaultZone());
    }

    /** @param clock dates the citizen pages ("Opdateret ...") */
    public CatalogPublisher(OfferStore store, Clock clock) {
        this(store, null, clock);
    }

    /**
     * @param checks local checks ("mark checked" in the stale-offer watch): a publication carries the later of
     *               an offer's own assured_date and its local check; null to publish the offers as stored
     */
    public CatalogPublisher(OfferStore store, OfferNotes checks, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * Writes the offers to {@code out} and returns how many were published. The citizen web pages
     * ({@link ExportFormat#HTML}) hold only the active offers.
     *
     * @param sourceOrNull publish only this source's offers; null for all
     */
    public int publish(ExportFormat format, String sourceOrNull, Path out) {
        List<Offer> offers = offers(sourceOrNull);
        switch (format) {
            case HSDS_JSON -> new HsdsJsonExporter().export(offers, out);
            case HSDS_PACKAGE -> new HsdsPackageExporter().export(offers, out);
            case HTML -> {
                new HtmlSiteExporter(LocalDate.now(clock)).export(offers, out);
                return (int) offers.stream().filter(Offer::isActive).count();
            }
            default -> throw new BadInputException(Messages.get("export.error.format", format.code()));
        }
        return offers.size();
    }

    /**
     * The offers a publication holds: an offer the coordinator adopted into the curated catalogue is
     * published once, as the adopted copy.
     */
    public List<Offer> offers(String sourceOrNull) {
        Set<OfferKey> adopted = store.adoptedKeys();
        List<Offer> offers = withLocalChecks(store.current()).stream().filter(o -> !adopted.contains(o.key()))
                .toList();
        if (sourceOrNull == null) {
            return offers;
        }
        List<Offer> one = offers.stream().filter(o -> o.key().source().equals(sourceOrNull)).toList();
        if (one.isEmpty()) {
            throw new BadInputException(Messages.get("export.error.noSource", sourceOrNull));
        }
        return one;
    }

    private List<Offer> withLocalChecks(List<Offer> offers) {
        if (checks == null) {
            return offers;
        }
        Map<OfferKey, OfferNote> notes = checks.all();
        if (notes.isEmpty()) {
            return offers;
        }
        return offers.stream().map(o -> {
            LocalDate checked = StaleWatch.effective(o, notes.get(o.key()));
            return java.util.Objects.equals(checked, o.lastChecked()) ? o : o.withLastChecked(checked);
        }).toList();
    }
}
