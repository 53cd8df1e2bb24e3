package dk.henvis.ui.citizen;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.ui.Suggester;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Words as removable chips above a text field with suggestions. Enter adds the typed word; a chip is
 * a button, so Tab reaches it and Space or Delete removes it.
 */
public final class ChipsField extends VBox {
    private final TextField input = new TextField();

    public ChipsField(String id, ObservableList<String> words, StringProperty draft, Runnable add, Suggester suggester) {
        super(4);
        getStyleClass().add("chips-field");
        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("chips");
        ListChangeListener<String> refill = c -> {
            chips.getChildren().clear();
            for (String w : words) {
                Button chip = new Button(w + "  ✕");
                chip.getStyleClass().add("chip");
                chip.setMnemonicParsing(false);
                chip.setAccessibleText(i18n("ui.citizen.removeChip", w));
                chip.setOnAction(e -> {
                    words.remove(w);
                    input.requestFocus();
                });
                chip.setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                        words.remove(w);
                        input.requestFocus();
                        e.consume();
                    }
                });
                chips.getChildren().add(chip);
            }
        };
        words.addListener(refill);
        refill.onChanged(null);
        input.setId(id);
        input.setPromptText(i18n("ui.citizen.chipPrompt"));
        input.textProperty().bindBidirectional(draft);
        input.setOnAction(e -> add.run());
        // one key removes the last word (e.g. a default the unit added) from the empty field
        input.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty() && !words.isEmpty()) {
                words.remove(words.size() - 1);
                e.consume();
            }
        });
        // Choosing a suggestion (Enter or a click in the pop-up) adds it as a chip at once: the pop-up takes
        // the Enter key, so the field's own action would not run and the word would be left uncommitted.
        dk.henvis.ui.common.SuggestionPopups.bind(input, req -> {
            String text = req.getUserText();
            return text == null || text.isBlank() ? java.util.List.of() : suggester.suggest(text.strip(), 8);
        }).setOnAutoCompleted(e -> add.run());
        getChildren().addAll(chips, input);
    }

    public TextField input() {
        return input;
    }
}
