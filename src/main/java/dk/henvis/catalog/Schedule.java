package dk.henvis.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * When an offer meets. Follows HSDS / RFC 5545: weekly on some weekdays, every {@code interval}
 * weeks, or monthly on the n-th weekday ({@code monthWeek} 1..4, or -1 for the last).
 * A schedule the importer could not understand keeps the source's text in {@code description}
 * with {@code frequency} null.
 *
 * @param date     the single date of a {@link Frequency#ONCE} schedule
 * @param sessions how many meetings a course has, when the source says ("20 mødegange")
 */
public record Schedule(
        Frequency frequency,
        int interval,
        List<DayOfWeek> days,
        Integer monthWeek,
        LocalDate date,
        LocalTime opensAt,
        LocalTime closesAt,
        LocalDate validFrom,
        LocalDate validTo,
        Integer sessions,
        String description) {

    public Schedule {
        interval = Math.max(1, interval);
        days = days == null ? List.of() : List.copyOf(days);
    }

    /** A schedule known only as text. */
    public static Schedule textOnly(String description) {
        return new Schedule(null, 1, List.of(), null, null, null, null, null, null, null, description);
    }

    public static Schedule weekly(List<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        return new Schedule(Frequency.WEEKLY, 1, days, null, null, opens, closes, null, null, null, null);
    }

    /** True when the schedule's last day ({@code validTo}, or a one-off's date) lies before {@code day}. */
    public boolean hasEndedBefore(LocalDate day) {
        LocalDate last = frequency == Frequency.ONCE && date != null ? date : validTo;
        return last != null && last.isBefore(day);
    }

    /** True when the schedule has a computable rhythm (not only text). */
    public boolean isStructured() {
        return frequency != null;
    }
}
