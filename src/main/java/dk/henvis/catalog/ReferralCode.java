package dk.henvis.catalog;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The short code printed on a handout and typed in again at the follow-up. Six characters as
 * {@code K7M-4TR}, drawn from an alphabet without look-alikes (none of 0/O/Q/D, 1/I/L, 2/Z, 5/S,
 * 6/G, 8/B), so it is easy to read aloud over the phone and type in again.
 * Shared by the handout and the referral log, so it lives in {@code catalog}.
 */
public final class ReferralCode {
    /** Letters and digits that cannot be mistaken for each other when read or heard. */
    public static final String ALPHABET = "ACDEFHJKMNPRTUVWXY3479";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferralCode() {
    }

    /** A new random code, e.g. {@code K7M-4TR}. */
    public static String generate() {
        return generate(RANDOM);
    }

    public static String generate(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /**
     * The canonical form of a code as a person typed it ("k7m 4tr", "K7M4TR", " k7m-4tr ") or empty
     * when it cannot be a code (wrong length or a character outside the alphabet).
     */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder chars = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u2013' || c == '\u2010') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            chars.append(c);
        }
        if (chars.length() != LENGTH) {
            return Optional.empty();
        }
        return Optional.of(chars.substring(0, LENGTH / 2) + "-" + chars.substring(LENGTH / 2));
    }

    /** True when {@code code} is exactly in canonical form ({@code XXX-XXX} from the alphabet). */
    public static boolean isValid(String code) {
        return code != null && normalize(code).map(code::equals).orElse(false);
    }
}
