package dk.henvis.ui.offereditor;

import dk.henvis.ui.common.Labels;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Small builders for the form: labelled fields with their message underneath, and enum choices. */
final class FormParts {
    private FormParts() {
    }

    static TextField text(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    static TextField text(String id, StringProperty value, String prompt, int columns) {
        TextField f = text(id, value);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }

    /** A combo box over a fixed list of values, never empty, bound both ways to {@code value}. */
    static <E> ComboBox<E> choice(String id, ObjectProperty<E> value, List<E> values, Function<E, String> text) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        StringConverter<E> conv = new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : text.apply(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
        box.setConverter(conv);
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : conv.toString(item));
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /**
     * The message under a field: red, wrapped, shown when there is something to say; its line is kept while
     * empty, so a message appearing or going does not move the controls under the mouse.
     */
    static Label error(ObservableStringValue message, Control field) {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.textProperty().bind(message);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (field != null) {
            message.addListener((o, a, b) -> {
                field.getStyleClass().remove("invalid");
                if (b != null && !b.isEmpty()) {
                    field.getStyleClass().add("invalid");
                }
            });
        }
        return l;
    }

    /**
     * Adds a row to a two-column grid: the label (its mnemonic focuses the field), the field, and under
     * the field its message. Returns the next free row.
     */
    static int row(GridPane grid, int row, String label, Node field, ObservableStringValue message) {
        Label l = Labels.forControl(label, field);
        l.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(l, 0, row);
        if (message == null) {
            grid.add(field, 1, row);
        } else {
            VBox box = new VBox(2, field, error(message, field instanceof Control c ? c : null));
            grid.add(box, 1, row);
        }
        GridPane.setHgrow(field, Priority.ALWAYS);
        return row + 1;
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.getStyleClass().add("editor-grid");
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }
}
