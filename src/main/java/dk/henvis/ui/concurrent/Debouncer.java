package dk.henvis.ui.concurrent;

import java.time.Duration;

/** Runs an action once typing has paused for a while: each {@link #trigger()} restarts the wait. */
public final class Debouncer {
    private final TaskExecutor executor;
    private final Duration delay;
    private final Runnable action;
    private TaskHandle pending = TaskHandle.DONE;

    public Debouncer(TaskExecutor executor, Duration delay, Runnable action) {
        this.executor = executor;
        this.delay = delay;
        this.action = action;
    }

    public void trigger() {
        pending.cancel();
        pending = executor.schedule(delay, action);
    }
}
