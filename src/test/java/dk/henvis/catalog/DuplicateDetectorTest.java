package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

    static Offer at(Offer o, String name, Location loc, DayOfWeek day, LocalDate checked) {
        return new Offer(o.key(), name, null, o.description(), null, null, null, o.organisation(), List.of(loc),
                List.of(Schedule.weekly(List.of(day), LocalTime.of(10, 0), LocalTime.of(12, 0))), null, null, null,
                null, null, null, null, null, null, null, false, checked, null);
    }

    static Location place(String street, Double lat, Double lon) {
        return new Location(null, "Medborgerhuset", street, "3600", "Frederikssund", lat, lon, null, null, null, false);
    }

    static final Location HUSET = place("Jernbanegade 5", 55.8396, 12.0686);
    static final Location HUSET_NO_COORDS = place("Jernbanegade  5.", null, null);
    static final Location ELSEWHERE = place("Havnegade 1", 55.8300, 12.0400);

    Offer offer(String source, String id, String name, Location loc, DayOfWeek day) {
        return at(TestOffers.offer(source, id, name), name, loc, day, null);
    }

    @Test
    void sameActivityFromTwoSourcesIsOneGroupShowingBothSources() {
        Offer hsds = at(TestOffers.offer("kommunen", "k1", "x"), "Strikkecafé", HUSET, DayOfWeek.TUESDAY,
                LocalDate.of(2026, 11, 1));
        Offer kultunaut = offer("kultunaut", "77", "STRIKKECAFE!", HUSET_NO_COORDS, DayOfWeek.TUESDAY);
        Offer other = offer("kultunaut", "78", "Sangkor", HUSET, DayOfWeek.TUESDAY);

        List<DuplicateDetector.Group> groups = DuplicateDetector.groups(List.of(kultunaut, other, hsds));

        assertThat(groups).hasSize(2);
        DuplicateDetector.Group strik = groups.get(0);
        assertThat(strik.isDuplicate()).isTrue();
        assertThat(strik.primary()).as("the verified one is shown").isEqualTo(hsds);
        assertThat(strik.sources()).containsExactly("kommunen", "kultunaut");
        assertThat(groups.get(1).offers()).containsExactly(other);
    }

    @Test
    void differentPlaceWeekdayOrSameSourceAreNotDuplicates() {
        Offer a = offer("kommunen", "1", "Strikkecafé", HUSET, DayOfWeek.TUESDAY);
        assertThat(DuplicateDetector.sameActivity(a, offer("kultunaut", "2", "Strikkecafé", ELSEWHERE,
                DayOfWeek.TUESDAY))).isFalse();
        assertThat(DuplicateDetector.sameActivity(a, offer("kultunaut", "2", "Strikkecafé", HUSET,
                DayOfWeek.THURSDAY))).isFalse();
        assertThat(DuplicateDetector.sameActivity(a, offer("kommunen", "2", "Strikkecafé", HUSET,
                DayOfWeek.TUESDAY))).isFalse();
        assertThat(DuplicateDetector.sameActivity(a, offer("kultunaut", "2", "Strikkecafé", HUSET,
                DayOfWeek.TUESDAY))).isTrue();
    }

    @Test
    void nameNormalisationKeepsDanishLetters() {
        assertThat(DuplicateDetector.normaliseName("  Strikkecafé – Aastrup ")).isEqualTo("strikkecafe åstrup");
        assertThat(DuplicateDetector.normaliseName("Gåtur")).isNotEqualTo(DuplicateDetector.normaliseName("Gatur"));
    }
}
