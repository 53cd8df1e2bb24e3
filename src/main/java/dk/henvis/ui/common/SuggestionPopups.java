package dk.henvis.ui.common;

import java.util.Collection;
import javafx.scene.control.TextField;
import javafx.stage.WindowEvent;
import javafx.util.Callback;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Suggestions under a text field (ControlsFX), which never outstay the field: they are worked out in the
 * background, and an answer that arrived after the worker had moved on (Enter, Escape, Alt+E, Ctrl+R) opened
 * the list anyway — and a showing list takes the keyboard, so the next Space or letter went to it instead of
 * where the cursor was. Now the list closes when the field loses the focus and does not open without it.
 */
public final class SuggestionPopups {
    private SuggestionPopups() {
    }

    public static <T> AutoCompletionBinding<T> bind(TextField field,
            Callback<AutoCompletionBinding.ISuggestionRequest, Collection<T>> suggestions) {
        AutoCompletionBinding<T> binding = TextFields.bindAutoCompletion(field, suggestions);
        var popup = binding.getAutoCompletionPopup();
        popup.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            if (!field.isFocused()) {
                // not from inside its own showing: the pop-up finishes that first
                javafx.application.Platform.runLater(popup::hide);
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
            }
        });
        return binding;
    }
}
