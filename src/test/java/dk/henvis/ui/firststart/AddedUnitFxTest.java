package dk.henvis.ui.firststart;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.TestOffers;
import dk.henvis.settings.ReferralUnits;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A unit the coordinator added on this installation ("henvis units --add") is offered at first start next to the
 * built-in ones; a worker who picks it has it named, with the unit's phone, in the handout's footer.
 */
@ExtendWith(ApplicationExtension.class)
class AddedUnitFxTest {
    private TestUiServices services;

    @Start
    void start(Stage stage) throws Exception {
        services = new TestUiServices(dk.henvis.ui.TestFolders.create("henvis-addedunit"));
        new ReferralUnits(services.settings()).add("Aktivitetscentret Jernbanegade");
        new MainWindow(services, new JavaFxTaskExecutor()).show(stage);
    }

    @Test
    void theWorkerPicksTheAddedUnitAndTheHandoutNamesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        RadioButton added = robot.lookup("#unit-added-0").queryAs(RadioButton.class);
        assertThat(added.getText()).isEqualTo("Aktivitetscentret Jernbanegade");
        robot.clickOn(added);
        robot.clickOn("#" + UnitDialog.PHONE_ID).write("47 35 12 00");
        robot.clickOn("#unitOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.settings().unitName()).contains("Aktivitetscentret Jernbanegade");
        assertThat(robot.lookup("#unitOk").tryQuery()).as("no second first-start question").isEmpty();

        byte[] pdf = services.handout().render(List.of(TestOffers.offer("k", "1", "Seniorkor")), null, null,
                "ABC-234", LocalDate.of(2026, 12, 4), false);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " "))
                    .contains("Spørgsmål? Aktivitetscentret Jernbanegade, Frederikssund Kommune · Tlf. 47 35 12 00");
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
    }
}
