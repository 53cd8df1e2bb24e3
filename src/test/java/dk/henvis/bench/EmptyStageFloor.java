package dk.henvis.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The floor of {@link StartupBenchmark}: a JVM that starts JavaFX and shows an empty 800x600 stage, nothing
 * else. Prints {@code probe shown <ms since JVM start>} as the app's start-up probe does, then exits.
 */
public final class EmptyStageFloor {
    private EmptyStageFloor() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            long[] shownAt = new long[1];
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shownAt[0] = System.currentTimeMillis());
            stage.setScene(new Scene(new StackPane(), 800, 600));
            stage.show();
            System.out.println("probe shown " + (shownAt[0] - ManagementFactory.getRuntimeMXBean().getStartTime()));
            System.out.flush();
            System.exit(0);
        });
    }
}
