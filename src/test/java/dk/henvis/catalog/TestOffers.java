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

    /** A new catalogue file {@code db} holding {@code offers} from {@code source}, as a sync of 1 November 2026 wrote them. */
    public static java.nio.file.Path catalogue(java.nio.file.Path db, String source, Offer... offers) {
        new OfferStore(Database.open(db)).write(source, OfferStore.Mode.MERGE,
                java.time.Instant.parse("2026-11-01T10:00:00Z"), sink -> List.of(offers).forEach(sink));
        return db;
    }

    public static Offer offer(String source, String id, String name) {
        return offer(source, id, name, "En hyggelig aften med " + name.toLowerCase());
    }

    public static Offer offer(String source, String id, String name, String description) {
        Location loc = new Location("loc-" + id, "Medborgerhuset", "Jernbanegade 5", "3600", "Frederikssund",
                55.8396, 12.0686, "Bus 312 holder ved døren", Access.STEP_FREE, "Trinfri adgang", false);
        Schedule tuesday = Schedule.weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(12, 0));
        return Offer.builder(new OfferKey(source, id), name).description(description)
                .url("https://example.dk/" + id).email("info@example.dk")
                .organisation(new Organisation("org-1", "Ældre Sagen Frederikssund", null, null))
                .locations(List.of(loc)).schedules(List.of(tuesday)).ages(new AgeRange(60, null))
                .cost(new Cost(BigDecimal.ZERO, "Gratis")).categories(List.of("Sang og musik"))
                .tags(List.of("kor", "fællessang")).languages(List.of("da"))
                .contacts(List.of(new Contact("Bente", "Formand", "+45 12 34 56 78", "bente@example.dk")))
                .focus(FocusLevel.FOREBYG).targetGroups(List.of("senior")).openDropIn(true)
                .lastChecked(LocalDate.of(2026, 10, 1)).build();
    }
}
