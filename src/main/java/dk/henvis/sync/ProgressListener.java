package dk.henvis.sync;

/**
 * Told how a sync is getting on; plain Java so any front end (the GUI's background task, the command
 * line) can show it. Called on the syncing thread, except {@link #bytesReceived} which may come from the
 * download's thread; every method has an empty default.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
    };

    /** What a source's sync is doing now. */
    enum Phase {
        FETCHING, BACKING_UP, APPLYING
    }

    /** A sync of {@code count} sources begins. */
    default void started(int count) {
    }

    /** Source number {@code index} (from 1) of {@code count} begins. */
    default void sourceStarted(String source, int index, int count) {
    }

    default void phase(String source, Phase phase) {
    }

    /** Bytes of the source received so far (after decompression). */
    default void bytesReceived(String source, long bytes) {
    }

    default void sourceFinished(SourceReport report) {
    }

    default void finished(SyncReport report) {
    }
}
