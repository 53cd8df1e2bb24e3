package dk.henvis.matching;

import dk.henvis.catalog.Offer;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One ranked offer for a citizen (contract §3).
 *
 * @param score      0..1, higher is better
 * @param distanceKm null when unknown or online
 * @param next       the next session from the matching date, null when unknown
 * @param reasons    1–4 short Danish sentences a worker can read aloud
 */
public record Match(Offer offer, double score, Double distanceKm, LocalDateTime next, List<String> reasons) {
    public Match {
        reasons = List.copyOf(reasons);
    }
}
