package dk.henvis.catalog;

import java.time.Instant;

/**
 * Where an offer came from.
 *
 * @param firstSeen   when this database first imported it (set by the store)
 * @param lastChanged when its content last changed in this database (set by the store)
 * @param sourceChanged the source's own modification time, when it gives one
 * @param adoptedFrom the offer of another source this one was adopted from (the coordinator took it into
 *                    the curated catalogue), or null; while this offer is not withdrawn, the offer it names
 *                    is never matched or published beside it (see {@code *-curated-catalogue.md})
 */
public record Provenance(String source, String sourceId, Instant firstSeen, Instant lastChanged, Instant sourceChanged,
        OfferKey adoptedFrom) {

    public Provenance(String source, String sourceId, Instant firstSeen, Instant lastChanged, Instant sourceChanged) {
        this(source, sourceId, firstSeen, lastChanged, sourceChanged, null);
    }

    /** The offer an adopted offer came from; null when there is no provenance or it was not adopted. */
    public static OfferKey adoptedFrom(Offer offer) {
        return offer.provenance() == null ? null : offer.provenance().adoptedFrom();
    }
}
