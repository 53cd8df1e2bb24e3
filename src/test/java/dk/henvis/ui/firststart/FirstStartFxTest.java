package dk.henvis.ui.firststart;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First start: the worker picks a unit (by keyboard) and a phone; it is remembered. */
@ExtendWith(ApplicationExtension.class)
class FirstStartFxTest {
    private TestUiServices services;

    @Start
    void start(Stage stage) throws Exception {
        services = new TestUiServices(dk.henvis.ui.TestFolders.create("henvis-firststart"));
        new MainWindow(services, new JavaFxTaskExecutor()).show(stage);
    }

    @Test
    void asksForTheUnitOnceAndRemembersIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unitOk").tryQuery()).isPresent();
        assertThat(robot.lookup("#unitOk").query().isDisabled()).isTrue();
        robot.clickOn("#unit-socialpsykiatrien");
        robot.clickOn("#" + UnitDialog.PHONE_ID).write("47 35 10 00");
        robot.clickOn("#unitOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(services.settings().unit()).contains(StaffUnit.SOCIALPSYKIATRIEN);
        assertThat(services.settings().unitPhone()).contains("47 35 10 00");
        assertThat(new UnitViewModel(services.settings()).isFirstStart()).isFalse();
        assertThat(robot.lookup("#unitOk").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
    }

}
