package dk.henvis.ui;

import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Starts the JavaFX client and returns when its window is closed. */
public final class HenvisApp {
    /** The toolkit started early ({@link #startToolkit()}) with the window's icons read, or null. */
    private static volatile java.util.concurrent.CompletableFuture<List<Image>> toolkit;
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    private HenvisApp() {
    }

    /**
     * Starts the JavaFX toolkit on a side thread now, so it starts while the launcher opens the database
     * (issue 17); {@link #launch} then builds the window on it. Call at most once, before {@code launch}.
     */
    public static void startToolkit() {
        java.util.concurrent.CompletableFuture<List<Image>> started = new java.util.concurrent.CompletableFuture<>();
        toolkit = started;
        Thread t = new Thread(() -> {
            try {
                Platform.setImplicitExit(true);
                Platform.startup(() -> { });
                // the icons are decoded here, off the JavaFX thread, while the database still opens
                started.complete(icons());
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "henvis-fx-start");
        t.setDaemon(true);
        t.start();
    }

    /** Stops a toolkit started by {@link #startToolkit()} when no window will be shown (the database failed). */
    public static void stopToolkit() {
        if (toolkit != null) {
            Platform.exit();
        }
    }

    public static void launch(UiServices services) throws InterruptedException {
        launch(services, action -> { });
    }

    /**
     * As {@link #launch(UiServices)}; {@code activationRequests} receives the action that brings the
     * window to the front, which the single-instance guard runs when a second start asks for it.
     */
    public static void launch(UiServices services, Consumer<Runnable> activationRequests) throws InterruptedException {
        launch(services, activationRequests, null);
    }

    /**
     * As {@link #launch(UiServices, Consumer)}; a non-null {@code probe} hears when the window was shown (the
     * start-up benchmark, issue 17).
     */
    public static void launch(UiServices services, Consumer<Runnable> activationRequests, StartupProbe probe)
            throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
        List<Image> early = toolkit != null ? toolkit.join() : null;
        Runnable build = () -> {
            Stage stage = new Stage();
            stage.getIcons().setAll(early != null ? early : icons());
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
            long[] shownAt = new long[1];
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shownAt[0] = System.currentTimeMillis());
            MainWindow window = new MainWindow(services, executor);
            window.show(stage);
            if (probe != null) {
                probe.shown(window, shownAt[0]);
            }
            activationRequests.accept(() -> Platform.runLater(() -> toFront(stage)));
        };
        if (toolkit != null) {
            Platform.runLater(build);
        } else {
            Platform.setImplicitExit(true);
            Platform.startup(build);
        }
        closed.await();
        executor.shutdown();
        Platform.exit();
    }

    /** The window's icon in every size the desktops ask for (read once the toolkit runs, on any thread). */
    private static List<Image> icons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            var icon = HenvisApp.class.getResource("/dk/henvis/icons/henvis-" + size + ".png");
            if (icon != null) {
                icons.add(new Image(icon.toExternalForm()));
            }
        }
        return icons;
    }

    private static void toFront(Stage stage) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }
}
