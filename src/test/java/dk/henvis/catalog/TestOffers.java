package dk.henvis.catalog;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Builds offers for tests. */
public final class TestOffers {
    private TestOffers() {
    }

    public static Offer offer(String source, String id, String name) {
        return offer(source, id, name, "En hyggelig aften med " + name.toLowerCase());
    }

    public static Offer offer(String source, String id, String name, String description) {
        Location loc = new Location("loc-" + id, "Medborgerhuset", "Jernbanegade 5", "3600", "Frederikssund",
                55.8396, 12.0686, "Bus 312 holder ved døren", Access.STEP_FREE, "Trinfri adgang", false);
        Schedule tuesday = Schedule.weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(12, 0));
        return new Offer(new OfferKey(source, id), name, null, description, "https://example.dk/" + id,
                "info@example.dk", OfferStatus.ACTIVE, new Organisation("org-1", "Ældre Sagen Frederikssund", null, null),
                List.of(loc), List.of(tuesday), new AgeRange(60, null), new Cost(BigDecimal.ZERO, "Gratis"),
                List.of("Sang og musik"), List.of("kor", "fællessang"), List.of("da"),
                List.of(new Contact("Bente", "Formand", "+45 12 34 56 78", "bente@example.dk")),
                FocusLevel.FOREBYG, List.of("senior"), AudienceSex.ANY, null, true, LocalDate.of(2026, 10, 1), null);
    }
}
