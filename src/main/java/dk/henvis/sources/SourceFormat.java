package dk.henvis.sources;

import java.util.Locale;
import java.util.Optional;

/** The catalogue formats {@code import} and {@code sync} read (contract §4), by their contract code. */
public enum SourceFormat {
    HSDS_JSON("hsds-json"),
    HSDS_PACKAGE("hsds-package"),
    KULTUNAUT_JSON("kultunaut-json"),
    KULTUNAUT_XML("kultunaut-xml");

    private final String code;

    SourceFormat(String code) {
        this.code = code;
    }

    /** The contract's code, e.g. {@code hsds-json}. */
    public String code() {
        return code;
    }

    /** The format with this contract code, empty when no format has it. */
    public static Optional<SourceFormat> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (SourceFormat f : values()) {
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
