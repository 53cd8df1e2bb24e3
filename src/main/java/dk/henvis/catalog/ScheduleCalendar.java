package dk.henvis.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Optional;

/**
 * When an offer meets next. Understands the structured {@link Schedule}s: weekly on some weekdays
 * (every {@code interval} weeks, counted from the schedule's start date), daily, monthly on the n-th
 * (or last) weekday, and single dates; honours {@code validFrom}/{@code validTo}. A schedule known
 * only as text, or a rhythm that cannot be pinned down (every second week with no start date), has
 * no next occurrence.
 */
public final class ScheduleCalendar {
    /** How far ahead to look; offers meeting less often than this are treated as not recurring. */
    private static final int HORIZON_DAYS = 800;

    private ScheduleCalendar() {
    }

    /** The earliest start at or after {@code from} of any of the schedules. */
    public static Optional<LocalDateTime> next(Collection<Schedule> schedules, LocalDateTime from) {
        Optional<LocalDateTime> best = Optional.empty();
        for (Schedule s : schedules) {
            Optional<LocalDateTime> n = next(s, from);
            if (n.isPresent() && (best.isEmpty() || n.get().isBefore(best.get()))) {
                best = n;
            }
        }
        return best;
    }

    /** The earliest start of {@code s} at or after {@code from}. */
    public static Optional<LocalDateTime> next(Schedule s, LocalDateTime from) {
        if (s == null || !s.isStructured()) {
            return Optional.empty();
        }
        LocalTime time = s.opensAt() == null ? LocalTime.MIDNIGHT : s.opensAt();
        LocalDate first = from.toLocalDate();
        if (s.validFrom() != null && s.validFrom().isAfter(first)) {
            first = s.validFrom();
        }
        if (s.frequency() == Frequency.ONCE) {
            return onceAt(s, time, from);
        }
        LocalDate last = first.plusDays(HORIZON_DAYS);
        if (s.validTo() != null && s.validTo().isBefore(last)) {
            last = s.validTo();
        }
        return switch (s.frequency()) {
            case DAILY -> scan(s, first, last, time, from, d -> everyNth(s, d, ChronoUnit.DAYS));
            case WEEKLY -> scan(s, first, last, time, from, d -> (s.days().isEmpty() || s.days().contains(d.getDayOfWeek()))
                    && everyNth(s, d, ChronoUnit.WEEKS));
            case MONTHLY -> scan(s, first, last, time, from, d -> monthlyMatch(s, d));
            case ONCE -> Optional.empty();
        };
    }

    private static Optional<LocalDateTime> onceAt(Schedule s, LocalTime time, LocalDateTime from) {
        LocalDate date = s.date() != null ? s.date() : s.validFrom();
        if (date == null) {
            return Optional.empty();
        }
        LocalDateTime at = date.atTime(time);
        return at.isBefore(from) ? Optional.empty() : Optional.of(at);
    }

    private interface DayTest {
        boolean matches(LocalDate d);
    }

    private static Optional<LocalDateTime> scan(Schedule s, LocalDate first, LocalDate last, LocalTime time,
            LocalDateTime from, DayTest test) {
        if (s.interval() > 1 && anchor(s) == null) {
            return Optional.empty(); // "every second week" without a start: the week cannot be known
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (test.matches(d)) {
                LocalDateTime at = d.atTime(time);
                if (!at.isBefore(from)) {
                    return Optional.of(at);
                }
            }
        }
        return Optional.empty();
    }

    /** The date an interval is counted from: the schedule's start date, else its first valid day. */
    private static LocalDate anchor(Schedule s) {
        return s.date() != null ? s.date() : s.validFrom();
    }

    private static boolean everyNth(Schedule s, LocalDate d, ChronoUnit unit) {
        if (s.interval() <= 1) {
            return true;
        }
        LocalDate anchor = anchor(s);
        if (unit == ChronoUnit.WEEKS) {
            // count whole weeks between the Mondays of the two weeks
            LocalDate a = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate b = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return Math.floorMod(ChronoUnit.WEEKS.between(a, b), s.interval()) == 0;
        }
        return Math.floorMod(ChronoUnit.DAYS.between(anchor, d), s.interval()) == 0;
    }

    private static boolean monthlyMatch(Schedule s, LocalDate d) {
        if (s.interval() > 1) {
            YearMonth a = YearMonth.from(anchor(s));
            if (Math.floorMod(ChronoUnit.MONTHS.between(a, YearMonth.from(d)), s.interval()) != 0) {
                return false;
            }
        }
        if (s.days().isEmpty()) {
            // monthly with no weekday: the same day of month as the start date, if known
            LocalDate a = anchor(s);
            return a != null && d.getDayOfMonth() == Math.min(a.getDayOfMonth(), d.lengthOfMonth());
        }
        if (!s.days().contains(d.getDayOfWeek())) {
            return false;
        }
        Integer n = s.monthWeek();
        if (n == null) {
            return false; // "some Tuesday each month" is not a date
        }
        if (n < 0) {
            return (d.lengthOfMonth() - d.getDayOfMonth()) / 7 + 1 == -n;
        }
        return (d.getDayOfMonth() - 1) / 7 + 1 == n;
    }
}
