package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

/**
 * The one way an amount in kroner is written, on screen and on paper alike: whole kroner without
 * decimals ("20 kr.", "1.250 kr."), and with øre always two decimals ("22,50 kr.", never "22,5 kr."),
 * as Danish prices are written.
 */
public final class Prices {
    private Prices() {
    }

    /** "20", "22,50", "1.250". */
    public static String amount(BigDecimal dkk) {
        BigDecimal rounded = dkk.setScale(2, RoundingMode.HALF_UP);
        boolean whole = rounded.stripTrailingZeros().scale() <= 0;
        NumberFormat f = NumberFormat.getNumberInstance(Messages.DANISH);
        f.setMinimumFractionDigits(whole ? 0 : 2);
        f.setMaximumFractionDigits(whole ? 0 : 2);
        return f.format(rounded);
    }

    /** "20 kr.", "22,50 kr.", "1.250 kr.". */
    public static String kroner(BigDecimal dkk) {
        return Messages.get("price.kroner", amount(dkk));
    }
}
