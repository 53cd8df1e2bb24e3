package dk.henvis.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** Labels whose mnemonic (the letter after "_") moves the focus to their control. */
public final class Labels {
    private Labels() {
    }

    public static Label forControl(String text, Node control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        return label;
    }
}
