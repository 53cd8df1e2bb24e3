package dk.henvis.curation;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AccessibilityText;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.Location;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Provenance;
import dk.henvis.formats.common.CostText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coordinator's curated catalogue: the offers of the source {@value #SOURCE}, which this
 * installation edits rather than imports. New, duplicated and adopted offers start as drafts that are
 * stored only by {@link #save}; every save is checked ({@link OfferCheck}) and written through
 * {@link OfferStore#write} like an import of one offer (one transaction, same content hash and full-text
 * index). See {@code src/site/adr/*-curated-catalogue.md}.
 */
public final class OfferCuration {
    /** The source name of the curated catalogue. */
    public static final String SOURCE = "kommunen";
    private static final Pattern OWN_ID = Pattern.compile("k(\\d+)");

    private final OfferStore store;
    private final Clock clock;

    public OfferCuration(OfferStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** True when {@code offer} belongs to the curated catalogue (and so may be edited and retired). */
    public static boolean isCurated(Offer offer) {
        return offer != null && SOURCE.equals(offer.key().source());
    }

    /** The offer as stored now. */
    public Optional<Offer> find(OfferKey key) {
        return store.find(key);
    }

    /** A blank draft with a fresh id, active, checked today. Not stored until {@link #save}. */
    public Offer newOffer() {
        return Offer.builder(new OfferKey(SOURCE, nextId()), "").languages(List.of("da")).lastChecked(today())
                .build();
    }

    /** The problems that keep {@code offer} from being saved; empty when it may be. */
    public List<Problem> check(Offer offer) {
        return OfferCheck.problems(offer, today());
    }

    /**
     * Stores a new or changed curated offer and returns it as stored. An offer that breaks a rule is
     * bad input: nothing is stored.
     */
    public Offer save(Offer offer) {
        if (!isCurated(offer)) {
            throw new BadInputException(Messages.get("curation.error.notCurated", offer.key(), SOURCE));
        }
        List<Problem> problems = check(offer);
        if (!problems.isEmpty()) {
            throw new BadInputException(Messages.get("curation.error.invalid", offer.name(),
                    problems.get(0).message()));
        }
        write(publishable(offer));
        return store.find(offer.key()).orElseThrow();
    }

    /**
     * The offer as it reads back from a publication: the organisation and places get the ids the HSDS
     * exporter would give them, and a place whose step-free access was chosen but not written gets the
     * standard sentence in front of its accessibility text (an import classifies access from that text), and a
     * price given only as text gets the amount an import reads out of that text.
     */
    static Offer publishable(Offer o) {
        Organisation org = o.organisation();
        if (org.id() == null && (org.name() != null || org.description() != null || org.url() != null)) {
            org = new Organisation("org-" + o.id(), org.name(), org.description(), org.url());
        }
        List<Location> places = new ArrayList<>();
        for (int i = 0; i < o.locations().size(); i++) {
            Location l = o.locations().get(i);
            String id = l.id() == null || l.id().isBlank() ? o.id() + "-loc" + (i + 1) : l.id();
            String text = l.accessibility() == null || l.accessibility().isBlank() ? null : l.accessibility().strip();
            if (l.access() != Access.UNKNOWN && AccessibilityText.classify(text) == Access.UNKNOWN) {
                String standard = Messages.get(l.access() == Access.STEP_FREE ? "export.access.stepFree"
                        : "export.access.notStepFree");
                text = text == null ? standard : standard + ". " + text;
            }
            places.add(new Location(id, l.name(), l.street(), l.postcode(), l.city(), l.latitude(), l.longitude(),
                    l.transport(), l.access(), text, l.online()));
        }
        Cost cost = o.cost();
        if (cost.amountDkk() == null && cost.text() != null) {
            // an importer reads a price out of the text ("Kaffe 10 kr."): store what it would read back
            cost = new Cost(CostText.amount(cost.text()), cost.text());
        }
        return o.toBuilder().organisation(org).locations(places).cost(cost).build();
    }

    /** A draft copy of {@code key} with a new id and "(kopi)" after the name; stored by {@link #save}. */
    public Offer duplicate(OfferKey key) {
        Offer o = existing(key);
        return copy(o, new OfferKey(SOURCE, nextId()), Messages.get("curation.copyName", o.name()), OfferStatus.ACTIVE,
                null);
    }

    /**
     * Adopts an offer of another source (e.g. KultuNaut) into the curated catalogue: a draft copy that
     * remembers where it came from ({@link Provenance#adoptedFrom()}), so once saved the original is no
     * longer matched or published beside it, also after the source syncs again. When the offer was adopted
     * before, its curated copy is returned instead, to edit.
     */
    public Offer adopt(OfferKey key) {
        Offer o = existing(key);
        if (isCurated(o)) {
            throw new BadInputException(Messages.get("curation.error.alreadyCurated", o.name()));
        }
        Optional<Offer> earlier = store.adoptedCopyOf(key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        OfferKey copyKey = new OfferKey(SOURCE, nextId());
        return copy(o, copyKey, o.name(), o.status(),
                new Provenance(SOURCE, copyKey.sourceId(), null, null, null, o.key()));
    }

    /**
     * Retires a curated offer: its status becomes inactive, so it is never matched and is published as
     * inactive, but it is kept (and can be made active again in the form).
     */
    public Offer retire(OfferKey key) {
        Offer o = existing(key);
        if (!isCurated(o)) {
            throw new BadInputException(Messages.get("curation.error.retireNotCurated", o.name(), SOURCE));
        }
        write(o.withStatus(OfferStatus.INACTIVE));
        return store.find(key).orElseThrow();
    }

    private void write(Offer offer) {
        store.write(SOURCE, OfferStore.Mode.MERGE, Instant.now(clock), sink -> sink.accept(offer));
    }

    private Offer existing(OfferKey key) {
        return store.find(key).orElseThrow(() -> new BadInputException(Messages.get("curation.error.noOffer", key)));
    }

    /** The next free id of the form {@code k<n>}. */
    String nextId() {
        long max = 0;
        for (String id : store.sourceIds(SOURCE)) {
            Matcher m = OWN_ID.matcher(id);
            if (m.matches() && m.group(1).length() < 18) {
                max = Math.max(max, Long.parseLong(m.group(1)));
            }
        }
        return "k" + (max + 1);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Offer copy(Offer o, OfferKey key, String name, OfferStatus status, Provenance provenance) {
        return o.toBuilder().key(key).name(name).status(status).provenance(provenance).build();
    }
}
