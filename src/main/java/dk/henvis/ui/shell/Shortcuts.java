package dk.henvis.ui.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The main window's keyboard shortcuts, in one table (Ctrl is Cmd on a Mac); "Tastatur" (F1) lists them. */
final class Shortcuts {
    static final KeyCombination NEW_CITIZEN = shortcut(KeyCode.N);
    static final KeyCombination PREVIEW = shortcut(KeyCode.H);
    static final KeyCombination PRINT = shortcut(KeyCode.P);
    static final KeyCombination SAVE = shortcut(KeyCode.S);
    static final KeyCombination FOLLOW_UP = shortcut(KeyCode.U);
    static final KeyCombination SYNC = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination QUIT = shortcut(KeyCode.Q);
    static final KeyCombination CITIZEN = shortcut(KeyCode.DIGIT1);
    static final KeyCombination RESULTS = shortcut(KeyCode.R);
    static final KeyCombination CATALOG = shortcut(KeyCode.DIGIT2);
    static final KeyCombination STATS = shortcut(KeyCode.DIGIT3);
    static final KeyCombination FIND = shortcut(KeyCode.F);
    static final KeyCombination BIGGER = shortcut(KeyCode.PLUS);
    static final KeyCombination SMALLER = shortcut(KeyCode.MINUS);
    static final KeyCombination KEYS = new KeyCodeCombination(KeyCode.F1);

    private Shortcuts() {
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** Ctrl with +, = or the keypad's + is bigger text (keyboard layouts differ); 0 when it is not. */
    static int textSizeStep(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return 0;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ADD || code == KeyCode.EQUALS || code == KeyCode.PLUS) {
            return 1;
        }
        return code == KeyCode.SUBTRACT || code == KeyCode.MINUS ? -1 : 0;
    }
}
