package dk.henvis.formats.common;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a price out of a source's price text ("Gratis", "50 kr.", "Fri entré", "Kr. 25,-"). */
public final class CostText {
    private static final Pattern FREE = Pattern.compile(
            "\\b(gratis|fri entr[ée]|fri adgang|frit|uden beregning|ingen betaling|ingen entr[ée]|free)\\b");
    /** 1.150 (thousands), 25, 25,50 or 12.50. */
    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
    private static final Pattern AMOUNT_AFTER = Pattern.compile(NUMBER + "\\s*(?:kr\\b|kroner|dkk|,-)");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?:kr\\.?|dkk)\\s*" + NUMBER);

    private CostText() {
    }

    /** A number as Danes write it: "1.150" is 1150, "25,50" and "12.50" have decimals. */
    static BigDecimal number(String text) {
        String t = text.strip();
        if (t.matches("\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?")) {
            t = t.replace(".", "");
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    /** The amount in DKK the text states (the lowest if several), 0 for free words, null when it says neither. */
    public static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (FREE.matcher(t).find()) {
            return BigDecimal.ZERO;
        }
        BigDecimal lowest = null;
        for (Pattern p : new Pattern[] {AMOUNT_AFTER, AMOUNT_BEFORE}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                BigDecimal v = number(m.group(1));
                if (lowest == null || v.compareTo(lowest) < 0) {
                    lowest = v;
                }
            }
        }
        if (lowest == null && t.strip().matches("\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?")) {
            lowest = number(t);
        }
        if (lowest == null) {
            return null;
        }
        BigDecimal plain = lowest.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
