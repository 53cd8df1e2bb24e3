package dk.henvis.ui.concurrent;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work to run off the JavaFX thread, with what to do on the JavaFX thread when it succeeds,
 * fails or reports progress. Submit it to a {@link TaskExecutor}; build it fluently:
 * {@code BackgroundTask.of(p -> store.search(q)).onSuccess(list::setAll)}.
 */
public final class BackgroundTask<T> {
    /** The work itself; runs on a background thread and may report progress. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** How work reports how far it has come. */
    public interface Progress {
        void update(long done, long total, String message);

        boolean isCancelled();
    }

    /** A progress update delivered on the JavaFX thread: {@code fraction} is 0..1, or -1 when unknown. */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(double fraction, String message);
    }

    private final Work<T> work;
    private Consumer<? super T> onSuccess = v -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private ProgressListener onProgress = (f, m) -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = action;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = action;
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener listener) {
        this.onProgress = listener;
        return this;
    }

    /** Runs after success or failure, also on the JavaFX thread. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = action;
        return this;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    void progressed(double fraction, String message) {
        onProgress.progress(fraction, message);
    }
}
