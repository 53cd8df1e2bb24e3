package dk.henvis.curation;

import dk.henvis.catalog.OfferKey;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A worker's report that an offer's information is wrong ("Holdet er flyttet til torsdag"). It holds
 * no citizen data: the text is about the offer, the date has no time of day, the unit is a staff unit.
 *
 * @param id         a random UUID, so a flag imported twice stays one flag
 * @param offer      the offer it is about (in the database that holds the flag)
 * @param offerName  the offer's name when flagged, shown when the offer is not (or no longer) known
 * @param unit       the staff unit's code, null when not set
 * @param origin     the installation id of the laptop that raised it
 * @param resolvedOn null while open
 */
public record Flag(String id, OfferKey offer, String offerName, String text, LocalDate created, String unit,
        String origin, Status status, LocalDate resolvedOn) {

    /** Open until the coordinator resolves it. */
    public enum Status {
        OPEN, RESOLVED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status fromCode(String code) {
            return "resolved".equals(code) ? RESOLVED : OPEN;
        }
    }

    public Flag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(offerName, "offerName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(origin, "origin");
        status = status == null ? Status.OPEN : status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Flag resolved(LocalDate on) {
        return new Flag(id, offer, offerName, text, created, unit, origin, Status.RESOLVED, on);
    }

    public Flag withOffer(OfferKey key) {
        return new Flag(id, key, offerName, text, created, unit, origin, status, resolvedOn);
    }
}
