package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleCalendarTest {
    /** Friday 27 November 2026, 09:00. */
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2026, 11, 27, 9, 0);

    private static Schedule s(Frequency f, int interval, List<DayOfWeek> days, Integer monthWeek, LocalDate date,
            LocalDate from, LocalDate to) {
        return new Schedule(f, interval, days, monthWeek, date, LocalTime.of(10, 0), LocalTime.of(12, 0), from, to, null,
                null);
    }

    private static Optional<LocalDateTime> next(Schedule s) {
        return ScheduleCalendar.next(s, FRIDAY);
    }

    @Test
    void weeklyFindsTheComingWeekday() {
        Schedule tuesdays = Schedule.weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertThat(next(tuesdays)).contains(LocalDateTime.of(2026, 12, 1, 10, 0));
    }

    @Test
    void aSessionLaterTodayCounts() {
        Schedule fridays = Schedule.weekly(List.of(DayOfWeek.FRIDAY), LocalTime.of(18, 0), null);
        assertThat(next(fridays)).contains(LocalDateTime.of(2026, 11, 27, 18, 0));
        Schedule early = Schedule.weekly(List.of(DayOfWeek.FRIDAY), LocalTime.of(8, 0), null);
        assertThat(next(early)).contains(LocalDateTime.of(2026, 12, 4, 8, 0));
    }

    @Test
    void everySecondWeekCountsFromTheStartDate() {
        // started Thursday 3 September 2026; 3 December is 13 weeks later (off week), 10 December 14
        Schedule s = s(Frequency.WEEKLY, 2, List.of(DayOfWeek.THURSDAY), null, LocalDate.of(2026, 9, 3), null, null);
        assertThat(next(s)).contains(LocalDateTime.of(2026, 12, 10, 10, 0));
    }

    @Test
    void everySecondWeekWithoutAStartIsUnknown() {
        assertThat(next(s(Frequency.WEEKLY, 2, List.of(DayOfWeek.THURSDAY), null, null, null, null))).isEmpty();
    }

    @Test
    void monthlyOnTheNthWeekday() {
        Schedule first = s(Frequency.MONTHLY, 1, List.of(DayOfWeek.TUESDAY), 1, null, null, null);
        assertThat(next(first)).contains(LocalDateTime.of(2026, 12, 1, 10, 0));
        Schedule third = s(Frequency.MONTHLY, 1, List.of(DayOfWeek.WEDNESDAY), 3, null, null, null);
        assertThat(next(third)).contains(LocalDateTime.of(2026, 12, 16, 10, 0));
        Schedule last = s(Frequency.MONTHLY, 1, List.of(DayOfWeek.FRIDAY), -1, null, null, null);
        assertThat(next(last)).contains(LocalDateTime.of(2026, 11, 27, 10, 0));
        Schedule lastMonday = s(Frequency.MONTHLY, 1, List.of(DayOfWeek.MONDAY), -1, null, null, null);
        assertThat(next(lastMonday)).contains(LocalDateTime.of(2026, 11, 30, 10, 0));
    }

    @Test
    void onceIsItsDateOrNothingWhenPast() {
        assertThat(next(s(Frequency.ONCE, 1, List.of(), null, LocalDate.of(2026, 12, 10), null, null)))
                .contains(LocalDateTime.of(2026, 12, 10, 10, 0));
        assertThat(next(s(Frequency.ONCE, 1, List.of(), null, LocalDate.of(2026, 11, 1), null, null))).isEmpty();
    }

    @Test
    void validityPeriodIsHonoured() {
        Schedule season = s(Frequency.WEEKLY, 1, List.of(DayOfWeek.TUESDAY), null, null, LocalDate.of(2027, 1, 5),
                LocalDate.of(2027, 4, 27));
        assertThat(next(season)).contains(LocalDateTime.of(2027, 1, 5, 10, 0));
        Schedule ended = s(Frequency.WEEKLY, 1, List.of(DayOfWeek.TUESDAY), null, null, null, LocalDate.of(2026, 11, 30));
        assertThat(next(ended)).isEmpty();
    }

    @Test
    void textOnlyHasNoNextAndTheEarliestOfSeveralWins() {
        assertThat(next(Schedule.textOnly("Efter aftale"))).isEmpty();
        Schedule mondays = Schedule.weekly(List.of(DayOfWeek.MONDAY), LocalTime.of(13, 0), null);
        Schedule saturdays = Schedule.weekly(List.of(DayOfWeek.SATURDAY), LocalTime.of(11, 0), null);
        assertThat(ScheduleCalendar.next(List.of(mondays, Schedule.textOnly("x"), saturdays), FRIDAY))
                .contains(LocalDateTime.of(2026, 11, 28, 11, 0));
    }
}
