package dk.henvis.matching;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Masks proper names in an offer's own texts before they are read for interests: the organisation's name
 * (unless the offer is named exactly as its organisation, as "Sundby Sangkor" is), well-known association
 * names ("Røde Kors", "Ældre Sagen", "Blå Kors"), and every capitalised word inside a sentence that is not
 * a known vocabulary word or compound ("Nordskoven", "Korsvejen", "Kors"). Danish writes common nouns in
 * lower case, so a capitalised word inside a sentence is a name. Masking keeps the text's length (the
 * name is replaced by spaces) and leaves the first word of every sentence alone.
 */
final class ProperNames {
    /** Association names that read like interests or groups; masked wherever they stand. */
    static final List<String> ASSOCIATIONS = List.of("dansk røde kors", "røde kors", "ældre sagen", "ældresagen",
            "blå kors", "kirkens korshær", "dansk folkehjælp", "red barnet", "folkekirkens nødhjælp",
            "frelsens hær", "kfum og kfuk", "danske seniorer", "ensomme gamles værn", "home-start");
    /** A possessive or elided ending ("Bentes", "Kors'") left off before the word is looked up. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

    private ProperNames() {
    }

    /**
     * The text with proper names replaced by spaces.
     *
     * @param organisation the organisation's name, masked unless it is also the offer's name
     * @param offerName    the offer's own name
     */
    static String mask(String text, String organisation, String offerName, InterestVocabulary vocabulary) {
        if (text == null || text.isBlank()) {
            return text;
        }
        char[] out = text.toCharArray();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String name : ASSOCIATIONS) {
            blank(out, lower, name);
        }
        if (organisation != null && !organisation.isBlank()
                && !organisation.strip().equalsIgnoreCase(offerName == null ? "" : offerName.strip())) {
            blank(out, lower, organisation.strip().toLowerCase(Locale.ROOT));
        }
        // The words, [\p{L}\p{N}][\p{L}\p{N}'’]*, found by hand: only capitalised ones are looked at (a
        // regular expression over every word of every offer was a visible part of the index build, issue 17).
        int at = 0;
        while (at < text.length()) {
            int cp = text.codePointAt(at);
            if (!letterOrNumber(cp)) {
                at += Character.charCount(cp);
                continue;
            }
            int start = at;
            at += Character.charCount(cp);
            while (at < text.length()) {
                int next = text.codePointAt(at);
                if (!letterOrNumber(next) && next != '\'' && next != '’') {
                    break;
                }
                at += Character.charCount(next);
            }
            if (!Character.isUpperCase(cp)) {
                continue;
            }
            String w = text.substring(start, at);
            if (sentenceStart(text, start) || acronym(w)) {
                continue;
            }
            String folded = DanishTextAnalyzer.fold(POSSESSIVE.matcher(w).replaceAll(""));
            if (!vocabulary.knowsWord(folded)) {
                for (int i = start; i < at; i++) {
                    out[i] = ' ';
                }
            }
        }
        return new String(out);
    }

    /** {@code [\p{L}\p{N}]}: a letter or any kind of number (digits, Roman numerals, fractions). */
    static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static void blank(char[] out, String lower, String name) {
        int from = 0;
        while (true) {
            int at = lower.indexOf(name, from);
            if (at < 0) {
                return;
            }
            int end = at + name.length();
            boolean whole = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                    && (end >= lower.length() || !Character.isLetter(lower.charAt(end)) || lower.charAt(end) == 's');
            if (whole) {
                for (int i = at; i < end; i++) {
                    out[i] = ' ';
                }
            }
            from = end;
        }
    }

    /** True at the start of the text or after a sentence end, a colon, a dash, a bullet or a line break. */
    private static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && c != '\n') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '–' || c == '-' || c == '•'
                    || c == '(' || c == '"' || c == '«' || c == '—' || c == '|' || c == '/';
        }
        return true;
    }

    /** "AA", "IT", "FIFA": upper case words are abbreviations, not names. */
    private static boolean acronym(String w) {
        return w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
