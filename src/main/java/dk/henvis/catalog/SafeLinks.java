package dk.henvis.catalog;

import java.util.Locale;

/**
 * The one rule for an offer's link wherever a citizen or a worker meets it (on screen, on the handout and
 * in its QR code, on the citizen web pages): only {@code http}, {@code https}, {@code mailto} and
 * {@code tel} links are kept. {@code javascript:}, {@code vbscript:}, {@code data:} and the rest are dropped.
 */
public final class SafeLinks {
    private static final String[] ALLOWED = {"https://", "http://", "mailto:", "tel:"};

    private SafeLinks() {
    }

    /** The link, stripped, when it may be shown; null when it may not (or is blank). */
    public static String shown(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        if (u.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return null;
        }
        String lower = u.toLowerCase(Locale.ROOT);
        for (String scheme : ALLOWED) {
            if (lower.startsWith(scheme) && lower.length() > scheme.length()) {
                return u;
            }
        }
        return null;
    }
}
