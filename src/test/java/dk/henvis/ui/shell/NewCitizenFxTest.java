package dk.henvis.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.citizen.CitizenScreen;
import dk.henvis.ui.citizen.CitizenView;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.flows.SampleServices;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Ny borger" on the laptop: the citizen panel is scrolled back to the top with the cursor in Alder; the unit's
 * default is shown as a default, warned about when it contradicts the age, and removed with one key; Tab leaves
 * the handout's note instead of typing a tab.
 */
@ExtendWith(ApplicationExtension.class)
class NewCitizenFxTest {
    private final TestUiServices services;
    private MainWindow window;
    private Stage stage;

    NewCitizenFxTest() throws IOException {
        services = SampleServices.create(dk.henvis.ui.TestFolders.create("henvis-newcitizen"));
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(services, new JavaFxTaskExecutor(), (owner, suggested) -> Optional.empty());
        window.show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(LaptopLayoutFxTest.WIDTH);
        stage.setHeight(LaptopLayoutFxTest.HEIGHT);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.close());
    }

    @Test
    void newCitizenScrollsToTheTopAndTheDefaultIsShownWarnedAndRemovedWithOneKey(FxRobot robot) {
        CitizenView panel = robot.lookup(".citizen-view").queryAs(CitizenView.class);
        robot.interact(() -> panel.setVvalue(1));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.getVvalue()).as("the citizen panel is back at the top").isZero();
        assertThat(robot.lookup("#" + CitizenView.AGE_ID).query().isFocused()).isTrue();

        Label defaults = robot.lookup("#" + CitizenView.DEFAULTS_ID).queryAs(Label.class);
        assertThat(defaults.isVisible()).isTrue();
        assertThat(defaults.getText()).contains("Fra enheden").contains("senior");
        robot.write("17");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(defaults.getText()).contains("17").contains("senior");
        assertThat(defaults.getStyleClass()).contains("warning");

        robot.interact(() -> robot.lookup("#" + CitizenView.GROUP_ID).query().requestFocus());
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.citizen().groups()).isEmpty();
        assertThat(defaults.isVisible()).isFalse();
    }

    @Test
    void tabLeavesTheNote(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.results().matches().isEmpty());
        robot.interact(() -> window.results().toggleChosen(window.results().matches().get(0)));
        TextArea note = robot.lookup("#" + CitizenScreen.NOTE_ID).queryAs(TextArea.class);
        robot.interact(note::requestFocus);
        robot.write("Ring fredag").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.getText()).isEqualTo("Ring fredag");
        assertThat(note.isFocused()).isFalse();
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.isFocused()).isTrue();
        assertThat(note.getText()).isEqualTo("Ring fredag");
    }

    @Test
    void f1ListsEveryShortcutTheMenusBind(FxRobot robot) throws Exception {
        String keys = WaitForAsyncUtils.asyncFx(() -> window.keysText()).get(5, TimeUnit.SECONDS);
        for (javafx.scene.input.KeyCombination k : java.util.List.of(Shortcuts.NEW_CITIZEN, Shortcuts.FOLLOW_UP,
                Shortcuts.SYNC, Shortcuts.PRINT, Shortcuts.SAVE, Shortcuts.PREVIEW, Shortcuts.FIND, Shortcuts.KEYS,
                Shortcuts.CITIZEN, Shortcuts.CATALOG, Shortcuts.STATS, Shortcuts.RESULTS, Shortcuts.QUIT)) {
            assertThat(keys).contains(k.getDisplayText() + "  ");
        }
        assertThat(keys).contains("Opfølgning").contains("F5");
    }
}
