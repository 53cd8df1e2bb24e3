package dk.henvis.referrals;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.util.Optional;

/**
 * The age bands the log keeps instead of an age (see ADR referrals-privacy). The action plan counts
 * citizens 16 and older; a younger citizen is logged in the separate band 0–15 so the 16+ figures stay
 * comparable with the plan's.
 */
public enum AgeBand {
    UNDER_16("0-15", 0, 15),
    FROM_16_TO_24("16-24", 16, 24),
    FROM_25_TO_44("25-44", 25, 44),
    FROM_45_TO_64("45-64", 45, 64),
    FROM_65_TO_79("65-79", 65, 79),
    FROM_80("80+", 80, 120);

    /** Ages above this are taken for a typing error. */
    public static final int MAX_AGE = 120;

    private final String code;
    private final int min;
    private final int max;

    AgeBand(String code, int min, int max) {
        this.code = code;
        this.min = min;
        this.max = max;
    }

    /** The stored and exported form: {@code 0-15}, {@code 16-24}, ..., {@code 80+}. */
    public String code() {
        return code;
    }

    /** The band the age falls in; the age itself is not kept. */
    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age >= band.min && age <= band.max) {
                return band;
            }
        }
        throw new BadInputException(Messages.get("referral.age.outOfRange", age, MAX_AGE));
    }

    public static Optional<AgeBand> fromCode(String code) {
        for (AgeBand band : values()) {
            if (band.code.equals(code)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
