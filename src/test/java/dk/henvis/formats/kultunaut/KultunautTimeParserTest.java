package dk.henvis.formats.kultunaut;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KultunautTimeParserTest {
    static Stream<Arguments> variants() {
        return Stream.of(
                // text, days, opens, closes, interval, monthWeek, sessions
                Arguments.of("kl. 13.45-20", List.of(), "13:45", "20:00", 1, null, null),
                Arguments.of("kl. 10-12", List.of(), "10:00", "12:00", 1, null, null),
                Arguments.of("Kl. 10.00 - 12.00", List.of(), "10:00", "12:00", 1, null, null),
                Arguments.of("kl 19:30 til 21", List.of(), "19:30", "21:00", 1, null, null),
                Arguments.of("10.00-12.00", List.of(), "10:00", "12:00", 1, null, null),
                Arguments.of("19:30 – 22:00", List.of(), "19:30", "22:00", 1, null, null),
                Arguments.of("Tirsdag kl. 19.00", List.of(TUESDAY), "19:00", null, 1, null, null),
                Arguments.of("tirsdage kl. 9.30-11", List.of(TUESDAY), "09:30", "11:00", 1, null, null),
                Arguments.of("Mandag og onsdag kl. 17-19", List.of(MONDAY, WEDNESDAY), "17:00", "19:00", 1, null, null),
                Arguments.of("man.-fre. kl. 10-16", List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), "10:00",
                        "16:00", 1, null, null),
                Arguments.of("Mandag til torsdag 9.00-15.00", List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "09:00",
                        "15:00", 1, null, null),
                Arguments.of("20 mødegange", List.of(), null, null, 1, null, 20),
                Arguments.of("Onsdage, 10 gange, kl. 19-21.30", List.of(WEDNESDAY), "19:00", "21:30", 1, null, 10),
                Arguments.of("hver anden torsdag", List.of(THURSDAY), null, null, 2, null, null),
                Arguments.of("Hver anden lørdag kl. 10", List.of(SATURDAY), "10:00", null, 2, null, null),
                Arguments.of("Lige uger, fredag kl. 14-16", List.of(FRIDAY), "14:00", "16:00", 2, null, null),
                Arguments.of("Første mandag i måneden kl. 14-16", List.of(MONDAY), "14:00", "16:00", 1, 1, null),
                Arguments.of("sidste fredag i måneden", List.of(FRIDAY), null, null, 1, -1, null),
                Arguments.of("Hver onsdag kl. 10.30", List.of(WEDNESDAY), "10:30", null, 1, null, null),
                Arguments.of("kl. 20", List.of(), "20:00", null, 1, null, null),
                Arguments.of("Dørene åbner kl. 18.30", List.of(), "18:30", null, 1, null, null),
                Arguments.of("Lørdag d. 5.12 kl. 19", List.of(SATURDAY), "19:00", null, 1, null, null),
                Arguments.of("  KL.\u00A013.45 -\t20  ", List.of(), "13:45", "20:00", 1, null, null),
                Arguments.of("tors. kl. 10-12", List.of(THURSDAY), "10:00", "12:00", 1, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void readsRealLookingVariants(String text, List<DayOfWeek> days, String opens, String closes, int interval,
            Integer monthWeek, Integer sessions) {
        KultunautTimeParser.Result r = KultunautTimeParser.parse(text);
        assertThat(r.days()).containsExactlyElementsOf(days);
        assertThat(r.opens()).isEqualTo(opens == null ? null : LocalTime.parse(opens));
        assertThat(r.closes()).isEqualTo(closes == null ? null : LocalTime.parse(closes));
        assertThat(r.interval()).isEqualTo(interval);
        assertThat(r.monthWeek()).isEqualTo(monthWeek);
        assertThat(r.sessions()).isEqualTo(sessions);
        assertThat(r.understood()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Se hjemmesiden", "Efter aftale", "Man kan komme når man vil", "hele dagen",
        "Fri for søn og mor", "1-2 personer", "06-01-2027", ""})
    void leavesTextItCannotReadAlone(String text) {
        KultunautTimeParser.Result r = KultunautTimeParser.parse(text);
        assertThat(r.understood()).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kl. 25-26", "kl. 12.75"})
    void impossibleTimesAreNotInvented(String text) {
        assertThat(KultunautTimeParser.parse(text).opens()).isNull();
    }
}
