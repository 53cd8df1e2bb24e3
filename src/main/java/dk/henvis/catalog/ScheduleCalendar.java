package dk.henvis.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * Computes when a {@link Schedule} meets: whether it meets on a date, and the next session from a day.
 * Weekly (every n weeks counted from {@code validFrom}), daily, monthly on the n-th (or last) weekday,
 * or once; {@code validFrom}/{@code validTo} bound every rhythm. Text-only schedules have no dates.
 */
public final class ScheduleCalendar {
    /** How far ahead a next session is searched (a little over two years covers every sane rhythm). */
    private static final int HORIZON_DAYS = 800;

    private ScheduleCalendar() {
    }

    /** True when the schedule has a session on {@code date}. */
    public static boolean meetsOn(Schedule s, LocalDate date) {
        if (!s.isStructured()) {
            return false;
        }
        if (s.validFrom() != null && date.isBefore(s.validFrom())) {
            return false;
        }
        if (s.validTo() != null && date.isAfter(s.validTo())) {
            return false;
        }
        return switch (s.frequency()) {
            case ONCE -> date.equals(onceDate(s));
            case DAILY -> s.validFrom() == null
                    || ChronoUnit.DAYS.between(s.validFrom(), date) % s.interval() == 0;
            case WEEKLY -> days(s).contains(date.getDayOfWeek()) && weekMatches(s, date);
            case MONTHLY -> monthMatches(s, date) && monthlyDayMatches(s, date);
        };
    }

    /** The next session at or after the start of {@code today}, if the schedule says. */
    public static Optional<LocalDateTime> next(Schedule s, LocalDate today) {
        if (!s.isStructured()) {
            return Optional.empty();
        }
        LocalTime at = s.opensAt() == null ? LocalTime.MIDNIGHT : s.opensAt();
        if (s.frequency() == Frequency.ONCE) {
            LocalDate d = onceDate(s);
            return d != null && !d.isBefore(today) ? Optional.of(d.atTime(at)) : Optional.empty();
        }
        LocalDate start = s.validFrom() != null && s.validFrom().isAfter(today) ? s.validFrom() : today;
        LocalDate end = start.plusDays(HORIZON_DAYS);
        if (s.validTo() != null && s.validTo().isBefore(end)) {
            end = s.validTo();
        }
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (meetsOn(s, d)) {
                return Optional.of(d.atTime(at));
            }
        }
        return Optional.empty();
    }

    /** The earliest next session over several schedules. */
    public static Optional<LocalDateTime> next(List<Schedule> schedules, LocalDate today) {
        LocalDateTime best = null;
        for (Schedule s : schedules) {
            LocalDateTime n = next(s, today).orElse(null);
            if (n != null && (best == null || n.isBefore(best))) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The next session that starts at or after {@code now} (date and time): at 16:55 a session at 09:30 the
     * same day is past, and the next is on its next day. A session without a time counts for its whole day.
     */
    public static Optional<LocalDateTime> next(Schedule s, LocalDateTime now) {
        Optional<LocalDateTime> first = next(s, now.toLocalDate());
        if (first.isEmpty() || s.opensAt() == null || !first.get().isBefore(now)) {
            return first;
        }
        return next(s, now.toLocalDate().plusDays(1));
    }

    /** The earliest session over several schedules that starts at or after {@code now}. */
    public static Optional<LocalDateTime> next(List<Schedule> schedules, LocalDateTime now) {
        LocalDateTime best = null;
        for (Schedule s : schedules) {
            LocalDateTime n = next(s, now).orElse(null);
            if (n != null && (best == null || n.isBefore(best))) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The weekdays the schedule meets on: its own, else the weekday of its start or single date. */
    public static List<DayOfWeek> days(Schedule s) {
        if (!s.days().isEmpty()) {
            return s.days();
        }
        if (s.frequency() == Frequency.DAILY) {
            return List.of(DayOfWeek.values());
        }
        LocalDate anchor = s.frequency() == Frequency.ONCE ? onceDate(s) : s.validFrom();
        return anchor == null ? List.of() : List.of(anchor.getDayOfWeek());
    }

    private static LocalDate onceDate(Schedule s) {
        return s.date() != null ? s.date() : s.validFrom();
    }

    private static boolean weekMatches(Schedule s, LocalDate date) {
        if (s.interval() <= 1 || s.validFrom() == null) {
            return true;
        }
        LocalDate anchorMonday = s.validFrom().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.WEEKS.between(anchorMonday, monday) % s.interval() == 0;
    }

    private static boolean monthMatches(Schedule s, LocalDate date) {
        if (s.interval() <= 1 || s.validFrom() == null) {
            return true;
        }
        long months = ChronoUnit.MONTHS.between(s.validFrom().withDayOfMonth(1), date.withDayOfMonth(1));
        return months % s.interval() == 0;
    }

    private static boolean monthlyDayMatches(Schedule s, LocalDate date) {
        if (s.days().isEmpty()) {
            // Monthly on a day of the month: the day of its start date.
            return s.validFrom() != null && date.getDayOfMonth() == s.validFrom().getDayOfMonth();
        }
        if (!s.days().contains(date.getDayOfWeek())) {
            return false;
        }
        Integer n = s.monthWeek();
        if (n == null) {
            return true;
        }
        if (n < 0) {
            return date.plusDays(7L * -n).getMonth() != date.getMonth()
                    && (n == -1 || date.plusDays(7L * (-n - 1)).getMonth() == date.getMonth());
        }
        return (date.getDayOfMonth() - 1) / 7 + 1 == n;
    }
}
