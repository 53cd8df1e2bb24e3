package dk.henvis.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The short code printed on a handout and typed in again at the follow-up, e.g. {@code K7M-4TR}.
 * Six characters from an alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V),
 * so it is easy to read aloud and to type from a fridge sheet. 21^6 ≈ 86 million codes.
 */
public record ReferralCode(String value) {
    /** The characters a code may hold. */
    public static final String ALPHABET = "ACDEFHJKMNPRTWXY34679";
    private static final int LENGTH = 6;

    public ReferralCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a referral code: " + value);
        }
    }

    /** A new random code. */
    public static ReferralCode random(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ReferralCode(sb.toString());
    }

    /**
     * Reads a code as a person types it: case, spaces and the dash do not matter ("k7m4tr", "K7M 4TR").
     *
     * @throws BadInputException naming the text when it is not a referral code
     */
    public static ReferralCode parse(String text) {
        String compact = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() == LENGTH) {
            String formatted = compact.substring(0, LENGTH / 2) + "-" + compact.substring(LENGTH / 2);
            if (isWellFormed(formatted)) {
                return new ReferralCode(formatted);
            }
        }
        throw new BadInputException(Messages.get("referral.code.malformed", String.valueOf(text)));
    }

    private static boolean isWellFormed(String v) {
        if (v.length() != LENGTH + 1 || v.charAt(LENGTH / 2) != '-') {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (i != LENGTH / 2 && ALPHABET.indexOf(v.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
