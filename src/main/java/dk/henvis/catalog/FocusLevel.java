package dk.henvis.catalog;

import java.util.Locale;
import java.util.Optional;

/** The action plan's three focus levels ("Flere i fællesskaber"). */
public enum FocusLevel {
    /** Broad offers open to everyone, no referral needed. */
    FOREBYG("forebyg"),
    /** Early, targeted offers for groups at risk. */
    TIDLIG("tidlig"),
    /** Support for citizens with special needs. */
    STOETTE("stoette");

    private final String code;

    FocusLevel(String code) {
        this.code = code;
    }

    /** The contract's code: {@code forebyg}, {@code tidlig} or {@code stoette}. */
    public String code() {
        return code;
    }

    /** Parses a contract code (also accepts "støtte"); empty when the text names no level. */
    public static Optional<FocusLevel> fromCode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace("ø", "oe");
        for (FocusLevel level : values()) {
            if (level.code.equals(t)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
