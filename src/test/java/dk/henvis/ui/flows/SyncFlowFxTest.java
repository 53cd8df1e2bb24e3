package dk.henvis.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import dk.henvis.ui.sources.HsdsFiles;
import dk.henvis.ui.sources.SourcesDialog;
import dk.henvis.ui.sources.SourcesViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync flow in the window: configure a local file source in "Kilder og opdatering", press
 * "Opdater katalog", the new offer appears in the catalogue browser, the status bar says what happened
 * and the sync log shows the entry.
 */
@ExtendWith(ApplicationExtension.class)
class SyncFlowFxTest {
    private static final String NEW_OFFER = "Solsikkekoret i Vinge";

    private final TestUiServices services;
    private final Path sourceFile;
    private MainWindow window;
    private Stage stage;

    SyncFlowFxTest() throws IOException {
        Path data = dk.henvis.ui.TestFolders.create("henvis-syncflow");
        services = SampleServices.create(data);
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
        sourceFile = HsdsFiles.write(data.resolve("kommunen.json"), List.of(HsdsFiles.service("k1", NEW_OFFER)));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(services, new JavaFxTaskExecutor(), (owner, suggested) -> Optional.empty());
        window.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w instanceof Stage)
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void aFileSourceConfiguredInTheDialogIsSyncedIntoTheCatalogueAndLogged(FxRobot robot) throws Exception {
        robot.interact(window::openSources);
        WaitForAsyncUtils.waitForFxEvents();

        // a wrong location is shown beside the field and nothing is stored
        robot.clickOn("#" + SourcesDialog.NAME_ID).write("kommunen");
        robot.clickOn("#" + SourcesDialog.LOCATION_ID).write(sourceFile + ".mangler");
        robot.clickOn("#" + SourcesDialog.ADD_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kindError").queryAs(Label.class).getText()).isEqualTo("Vælg kildens type");
        assertThat(robot.lookup("#locationError").queryAs(Label.class).getText()).contains("findes ikke");
        assertThat(services.sources().all()).isEmpty();

        ComboBox<String> kind = robot.lookup("#" + SourcesDialog.KIND_ID).queryComboBox();
        robot.interact(() -> kind.setValue("hsds-json"));
        robot.interact(() -> robot.lookup("#" + SourcesDialog.LOCATION_ID)
                .queryAs(javafx.scene.control.TextField.class).setText(sourceFile.toString()));
        robot.clickOn("#" + SourcesDialog.ADD_ID);
        TableView<SourcesViewModel.Row> table = robot.lookup("#" + SourcesDialog.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("kommunen");
        robot.clickOn("#" + SourcesDialog.CLOSE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        // Opdater katalog in the status bar
        robot.clickOn("#" + MainWindow.SYNC_BUTTON_ID);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.sync().syncingProperty().get()
                && window.sync().lastReport() != null);
        Hyperlink result = robot.lookup("#" + MainWindow.SYNC_RESULT_ID).queryAs(Hyperlink.class);
        assertThat(result.getText()).contains("kommunen: 1 nye, 0 ændrede, 0 trukket tilbage");

        // the new offer is in the catalogue browser
        robot.interact(() -> window.selectTab("tabCatalog"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.catalogue().results().stream()
                .map(Offer::name).anyMatch(NEW_OFFER::equals));

        // and the log shows the entry
        robot.interact(window::openSources);
        TableView<SourcesViewModel.LogRow> log = robot.lookup("#" + SourcesDialog.LOG_ID).queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !log.getItems().isEmpty());
        assertThat(log.getItems().get(0).source()).isEqualTo("kommunen");
        assertThat(log.getItems().get(0).outcome()).isEqualTo("1 nye, 0 ændrede, 0 trukket tilbage, 0 slettet");
    }
}
