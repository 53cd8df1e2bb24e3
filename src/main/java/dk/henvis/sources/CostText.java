package dk.henvis.sources;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a price out of a source's price text ("Gratis", "50 kr.", "Fri entré", "Kr. 25,-"). */
public final class CostText {
    private static final Pattern FREE = Pattern.compile(
            "\\b(gratis|fri entr[ée]|fri adgang|frit|uden beregning|ingen betaling|ingen entr[ée]|free)\\b");
    private static final Pattern AMOUNT_AFTER = Pattern.compile("(\\d+(?:[.,]\\d{1,2})?)\\s*(?:kr\\b|kroner|dkk|,-)");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?:kr\\.?|dkk)\\s*(\\d+(?:[.,]\\d{1,2})?)");

    private CostText() {
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
                BigDecimal v = new BigDecimal(m.group(1).replace(',', '.'));
                if (lowest == null || v.compareTo(lowest) < 0) {
                    lowest = v;
                }
            }
        }
        return lowest == null ? null : lowest.stripTrailingZeros().scale() < 0 ? lowest.setScale(0) : lowest.stripTrailingZeros();
    }
}
