package dk.henvis.ui.offereditor;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a coordinator types into the number, time and coordinate fields. */
final class Parse {
    private static final Pattern TIME = Pattern.compile("(?:kl\\.?\\s*)?(\\d{1,2})(?:[:.](\\d{2}))?");

    /** Thrown when the text is not of the expected kind. */
    static final class Invalid extends Exception {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private Parse() {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String text(String text) {
        return blank(text) ? null : text.strip();
    }

    /** "14", "14:00", "14.30", "kl. 9" → a time; blank → null. */
    static LocalTime time(String text) throws Invalid {
        if (blank(text)) {
            return null;
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new Invalid();
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            throw new Invalid();
        }
        return LocalTime.of(h, min);
    }

    static String time(LocalTime t) {
        return t == null ? "" : String.format(java.util.Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    /** A whole number; blank → null. */
    static Integer integer(String text) throws Invalid {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new Invalid();
        }
    }

    /** An amount as Danes write it ("25", "25,50", "kr. 25"); blank → null. */
    static BigDecimal amount(String text) throws Invalid {
        if (blank(text)) {
            return null;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace("kr.", "").replace("kr", "")
                .replace(",-", "").strip().replace(',', '.');
        try {
            return new BigDecimal(t).stripTrailingZeros().scale() <= 0
                    ? new BigDecimal(t).setScale(0, java.math.RoundingMode.UNNECESSARY) : new BigDecimal(t);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Invalid();
        }
    }

    /** A coordinate with a decimal point or comma ("55,85"); blank → null. */
    static Double coordinate(String text) throws Invalid {
        if (blank(text)) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip().replace(',', '.'));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new Invalid();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new Invalid();
        }
    }

    static String number(Object n) {
        return n == null ? "" : n.toString();
    }

    static String coordinate(Double d) {
        return d == null ? "" : d.toString().replace('.', ',');
    }
}
