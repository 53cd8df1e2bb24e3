package dk.henvis.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.TestOffers;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Om Henvis" opens from the Help menu and shows the version, folders and sources. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogFxTest {
    private TestUiServices services;

    @Start
    void start(Stage stage) throws Exception {
        services = new TestUiServices(dk.henvis.ui.TestFolders.create("henvis-about"))
                .with("kommune", TestUiServices.NOW, List.of(TestOffers.offer("kommune", "1", "Kor")));
        services.settings().setUnit(StaffUnit.JOBCENTRET, "47 35 10 00"); // not a first start
        new MainWindow(services, new JavaFxTaskExecutor()).show(stage);
    }

    @Test
    void theHelpMenuOpensAboutWithVersionFoldersAndSources(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Hjælp");
        robot.clickOn("Om Henvis");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#" + AboutDialog.VERSION_ID).queryAs(Label.class).getText()).startsWith("Henvis ");
        assertThat(robot.lookup("#" + AboutDialog.DATA_FOLDER_ID).queryAs(TextField.class).getText())
                .isEqualTo(services.dataFolder().toAbsolutePath().toString());
        assertThat(robot.lookup("#" + AboutDialog.LOG_FOLDER_ID).queryAs(TextField.class).getText())
                .endsWith("logs");
        VBox sources = robot.lookup("#" + AboutDialog.SOURCES_ID).queryAs(VBox.class);
        assertThat(((Label) sources.getChildren().get(0)).getText()).startsWith("kommune: 1 tilbud, opdateret");

        robot.clickOn("#" + AboutDialog.CLOSE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + AboutDialog.VERSION_ID).tryQuery()).isEmpty();
    }
}
