package dk.henvis.ui.flows;

import static dk.henvis.ui.flows.ScreenshotSupport.OUT;
import static dk.henvis.ui.flows.ScreenshotSupport.fillSampleCitizen;
import static dk.henvis.ui.flows.ScreenshotSupport.fx;
import static dk.henvis.ui.flows.ScreenshotSupport.snapshot;
import static dk.henvis.ui.flows.ScreenshotSupport.startHeadless;
import static dk.henvis.ui.flows.ScreenshotSupport.waitUntil;

import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import dk.henvis.ui.shell.ShellViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The worker's screen on a 1366×768 laptop at the default and the largest text size, as PNGs in
 * {@code src/site/screenshots/}: the citizen with suggestions and details ({@code laptop-citizen.png},
 * {@code laptop-citizen-large.png}), the catalogue tab ({@code laptop-catalogue.png}, {@code -large}), a dialog
 * ({@code laptop-dialog.png}, {@code -large}) and the statistics at the largest text:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.ui.flows.LaptopScreenshots}
 */
public final class LaptopScreenshots {
    private LaptopScreenshots() {
    }

    private static void dump(javafx.scene.Node n, int depth) {
        if (depth > 7) {
            return;
        }
        System.out.println("  ".repeat(depth) + n.getClass().getSimpleName() + " " + n.getStyleClass() + " min="
                + Math.round(n.minWidth(-1)) + " pref=" + Math.round(n.prefWidth(-1)) + " w="
                + Math.round(n.getLayoutBounds().getWidth()));
        if (n instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> dump(c, depth + 1));
        }
    }

    /** The catalogue tab with its first offer's details; back to the citizen after. */
    private static void catalogue(Stage stage, MainWindow w, String name) throws Exception {
        fx(() -> w.selectTab("tabCatalog"));
        waitUntil(() -> !w.catalogue().results().isEmpty());
        fx(() -> w.catalogue().selectedProperty().set(w.catalogue().results().get(0)));
        Thread.sleep(800);
        snapshot(stage.getScene(), name);
        fx(() -> w.selectTab("tabCitizen"));
        Thread.sleep(300);
    }

    /** The follow-up dialog ("Opfølgning") at the window's text size, as the worker opens it from the menu. */
    private static void dialog(Stage stage, MainWindow w, String name) throws Exception {
        java.util.Set<javafx.stage.Window> before = new java.util.HashSet<>();
        fx(() -> before.addAll(javafx.stage.Window.getWindows()));
        Platform.runLater(w::openFollowUp);
        javafx.stage.Window[] shown = new javafx.stage.Window[1];
        waitUntil(() -> {
            shown[0] = javafx.stage.Window.getWindows().stream()
                    .filter(x -> !before.contains(x) && x.isShowing()).findFirst().orElse(null);
            return shown[0] != null;
        });
        Thread.sleep(800);
        snapshot(shown[0].getScene(), name);
        fx(() -> ((Stage) shown[0]).close());
        Thread.sleep(300);
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        Path data = Files.createTempDirectory("henvis-laptop-shots");
        TestUiServices services = SampleServices.create(data);
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
        startHeadless("1920x1200-32");
        Stage[] stage = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        fx(() -> {
            stage[0] = new Stage();
            window[0] = new MainWindow(services, new JavaFxTaskExecutor(), (o, n) -> Optional.empty());
            window[0].show(stage[0]);
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].setWidth(1366);
            stage[0].setHeight(768);
        });
        MainWindow w = window[0];
        waitUntil(() -> !w.results().matches().isEmpty());
        fillSampleCitizen(w);
        Thread.sleep(800);
        waitUntil(() -> !w.results().computingProperty().get() && w.results().matches().size() > 4);
        fx(() -> w.results().selectedProperty().set(w.results().matches().get(0)));
        Thread.sleep(500);
        snapshot(stage[0].getScene(), "laptop-citizen-nothing-chosen.png");
        fx(() -> {
            w.results().toggleChosen(w.results().matches().get(0));
            w.results().toggleChosen(w.results().matches().get(1));
        });
        Thread.sleep(500);
        snapshot(stage[0].getScene(), "laptop-citizen.png");
        dialog(stage[0], w, "laptop-dialog.png");
        catalogue(stage[0], w, "laptop-catalogue.png");
        if (Boolean.getBoolean("debugWidths")) {
            fx(() -> dump(stage[0].getScene().lookup("#handoutFields"), 0));
        }
        fx(() -> w.shell().setFontSize(ShellViewModel.MAX_FONT_SIZE));
        Thread.sleep(800);
        snapshot(stage[0].getScene(), "laptop-citizen-large.png");
        dialog(stage[0], w, "laptop-dialog-large.png");
        if (Boolean.getBoolean("debugWidths")) {
            fx(() -> ((javafx.scene.Parent) stage[0].getScene().lookup(".offer-details-box")).getChildrenUnmodifiable()
                    .forEach(c -> System.out.println("DETAIL " + c.getClass().getSimpleName() + " " + c.getStyleClass()
                            + " min=" + Math.round(c.minWidth(-1)) + " pref=" + Math.round(c.prefWidth(-1)))));
        }
        fx(() -> w.selectTab("tabStats"));
        Thread.sleep(1500);
        snapshot(stage[0].getScene(), "laptop-statistics-large.png");
        catalogue(stage[0], w, "laptop-catalogue-large.png");
        fx(() -> w.shell().setFontSize(ShellViewModel.DEFAULT_FONT_SIZE));
        fx(() -> stage[0].close());
        Platform.exit();
        System.exit(0);
    }
}
