package dk.henvis.ui.concurrent;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds submitted work until the test lets it run — work still running, as the window would have it — and runs
 * scheduled actions at once. For view-model tests of what happens while background work is under way.
 */
public final class HeldTaskExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> waiting = new ArrayDeque<>();
    private final SameThreadTaskExecutor now = new SameThreadTaskExecutor();

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        waiting.add(task);
        return TaskHandle.DONE;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        return now.schedule(delay, action);
    }

    @Override
    public void shutdown() {
        // nothing runs on its own
    }

    /** How many submitted tasks wait to run. */
    public int waiting() {
        return waiting.size();
    }

    /** Runs the oldest waiting task to its end, callbacks included. */
    public void runNext() {
        now.submit(waiting.poll());
    }
}
