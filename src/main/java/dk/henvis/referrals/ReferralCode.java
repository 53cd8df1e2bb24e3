package dk.henvis.referrals;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The short code printed on a handout and typed in again at the follow-up, e.g. {@code K7M-4TR}.
 * Six characters from an alphabet without look-alikes (no 0/O/Q, 1/I/L, 2/Z, 5/S, 6/G, 8/B, U/V),
 * so it is easy to read aloud and to type from a fridge sheet. 20^6 = 64 million codes.
 */
public record ReferralCode(String value) {
    /** The characters a code may hold. */
    public static final String ALPHABET = "ACDEFHJKMNPRTWXY3479";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** A new random code as text, e.g. {@code K7M-4TR} (not checked against any log). */
    public static String generate() {
        return generate(RANDOM);
    }

    public static String generate(RandomGenerator random) {
        return random(random).value();
    }

    /**
     * The canonical form of a code as a person typed it ("k7m 4tr", "K7M4TR", " k7m-4tr "), or empty
     * when it cannot be a code.
     */
    public static Optional<String> normalize(String typed) {
        String compact = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\u2010\u2013-]", "");
        if (compact.length() != LENGTH) {
            return Optional.empty();
        }
        String formatted = compact.substring(0, LENGTH / 2) + "-" + compact.substring(LENGTH / 2);
        return isWellFormed(formatted) ? Optional.of(formatted) : Optional.empty();
    }

    /** True when {@code code} is exactly in canonical form ({@code XXX-XXX} from the alphabet). */
    public static boolean isValid(String code) {
        return code != null && isWellFormed(code);
    }

    /**
     * Reads a code as a person types it: case, spaces and the dash do not matter ("k7m4tr", "K7M 4TR").
     *
     * @throws BadInputException naming the text when it is not a referral code
     */
    public static ReferralCode parse(String text) {
        return new ReferralCode(normalize(text).orElseThrow(
                () -> new BadInputException(Messages.get("referral.code.malformed", String.valueOf(text)))));
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
