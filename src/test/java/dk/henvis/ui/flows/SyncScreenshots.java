package dk.henvis.ui.flows;

import static dk.henvis.ui.flows.ScreenshotSupport.OUT;
import static dk.henvis.ui.flows.ScreenshotSupport.showMainWindow;
import static dk.henvis.ui.flows.ScreenshotSupport.startHeadless;
import static dk.henvis.ui.flows.ScreenshotSupport.fx;
import static dk.henvis.ui.flows.ScreenshotSupport.snapshot;
import static dk.henvis.ui.flows.ScreenshotSupport.waitUntil;

import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.shell.MainWindow;
import dk.henvis.ui.sources.HsdsFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.layout.BorderPane;
import dk.henvis.ui.flows.ScreenshotSupport.Shown;
import javafx.stage.Stage;

/**
 * PNGs of the sync screens on the sample catalogue plus two file sources (one of them repeating an
 * activity of the other) and a source on a disconnected drive: the status bar after "Opdater katalog",
 * the catalogue showing one row for the shared activity with its note, and "Kilder og opdatering".
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.ui.flows.SyncScreenshots}
 */
public final class SyncScreenshots {

    private SyncScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        Path data = Files.createTempDirectory("henvis-syncshots");
        TestUiServices services = SampleServices.create(data);
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
        Path kommunen = HsdsFiles.write(data.resolve("kommunen.json"), List.of(
                new HsdsFiles.Service("k1", "Strikkecafé i Medborgerhuset", "Jernbanegade 5", "TU"),
                new HsdsFiles.Service("k2", "Solsikkekoret", "Jernbanegade 5", "WE")));
        Path kultunaut = HsdsFiles.write(data.resolve("kultunaut.json"), List.of(
                new HsdsFiles.Service("900", "STRIKKECAFE i Medborgerhuset", "Jernbanegade 5", "TU")));
        var store = services.sources();
        store.add("kommunen", "hsds-json", kommunen.toString());
        store.add("kultunaut", "hsds-json", kultunaut.toString());
        store.add("faelles-drev", "hsds-package", "/mnt/faelles/henvis/pakke");
        services.offerNotes().setNote(new OfferKey("kommunen", "k1"),
                "Ring til Bente før første gang – hun tager imod ved døren");
        services.offerNotes().markVerified(new OfferKey("kommunen", "k1"), LocalDate.of(2026, 11, 20));

        startHeadless("1600x1000-32");
        Shown shown = showMainWindow(services, 860);
        MainWindow w = shown.window();
        Thread.sleep(1500);
        fx(() -> w.sync().syncNow());
        waitUntil(() -> !w.sync().syncingProperty().get() && w.sync().lastReport() != null);
        fx(() -> w.selectTab("tabCatalog"));
        waitUntil(() -> w.catalogue().results().stream().anyMatch(o -> o.name().startsWith("Strikkecafé i Medb")));
        fx(() -> {
            Offer row = w.catalogue().results().stream().filter(o -> o.name().startsWith("Strikkecafé i Medb"))
                    .findFirst().orElseThrow();
            w.catalogue().selectedProperty().set(row);
        });
        Thread.sleep(1200);
        snapshot(shown.stage().getScene().getRoot(), "catalogue-after-sync.png");
        snapshot(((BorderPane) shown.stage().getScene().getRoot()).getBottom(), "status-bar-after-sync.png");

        fx(w::openSources);
        Thread.sleep(1500);
        Stage dialog = (Stage) javafx.stage.Window.getWindows().stream()
                .filter(x -> x instanceof Stage s && "Kilder og opdatering".equals(s.getTitle())).findFirst()
                .orElseThrow();
        snapshot(dialog.getScene().getRoot(), "sources-dialog.png");
        Platform.exit();
        System.exit(0);
    }
}
