package dk.henvis.ui.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.curation.Flag;
import dk.henvis.curation.FlagFile;
import dk.henvis.curation.FlagService;
import dk.henvis.settings.CoordinatorSettings;
import dk.henvis.catalog.TestOffers;
import dk.henvis.publish.FolderPublication;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.common.OfferDetailsView;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.flags.FlagDialog;
import dk.henvis.ui.shell.MainWindow;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Koordinator tab shows only in coordinator mode and publishes into the chosen folder; a worker flags an
 * offer from its details. With -Dhenvis.screenshots=FOLDER the tab and the dialog are saved as PNGs.
 */
@ExtendWith(ApplicationExtension.class)
class CoordinatorFxTest {
    private TestUiServices services;
    private MainWindow window;
    private Path share;

    @Start
    void start(Stage stage) throws Exception {
        Path data = dk.henvis.ui.TestFolders.create("henvis-coord");
        share = Files.createDirectories(data.resolve("faelles"));
        services = new TestUiServices(data);
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
        services.with("henvis", TestUiServices.NOW, List.of(
                offer("laes", "Læseklubben på biblioteket", null),
                offer("kor", "Seniorkoret i Jægerspris", LocalDate.of(2025, 2, 3)),
                offer("strik", "Strikkecaféen", LocalDate.of(2025, 6, 12)),
                offer("gaa", "Gåturen langs fjorden", LocalDate.of(2026, 10, 1))));
        new CoordinatorSettings(services.settings()).setPublishFolder(share);
        Files.writeString(share.resolve(FlagService.FILE_PREFIX + "laptop-7.json"), FlagFile.write("laptop-7",
                LocalDate.of(2026, 11, 26), List.of(
                        flag("f1", "laes", "Læseklubben på biblioteket", "Holdet er flyttet til torsdag kl. 14",
                                "doegnplejen"),
                        flag("f2", "laes", "Læseklubben på biblioteket", "Ny kontaktperson: Hanne på biblioteket",
                                "jobcentret"),
                        flag("f3", "kor", "Seniorkoret i Jægerspris", "Koret holder juleferie til 12. januar",
                                "socialpsykiatrien"))));
        stage.setWidth(1360);
        stage.setHeight(900);
        window = new MainWindow(services, new JavaFxTaskExecutor());
        window.setFolderChooser((owner, title, initial) -> Optional.of(share));
        window.show(stage);
    }

    @Test
    void theTabShowsOnlyInCoordinatorModeAndPublishesIntoTheChosenFolder(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tabCoordinator").tryQuery()).isEmpty();
        assertThat(tabIds(robot)).doesNotContain("tabCoordinator");
        robot.interact(() -> window.shell().setCoordinatorMode(true));
        assertThat(tabIds(robot)).contains("tabCoordinator");
        robot.interact(() -> window.selectTab("tabCoordinator"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + CoordinatorView.STALE_ID).queryAs(ListView.class).getItems().size() == 3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + CoordinatorView.FLAGS_ID).queryAs(ListView.class).getItems().size() == 2);

        robot.clickOn("#coordChooseFolder");
        robot.clickOn("#coordPublish");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#coordPublishMessage").queryAs(Label.class).getText().startsWith("Udgivet"));
        assertThat(share.resolve(FolderPublication.JSON_FILE)).isRegularFile();
        assertThat(share.resolve(FolderPublication.HTML_FOLDER).resolve("index.html")).isRegularFile();

        robot.clickOn(robot.lookup("#" + CoordinatorView.STALE_ID + " .list-cell").nth(1).queryAs(Node.class));
        robot.clickOn("#coordMarkChecked");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + CoordinatorView.STALE_ID).queryAs(ListView.class).getItems().size() == 2);
        snapshot(robot, null,
                "coordinator-tab.png");

        robot.interact(() -> window.shell().setCoordinatorMode(false));
        assertThat(tabIds(robot)).doesNotContain("tabCoordinator");
    }

    @Test
    void aWorkerFlagsAnOfferFromItsDetailsAndACprNumberIsRefused(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.selectTab("tabCatalog"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.catalogue().results().isEmpty());
        Offer first = window.catalogue().results().get(0);
        robot.interact(() -> window.catalogue().selectedProperty().set(first));
        // the details scroll: the staff's note section stands above the button, as in the app
        Node flagButton = robot.lookup("#" + OfferDetailsView.FLAG_ID).query();
        robot.interact(() -> detailsOf(flagButton).setVvalue(1));
        robot.clickOn("#" + OfferDetailsView.FLAG_ID);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#" + FlagDialog.TEXT_ID).write("Borger 010150-1234 kom ikke ind");
        robot.clickOn("#" + FlagDialog.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#flagError").queryAs(Label.class).getText()).contains("CPR");
        assertThat(services.flags().all()).isEmpty();

        robot.interact(() -> robot.lookup("#" + FlagDialog.TEXT_ID).queryAs(TextArea.class)
                .setText("Holdet er flyttet til torsdag"));
        snapshot(robot, robot.lookup("#" + FlagDialog.TEXT_ID).query().getScene().getWindow(), "flag-dialog.png");
        robot.clickOn("#" + FlagDialog.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + FlagDialog.TEXT_ID).tryQuery()).isEmpty();
        assertThat(services.flags().open()).singleElement().satisfies(f -> {
            assertThat(f.offer()).isEqualTo(first.key());
            assertThat(f.text()).isEqualTo("Holdet er flyttet til torsdag");
            assertThat(f.unit()).isEqualTo("doegnplejen");
        });
    }

    private static List<String> tabIds(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                .map(javafx.scene.control.Tab::getId).toList();
    }

    private Window window(FxRobot robot) {
        return robot.lookup(".tab-pane").query().getScene().getWindow();
    }

    /** Saves a PNG of the window when -Dhenvis.screenshots names a folder. */
    private void snapshot(FxRobot robot, Window w, String name) throws Exception {
        String folder = System.getProperty("henvis.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        Window target = w == null ? window(robot) : w;
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        robot.interact(() -> {
            try {
                Scene scene = target.getScene();
                File f = Path.of(folder).resolve(name).toFile();
                ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", f);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static Flag flag(String id, String offerId, String name, String text, String unit) {
        return new Flag(id, new OfferKey("kommunen", offerId), name, text, LocalDate.of(2026, 11, 26), unit,
                "laptop-7", Flag.Status.OPEN, null);
    }

    private static Offer offer(String id, String name, LocalDate checked) {
        return TestOffers.offer("henvis", id, name).withLastChecked(checked);
    }

    private static OfferDetailsView detailsOf(Node node) {
        Node n = node;
        while (!(n instanceof OfferDetailsView)) {
            n = n.getParent();
        }
        return (OfferDetailsView) n;
    }
}
