package dk.henvis.curation;

import dk.henvis.catalog.Offer;
import java.time.LocalDate;

/**
 * An offer nobody has checked for too long.
 *
 * @param lastChecked the later of the source's assured_date and the local check; null when never checked
 * @param fromSync    true when the offer comes from a sync source (a check is then kept beside the offer)
 */
public record StaleOffer(Offer offer, LocalDate lastChecked, boolean fromSync) {
}
