package dk.henvis.catalog;

import java.util.Locale;
import java.util.StringJoiner;

/** Turns what a worker types into an FTS5 query that cannot be a syntax error. */
public final class FullTextQuery {
    private FullTextQuery() {
    }

    /** Each word becomes a quoted prefix term; all must match. Empty when there are no words. */
    public static String prefixQuery(String text) {
        if (text == null) {
            return "";
        }
        StringJoiner joiner = new StringJoiner(" ");
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                joiner.add("\"" + word + "\"*");
            }
        }
        return joiner.toString();
    }
}
