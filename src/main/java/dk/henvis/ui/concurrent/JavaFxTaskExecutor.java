package dk.henvis.ui.concurrent;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tasks as {@link Task}s on two daemon threads; callbacks arrive on the JavaFX thread. */
public final class JavaFxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(JavaFxTaskExecutor.class);

    private final ExecutorService pool = Executors.newFixedThreadPool(2, daemon("henvis-task"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("henvis-timer"));

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        FxTask<T> fx = new FxTask<>(task);
        fx.progressProperty().addListener((o, a, b) -> task.progressed(b.doubleValue(), fx.getMessage()));
        fx.messageProperty().addListener((o, a, b) -> task.progressed(fx.getProgress(), b));
        fx.setOnSucceeded(e -> task.succeeded(fx.getValue()));
        fx.setOnFailed(e -> {
            // Only the exception's type is logged: messages may echo what the worker typed.
            LOG.warn("background task failed: {}", fx.getException().getClass().getName());
            task.failed(fx.getException());
        });
        pool.execute(fx);
        return () -> fx.cancel(true);
    }

    @Override
    public TaskHandle schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> f = timer.schedule(() -> Platform.runLater(action), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
        timer.shutdownNow();
    }

    /** Adapts a {@link BackgroundTask} to JavaFX's {@link Task}. */
    private static final class FxTask<T> extends Task<T> implements BackgroundTask.Progress {
        private final BackgroundTask<T> task;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
        }

        @Override
        protected T call() throws Exception {
            return task.work().call(this);
        }

        @Override
        public void update(long done, long total, String message) {
            if (total > 0) {
                updateProgress(done, total);
            }
            if (message != null) {
                updateMessage(message);
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
