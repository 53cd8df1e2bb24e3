package dk.henvis.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Tab and Shift+Tab leave a multi-line field, as they leave every other field, instead of typing a tab. */
public final class TabLeaves {
    private TabLeaves() {
    }

    public static TextArea install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // Ctrl+Tab is the text area's own "move the focus on"; Shift keeps the direction
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, e.getCharacter(),
                        e.getText(), KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
