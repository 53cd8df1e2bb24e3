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
 * @param sources    every source that carries this activity (the same activity from several sources is
 *                   matched once), the offer's own source first
 * @param evidence   the offer's own words that the interest and group reasons rest on
 */
public record Match(Offer offer, double score, Double distanceKm, LocalDateTime next, List<String> reasons,
        List<String> sources, List<Evidence> evidence) {
    public Match {
        reasons = List.copyOf(reasons);
        sources = sources == null || sources.isEmpty() ? List.of(offer.key().source()) : List.copyOf(sources);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A match without recorded evidence. */
    public Match(Offer offer, double score, Double distanceKm, LocalDateTime next, List<String> reasons,
            List<String> sources) {
        this(offer, score, distanceKm, next, reasons, sources, List.of());
    }

    /** A match of an offer that only its own source carries. */
    public Match(Offer offer, double score, Double distanceKm, LocalDateTime next, List<String> reasons) {
        this(offer, score, distanceKm, next, reasons, List.of(offer.key().source()));
    }
}
