package dk.henvis.curation;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.settings.CoordinatorSettings;
import dk.henvis.sync.SourceStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The stale-offer watch: which offers nobody has checked (HSDS {@code assured_date}, Offer.lastChecked) for
 * more than the configured number of months, oldest first, and marking one checked today.
 *
 * <p>A check is always recorded as the offer's local verification date (offer_note.verified_on), which no
 * sync or import touches. An offer of a local source (the curated catalogue, an import; not a configured
 * sync source) also gets its lastChecked set, so every screen and the export show it at once. An offer of a
 * sync source keeps the source's own date; the effective date is the later of the two, and the coordinator's
 * publication carries it as assured_date (see src/site/adr/0009-coord-flags-and-stale-watch.md).
 */
public final class StaleWatch {
    /** The most months one can ask for (ten years). */
    public static final int MAX_MONTHS = 120;

    private final OfferStore offers;
    private final OfferNotes notes;
    private final SourceStore sources;
    private final CoordinatorSettings settings;
    private final Clock clock;

    public StaleWatch(OfferStore offers, OfferNotes notes, SourceStore sources, CoordinatorSettings settings,
            Clock clock) {
        this.offers = offers;
        this.notes = notes;
        this.sources = sources;
        this.settings = settings;
        this.clock = clock;
    }

    public int months() {
        return settings.staleMonths();
    }

    /** Sets the number of months; outside 1..{@link #MAX_MONTHS} is bad input. */
    public void setMonths(int months) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new BadInputException(Messages.get("stale.error.months", months, MAX_MONTHS));
        }
        settings.setStaleMonths(months);
    }

    /** The offers in the catalogue (withdrawn ones left out) not checked for more than {@link #months()}. */
    public List<StaleOffer> stale() {
        return stale(months());
    }

    /** Never-checked offers first, then the oldest check first; name breaks ties. */
    public List<StaleOffer> stale(int months) {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(months);
        Map<OfferKey, OfferNote> local = notes.all();
        // an offer adopted into the curated catalogue is watched as its curated copy only
        java.util.Set<OfferKey> adopted = offers.adoptedKeys();
        return offers.current().stream().filter(o -> !adopted.contains(o.key()))
                .map(o -> new StaleOffer(o, effective(o, local.get(o.key())), isSynced(o.key().source())))
                .filter(s -> s.lastChecked() == null || s.lastChecked().isBefore(cutoff))
                .sorted(Comparator.comparing(StaleOffer::lastChecked, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(s -> s.offer().name()))
                .toList();
    }

    /** Marks the offer checked today; an unknown offer is bad input. Returns the offer as it is now. */
    public Offer markChecked(OfferKey key) {
        Offer offer = offers.find(key)
                .orElseThrow(() -> new BadInputException(Messages.get("flags.error.unknownOffer", key.sourceId())));
        LocalDate today = LocalDate.now(clock);
        notes.markVerified(key, today);
        if (isSynced(key.source())) {
            return offer;
        }
        Offer checked = offer.withLastChecked(today);
        offers.write(key.source(), OfferStore.Mode.MERGE, clock.instant(), sink -> sink.accept(checked));
        return checked;
    }

    /** The later of the offer's own date and the local check (the date a publication carries). */
    public static LocalDate effective(Offer o, OfferNote note) {
        LocalDate own = o.lastChecked();
        LocalDate local = note == null ? null : note.verifiedOn();
        if (own == null) {
            return local;
        }
        return local == null || own.isAfter(local) ? own : local;
    }

    private boolean isSynced(String source) {
        return sources.find(source).isPresent();
    }
}
