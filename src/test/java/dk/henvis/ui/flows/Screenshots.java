package dk.henvis.ui.flows;

import static dk.henvis.ui.flows.ScreenshotSupport.OUT;
import static dk.henvis.ui.flows.ScreenshotSupport.showMainWindow;
import static dk.henvis.ui.flows.ScreenshotSupport.startHeadless;
import static dk.henvis.ui.flows.ScreenshotSupport.fillSampleCitizen;
import static dk.henvis.ui.flows.ScreenshotSupport.fx;
import static dk.henvis.ui.flows.ScreenshotSupport.snapshot;
import static dk.henvis.ui.flows.ScreenshotSupport.waitUntil;

import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.handoutpreview.HandoutPreviewDialog;
import dk.henvis.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import dk.henvis.ui.flows.ScreenshotSupport.Shown;

/**
 * Writes PNGs of the main screens to {@code src/site/screenshots/} on the sample catalogue, with the
 * real services, rendered headless (Monocle, software pipeline):
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.ui.flows.Screenshots
 * -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw}
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        Path data = Files.createTempDirectory("henvis-shots");
        TestUiServices services = SampleServices.create(data);
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
        startHeadless("1600x1000-32");
        Shown shown = showMainWindow(services, 860);
        MainWindow w = shown.window();
        waitUntil(() -> !w.results().matches().isEmpty());
        fillSampleCitizen(w);
        Thread.sleep(600);
        waitUntil(() -> !w.results().computingProperty().get() && !w.results().matches().isEmpty());
        fx(() -> {
            w.results().toggleChosen(w.results().matches().get(0));
            w.results().toggleChosen(w.results().matches().get(1));
            w.results().selectedProperty().set(w.results().matches().get(0));
            w.handout().firstNameProperty().set("Inger");
            w.handout().noteProperty().set("Jeg ringer til dig på fredag");
        });
        Thread.sleep(500);
        snapshot(shown.stage().getScene(), "citizen-results.png");

        CompletableFuture<Void> previewed = new CompletableFuture<>();
        fx(() -> w.handout().preview(() -> previewed.complete(null)));
        previewed.get(60, TimeUnit.SECONDS);
        HandoutPreviewDialog[] dialog = new HandoutPreviewDialog[1];
        fx(() -> {
            dialog[0] = new HandoutPreviewDialog(shown.stage(), w.handout());
            dialog[0].show();
        });
        Thread.sleep(800);
        snapshot(dialog[0].getDialogPane().getScene(), "handout-preview.png");
        fx(() -> dialog[0].close());

        fx(() -> {
            w.selectTab("tabCatalog");
            w.catalogue().queryProperty().set("sang");
        });
        Thread.sleep(2500);
        waitUntil(() -> !w.catalogue().results().isEmpty());
        fx(() -> w.catalogue().selectedProperty().set(w.catalogue().results().get(0)));
        Thread.sleep(500);
        snapshot(shown.stage().getScene(), "catalogue-browser.png");
        fx(() -> shown.stage().close());
        Platform.exit();
        System.exit(0);
    }
}
