package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The next session a worker tells the citizen about. 2026-12-01 is a Tuesday. */
class ScheduleCalendarTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private static Schedule s(Frequency f, int interval, List<DayOfWeek> days, Integer week, LocalDate date,
            LocalDate from, LocalDate to) {
        return new Schedule(f, interval, days, week, date, TEN, NOON, from, to, null, null);
    }

    @Test
    void weeklyMeetsTodayOrOnTheNextOfItsDays() {
        Schedule tue = Schedule.weekly(List.of(DayOfWeek.TUESDAY), TEN, NOON);
        assertThat(ScheduleCalendar.next(tue, TUESDAY)).contains(LocalDateTime.of(2026, 12, 1, 10, 0));
        Schedule thu = Schedule.weekly(List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), TEN, NOON);
        assertThat(ScheduleCalendar.next(thu, TUESDAY)).contains(LocalDateTime.of(2026, 12, 3, 10, 0));
    }

    @Test
    void everySecondWeekCountsFromItsStart() {
        Schedule biweekly = s(Frequency.WEEKLY, 2, List.of(DayOfWeek.TUESDAY), null, null,
                LocalDate.of(2026, 11, 24), null);
        assertThat(ScheduleCalendar.next(biweekly, TUESDAY)).contains(LocalDateTime.of(2026, 12, 8, 10, 0));
        assertThat(ScheduleCalendar.meetsOn(biweekly, LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(ScheduleCalendar.meetsOn(biweekly, LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void monthlyOnTheNthAndLastWeekday() {
        Schedule first = s(Frequency.MONTHLY, 1, List.of(DayOfWeek.TUESDAY), 1, null, null, null);
        assertThat(ScheduleCalendar.next(first, LocalDate.of(2026, 12, 2))).contains(LocalDateTime.of(2027, 1, 5, 10, 0));
        Schedule last = s(Frequency.MONTHLY, 1, List.of(DayOfWeek.FRIDAY), -1, null, null, null);
        assertThat(ScheduleCalendar.next(last, TUESDAY)).contains(LocalDateTime.of(2026, 12, 25, 10, 0));
        Schedule third = s(Frequency.MONTHLY, 1, List.of(DayOfWeek.WEDNESDAY), 3, null, null, null);
        assertThat(ScheduleCalendar.next(third, TUESDAY)).contains(LocalDateTime.of(2026, 12, 16, 10, 0));
    }

    @Test
    void onceIsNextOnlyUntilItHasHappened() {
        Schedule once = s(Frequency.ONCE, 1, List.of(), null, LocalDate.of(2026, 12, 10), null, null);
        assertThat(ScheduleCalendar.next(once, TUESDAY)).contains(LocalDateTime.of(2026, 12, 10, 10, 0));
        assertThat(ScheduleCalendar.next(once, LocalDate.of(2026, 12, 11))).isEmpty();
        assertThat(ScheduleCalendar.days(once)).containsExactly(DayOfWeek.THURSDAY);
    }

    @Test
    void validFromAndValidToBoundTheRhythm() {
        Schedule season = s(Frequency.WEEKLY, 1, List.of(DayOfWeek.TUESDAY), null, null,
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 30));
        assertThat(ScheduleCalendar.next(season, TUESDAY)).contains(LocalDateTime.of(2027, 1, 5, 10, 0));
        assertThat(ScheduleCalendar.next(season, LocalDate.of(2027, 3, 31))).isEmpty();
    }

    @Test
    void textOnlyHasNoDateAndTheEarliestOfSeveralWins() {
        assertThat(ScheduleCalendar.next(Schedule.textOnly("Efter aftale"), TUESDAY)).isEmpty();
        List<Schedule> both = List.of(Schedule.weekly(List.of(DayOfWeek.FRIDAY), TEN, NOON),
                Schedule.weekly(List.of(DayOfWeek.WEDNESDAY), LocalTime.of(19, 0), null));
        assertThat(ScheduleCalendar.next(both, TUESDAY)).contains(LocalDateTime.of(2026, 12, 2, 19, 0));
    }
}
