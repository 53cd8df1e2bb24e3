package dk.henvis.matching;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A free time slot on one weekday (contract §2 {@code availability}). */
public record Availability(DayOfWeek day, LocalTime from, LocalTime to) {
}
