package dk.henvis.ui.concurrent;

/** A submitted task or scheduled action that can be called off. */
@FunctionalInterface
public interface TaskHandle {
    TaskHandle DONE = () -> { };

    /** Cancels the work if it has not finished; its callbacks will not run. */
    void cancel();
}
