package dk.henvis.ui;

import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** What the GUI flow tests do after each test: every window a flow opened closed, then the main one. */
public final class FxWindows {
    private FxWindows() {
    }

    /** Closes the dialogs and other stages still open, then {@code main}. */
    public static void closeAll(FxRobot robot, Stage main) {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != main).filter(Stage.class::isInstance)
                .map(Stage.class::cast).toList().forEach(Stage::close));
        robot.interact(main::close);
    }
}
