package dk.henvis.publish;

import java.util.Locale;
import java.util.Optional;

/** What {@code henvis export} writes (contract §1), by its contract code. */
public enum ExportFormat {
    /** One HSDS 3 JSON file. */
    HSDS_JSON("hsds-json"),
    /** An HSDS tabular data package folder. */
    HSDS_PACKAGE("hsds-package"),
    /** The static citizen web pages folder. */
    HTML("html");

    private final String code;

    ExportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ExportFormat> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.code.equals(c)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }
}
