package dk.henvis.ui.citizen;

import java.time.LocalTime;

/** The three rows of the free-time grid and the hours they stand for. */
public enum TimeOfDay {
    MORNING(LocalTime.of(8, 0), LocalTime.of(12, 0)),
    AFTERNOON(LocalTime.of(12, 0), LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.of(22, 0));

    private final LocalTime from;
    private final LocalTime to;

    TimeOfDay(LocalTime from, LocalTime to) {
        this.from = from;
        this.to = to;
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime to() {
        return to;
    }
}
