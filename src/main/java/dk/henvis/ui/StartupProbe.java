package dk.henvis.ui;

import dk.henvis.ui.shell.MainWindow;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;

/**
 * The start-up benchmark's probe (issue 17), active only when the launcher is asked for it
 * ({@code HENVIS_STARTUP_PROBE=<interest>}): reports when the main window was shown, then types the
 * interest into the citizen form as soon as the first ranking is done and reports when the suggestions
 * for it are on screen. Times are milliseconds since the JVM started; the launcher prints the lines
 * ({@code probe shown 812}, {@code probe suggestions 1430 20}) and ends the process.
 */
public final class StartupProbe {
    private final String interest;
    private final long jvmStart;
    private final Consumer<String> report;
    private final Runnable done;

    /**
     * @param jvmStart the JVM's start, epoch milliseconds
     * @param report   receives each line
     * @param done     runs after the last line (on the JavaFX thread)
     */
    public StartupProbe(String interest, long jvmStart, Consumer<String> report, Runnable done) {
        this.interest = interest;
        this.jvmStart = jvmStart;
        this.report = report;
        this.done = done;
    }

    /** On the JavaFX thread, right after {@code window} was shown at {@code shownAt} (epoch milliseconds). */
    public void shown(MainWindow window, long shownAt) {
        report.accept("probe shown " + (shownAt - jvmStart));
        var computing = window.results().computingProperty();
        Runnable type = () -> {
            boolean[] started = {false};
            ChangeListener<Boolean> listener = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        started[0] = true;
                    } else if (started[0]) {
                        computing.removeListener(this);
                        report.accept("probe suggestions " + (System.currentTimeMillis() - jvmStart) + " "
                                + window.results().matches().size());
                        done.run();
                    }
                }
            };
            computing.addListener(listener);
            window.citizen().interestDraftProperty().set(interest);
        };
        if (!computing.get()) {
            type.run();
        } else {
            computing.addListener(new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        computing.removeListener(this);
                        type.run();
                    }
                }
            });
        }
    }
}
