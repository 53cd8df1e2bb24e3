package dk.henvis.ui.offereditor;

import dk.henvis.curation.Problem.Field;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The message shown next to each field of the form (or of one row of it); empty when the field is fine. */
public final class FieldErrors {
    private final Map<Field, StringProperty> messages = new EnumMap<>(Field.class);

    /** The message of {@code field}: "" when there is none. */
    public ReadOnlyStringProperty of(Field field) {
        return property(field);
    }

    public String message(Field field) {
        return property(field).get();
    }

    void set(Field field, String message) {
        StringProperty p = property(field);
        if (p.get().isEmpty()) {
            p.set(message);
        }
    }

    void clear() {
        messages.values().forEach(p -> p.set(""));
    }

    boolean isEmpty() {
        return messages.values().stream().allMatch(p -> p.get().isEmpty());
    }

    /** The fields that have a message, in the order of the form. */
    java.util.List<Field> fields() {
        return messages.entrySet().stream().filter(e -> !e.getValue().get().isEmpty()).map(Map.Entry::getKey)
                .sorted().toList();
    }

    private StringProperty property(Field field) {
        return messages.computeIfAbsent(field, f -> new SimpleStringProperty(""));
    }
}
