package dk.henvis.ui.concurrent;

import java.time.Duration;

/**
 * The one way the GUI runs work in the background. The JavaFX implementation runs work on a small
 * thread pool and delivers every callback on the JavaFX thread, so the window never freezes; the
 * same-thread implementation runs everything at once, so view-models are tested without a screen.
 */
public interface TaskExecutor {
    <T> TaskHandle submit(BackgroundTask<T> task);

    /** Runs {@code action} on the JavaFX thread after {@code delay} (used to debounce typing). */
    TaskHandle schedule(Duration delay, Runnable action);

    void shutdown();
}
