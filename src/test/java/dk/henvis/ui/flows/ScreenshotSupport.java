package dk.henvis.ui.flows;

import java.io.File;
import dk.henvis.ui.UiServices;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** What the screenshot programs share: run on the FX thread, wait for a state, write a PNG. */
final class ScreenshotSupport {
    static final Path OUT = Path.of("src/site/screenshots");

    private ScreenshotSupport() {
    }

    /** The main window on its stage, as the screenshot programs open it. */
    record Shown(Stage stage, MainWindow window) {
    }

    /** Starts JavaFX headless (Monocle, software rendering) on a virtual screen of {@code geometry}, e.g. 1600x1000-32. */
    static void startHeadless(String geometry) throws Exception {
        System.setProperty("glass.platform", System.getProperty("glass.platform", "Monocle"));
        System.setProperty("monocle.platform", System.getProperty("monocle.platform", "Headless"));
        System.setProperty("prism.order", System.getProperty("prism.order", "sw"));
        System.setProperty("headless.geometry", geometry);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
    }

    /** Opens the main window, 1360 pixels wide and {@code height} high, on {@code services}. */
    static Shown showMainWindow(UiServices services, double height) throws Exception {
        Shown[] shown = new Shown[1];
        fx(() -> {
            Stage stage = new Stage();
            stage.setWidth(1360);
            stage.setHeight(height);
            MainWindow window = new MainWindow(services, new JavaFxTaskExecutor(), (o, n) -> Optional.empty());
            window.show(stage);
            shown[0] = new Shown(stage, window);
        });
        return shown[0];
    }

    /** Writes the whole scene (window contents) as {@code OUT/name}. */
    static void snapshot(Scene scene, String name) throws Exception {
        write(() -> scene.snapshot(null), name);
    }

    /** Writes one node as {@code OUT/name}. */
    static void snapshot(Node node, String name) throws Exception {
        write(() -> node.snapshot(null, null), name);
    }

    private static void write(Supplier<WritableImage> shot, String name) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                File f = OUT.resolve(name).toFile();
                ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png", f);
                System.out.println("wrote " + f);
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    /** Runs {@code r} on the FX thread and waits for it. */
    static void fx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    /** Waits (at most a minute) until {@code condition}, checked on the FX thread, holds. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            CompletableFuture<Boolean> ok = new CompletableFuture<>();
            Platform.runLater(() -> ok.complete(condition.getAsBoolean()));
            if (ok.get()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out");
    }

    /** The pictured citizen: 78, in Jægerspris, likes to sing, uses a wheelchair, free in the daytime. */
    static void fillSampleCitizen(dk.henvis.ui.shell.MainWindow w) throws Exception {
        fx(() -> {
            w.citizen().ageProperty().set("78");
            w.citizen().homeProperty().set("3630 Jægerspris");
            w.citizen().interests().add("synge");
            w.citizen().need(dk.henvis.matching.Need.WHEELCHAIR).set(true);
            w.citizen().need(dk.henvis.matching.Need.DAYTIME).set(true);
        });
    }
}
