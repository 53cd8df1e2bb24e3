package dk.henvis.matching;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The citizen's sex (contract §2 {@code sex}), a fact and not a wish: offers stated as only for the other
 * sex are never suggested. The wish to be among one's own sex is {@link Need#WOMEN_ONLY} / {@link Need#MEN_ONLY}.
 */
public enum Sex {
    FEMALE("female"),
    MALE("male");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Sex> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(c)).findFirst();
    }
}
