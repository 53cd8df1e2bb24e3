package dk.henvis.ui;

import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** Starts the JavaFX client and returns when its window is closed. */
public final class HenvisApp {
    private HenvisApp() {
    }

    public static void launch(UiServices services) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
            new MainWindow(services, executor).show(stage);
        });
        closed.await();
        executor.shutdown();
        Platform.exit();
    }
}
