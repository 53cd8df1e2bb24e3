package dk.henvis.sync;

import java.time.Instant;

/**
 * One line of the sync log: what one sync did to one source.
 *
 * @param removed withdrawn offers older than the keeping period that this sync deleted
 * @param error   the Danish message when {@code outcome} is {@link Outcome#FAILED}
 */
public record SyncLogEntry(Instant time, String source, Outcome outcome, int added, int changed, int withdrawn,
        int removed, String error) {

    /** How a source's sync ended. */
    public enum Outcome {
        /** Fetched and applied (possibly with nothing changed). */
        UPDATED,
        /** The source said it had not changed since the last good sync. */
        UNCHANGED,
        /** Nothing of the source's offers was changed. */
        FAILED
    }
}
