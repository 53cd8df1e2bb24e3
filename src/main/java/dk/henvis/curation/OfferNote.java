package dk.henvis.curation;

import dk.henvis.catalog.OfferKey;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the staff know about an offer beyond its source: a note ("Ring til Bente før første gang")
 * and the day someone last verified it by phone. A sync never changes it.
 */
public record OfferNote(OfferKey key, String note, LocalDate verifiedOn, Instant updatedAt) {
}
