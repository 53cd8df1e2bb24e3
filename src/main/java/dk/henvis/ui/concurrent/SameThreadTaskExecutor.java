package dk.henvis.ui.concurrent;

import java.time.Duration;

/** Runs work and scheduled actions at once on the calling thread: for view-model tests without a screen. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        T value;
        try {
            value = task.work().call(new BackgroundTask.Progress() {
                @Override
                public void update(long done, long total, String message) {
                    task.progressed(total <= 0 ? -1 : (double) done / total, message);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            task.failed(e);
            return TaskHandle.DONE;
        }
        task.succeeded(value);
        return TaskHandle.DONE;
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        action.run();
        return TaskHandle.DONE;
    }

    @Override
    public void shutdown() {
        // nothing to stop
    }
}
