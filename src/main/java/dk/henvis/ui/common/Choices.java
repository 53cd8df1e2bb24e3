package dk.henvis.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** A combo box whose first entry means "no choice" (null in the view-model). */
public final class Choices {
    private Choices() {
    }

    public static <T> ComboBox<Object> optional(ObjectProperty<T> target, ObservableList<T> values, String noneText,
            Function<T, String> text, Class<T> type) {
        Object none = new Object();
        ObservableList<Object> items = FXCollections.observableArrayList();
        Runnable refill = () -> {
            Object current = target.get() == null ? none : target.get();
            items.setAll(none);
            items.addAll(values);
            if (!items.contains(current)) {
                target.set(null);
            }
        };
        refill.run();
        values.addListener((ListChangeListener<T>) c -> refill.run());
        ComboBox<Object> box = new ComboBox<>(items);
        StringConverter<Object> conv = new StringConverter<>() {
            @Override
            public String toString(Object o) {
                return o == null || o == none ? noneText : text.apply(type.cast(o));
            }

            @Override
            public Object fromString(String s) {
                return null;
            }
        };
        box.setConverter(conv);
        box.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : conv.toString(item));
            }
        });
        box.setValue(target.get() == null ? none : target.get());
        box.valueProperty().addListener((o, a, b) -> target.set(b == null || b == none ? null : type.cast(b)));
        target.addListener((o, a, b) -> box.setValue(b == null ? none : b));
        return box;
    }

    public static <T> ObservableList<T> fixed(List<T> values) {
        return FXCollections.observableArrayList(values);
    }
}
