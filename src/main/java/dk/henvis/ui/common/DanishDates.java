package dk.henvis.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Every date field shows dd.mm.åååå ("04.12.2026"), whatever the machine's locale, and reads 4.12.2026 too. */
public final class DanishDates {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** The converter the date fields use; an unreadable text is no date. */
    public static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate d) {
            return d == null ? "" : SHOWN.format(d);
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), READ);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    };

    private DanishDates() {
    }

    /** A date field with Danish dates. */
    public static DatePicker picker() {
        DatePicker p = new DatePicker();
        p.setConverter(CONVERTER);
        p.setPromptText(dk.henvis.ui.I18n.i18n("ui.date.prompt"));
        return p;
    }
}
