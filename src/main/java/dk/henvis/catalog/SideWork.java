package dk.henvis.catalog;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a thread of its own so that the caller can go on meanwhile (issue 17: a cold start on two
 * cores), its result taken later with {@link #join()}: a failure reaches the caller as if the work had run there.
 *
 * @param <T> the work's result
 */
public final class SideWork<T> {
    private final FutureTask<T> task;

    private SideWork(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static <T> SideWork<T> start(String name, Callable<T> work) {
        return start(name, work, () -> { });
    }

    /** As {@link #start(String, Callable)}; then {@code afterwards} on the same thread, which nobody waits for. */
    public static <T> SideWork<T> start(String name, Callable<T> work, Runnable afterwards) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(() -> {
            task.run();
            afterwards.run();
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new SideWork<>(task);
    }

    /** Waits for the work and returns its result; its unchecked failure is thrown as it was. */
    public T join() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
