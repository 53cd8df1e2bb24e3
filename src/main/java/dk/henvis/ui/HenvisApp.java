package dk.henvis.ui;

import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Starts the JavaFX client and returns when its window is closed. */
public final class HenvisApp {
    private HenvisApp() {
    }

    public static void launch(UiServices services) throws InterruptedException {
        launch(services, action -> { });
    }

    /**
     * As {@link #launch(UiServices)}; {@code activationRequests} receives the action that brings the
     * window to the front, which the single-instance guard runs when a second start asks for it.
     */
    public static void launch(UiServices services, Consumer<Runnable> activationRequests) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
                var icon = HenvisApp.class.getResource("/dk/henvis/icons/henvis-" + size + ".png");
                if (icon != null) {
                    stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm()));
                }
            }
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
            new MainWindow(services, executor).show(stage);
            activationRequests.accept(() -> Platform.runLater(() -> toFront(stage)));
        });
        closed.await();
        executor.shutdown();
        Platform.exit();
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
