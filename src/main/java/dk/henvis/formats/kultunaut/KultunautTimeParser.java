package dk.henvis.formats.kultunaut;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads KultuNaut's free-text times ("kl. 13.45-20", "Tirsdag kl. 19.00", "20 mødegange",
 * "hver anden torsdag", "første mandag i måneden kl. 14-16") into their parts. What it cannot read
 * stays with the caller as text; {@link Result#understood()} says whether anything was found.
 */
public final class KultunautTimeParser {
    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\d])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}])";
    private static final String FULL_DAY = "(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)(?:e|en|ene)?";
    private static final String SHORT_DAY = "(?:man|tirs|tir|ons|tors|tor|fre|lør|søn)";
    /** A weekday named in full ("tirsdag", "tirsdage") or abbreviated with a dot ("tirs."). */
    private static final Pattern DAY = Pattern.compile(NOT_LETTER_BEFORE + "(" + FULL_DAY + "|" + SHORT_DAY + "\\.)"
            + NOT_LETTER_AFTER);
    /** "mandag-fredag", "man.-fre.", "man-tors", "mandag til torsdag". */
    private static final Pattern DAY_RANGE = Pattern.compile(NOT_LETTER_BEFORE + "(" + FULL_DAY + "|" + SHORT_DAY
            + ")\\.?\\s*(?:-|–|til)\\s*(" + FULL_DAY + "|" + SHORT_DAY + ")\\.?" + NOT_LETTER_AFTER);
    private static final String TIME = "(\\d{1,2})(?:[.:](\\d{2}))?";
    private static final String TO = "\\s*(?:-|–|til)\\s*(?:kl\\.?\\s*)?";
    /** "kl. 10-12", "kl 13.45 - 20", "kl. 19 til 21". */
    private static final Pattern RANGE_KL = Pattern.compile("(?<!\\p{L})kl\\.?\\s*" + TIME + TO + TIME + "(?![\\d])");
    /** "10.00-12.00", "19:30 - 21". */
    private static final Pattern RANGE_BARE = Pattern.compile(NOT_LETTER_BEFORE + "(\\d{1,2})[.:](\\d{2})" + TO + TIME
            + "(?![\\d])");
    /** "kl. 19", "kl. 19.30". */
    private static final Pattern SINGLE_KL = Pattern.compile("(?<!\\p{L})kl\\.?\\s*" + TIME + "(?!\\d)");
    /** "19:30", "19.30" standing alone. */
    private static final Pattern SINGLE_BARE = Pattern.compile(NOT_LETTER_BEFORE + "(\\d{1,2})[.:](\\d{2})(?![\\d.:])");
    private static final Pattern SESSIONS = Pattern.compile("(\\d{1,3})\\s*(?:mødegange|gange|lektioner|kursusgange)");
    private static final Pattern EVERY_SECOND = Pattern.compile(
            "\\bhver\\s*anden\\b|\\bhver\\s+2\\.|\\bhver\\s+14\\.\\s*dag|\\bhver\\s+fjortende\\s+dag|\\b(?:u?lige)\\s+uger\\b");
    private static final Pattern EVERY_THIRD = Pattern.compile("\\bhver\\s+(?:tredje|3\\.)(?!\\d)");
    private static final Pattern MONTH_WEEK = Pattern.compile(NOT_LETTER_BEFORE
            + "(første|1\\.|anden|2\\.|tredje|3\\.|fjerde|4\\.|sidste)\\s+(" + FULL_DAY + "|" + SHORT_DAY + "\\.)"
            + "\\s+(?:i\\s+(?:hver\\s+)?(?:måned|md)|hver\\s+måned|om\\s+måneden)");

    private KultunautTimeParser() {
    }

    /** What a time text said. Absent parts are null or empty. */
    public record Result(List<DayOfWeek> days, LocalTime opens, LocalTime closes, int interval, Integer monthWeek,
            Integer sessions) {
        public Result {
            days = List.copyOf(days);
        }

        public boolean understood() {
            return !days.isEmpty() || opens != null || sessions != null || monthWeek != null;
        }
    }

    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return new Result(List.of(), null, null, 1, null, null);
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        List<DayOfWeek> days = new ArrayList<>();
        Integer monthWeek = null;
        Matcher mw = MONTH_WEEK.matcher(t);
        if (mw.find()) {
            monthWeek = switch (mw.group(1)) {
                case "første", "1." -> 1;
                case "anden", "2." -> 2;
                case "tredje", "3." -> 3;
                case "fjerde", "4." -> 4;
                default -> -1;
            };
            days.add(day(mw.group(2)));
        }
        Matcher range = DAY_RANGE.matcher(t);
        if (days.isEmpty() && range.find()) {
            DayOfWeek from = day(range.group(1));
            DayOfWeek to = day(range.group(2));
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to || days.size() == 7) {
                    break;
                }
            }
        }
        if (days.isEmpty()) {
            Matcher dm = DAY.matcher(t);
            while (dm.find()) {
                DayOfWeek d = day(dm.group(1));
                if (!days.contains(d)) {
                    days.add(d);
                }
            }
        }
        LocalTime opens = null;
        LocalTime closes = null;
        for (Pattern p : new Pattern[] {RANGE_KL, RANGE_BARE}) {
            Matcher rm = p.matcher(t);
            while (opens == null && rm.find()) {
                LocalTime a = time(rm.group(1), rm.group(2));
                LocalTime b = time(rm.group(3), rm.group(4));
                if (a != null && b != null && b.isAfter(a)) {
                    opens = a;
                    closes = b;
                }
            }
        }
        for (Pattern p : new Pattern[] {SINGLE_KL, SINGLE_BARE}) {
            Matcher sm = p.matcher(t);
            while (opens == null && sm.find()) {
                opens = time(sm.group(1), sm.group(2));
            }
        }
        Integer sessions = null;
        Matcher ses = SESSIONS.matcher(t);
        if (ses.find()) {
            sessions = Integer.valueOf(ses.group(1));
        }
        int interval = 1;
        if (monthWeek == null) {
            if (EVERY_SECOND.matcher(t).find()) {
                interval = 2;
            } else if (EVERY_THIRD.matcher(t).find()) {
                interval = 3;
            }
        }
        return new Result(days, opens, closes, interval, monthWeek, sessions);
    }

    private static LocalTime time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = minutes == null ? 0 : Integer.parseInt(minutes);
        if (h == 24 && m == 0) {
            return LocalTime.of(23, 59);
        }
        if (h > 23 || m > 59) {
            return null;
        }
        return LocalTime.of(h, m);
    }

    private static DayOfWeek day(String word) {
        String w = word.replace(".", "");
        if (w.startsWith("man")) {
            return DayOfWeek.MONDAY;
        }
        if (w.startsWith("tir")) {
            return DayOfWeek.TUESDAY;
        }
        if (w.startsWith("ons")) {
            return DayOfWeek.WEDNESDAY;
        }
        if (w.startsWith("tor")) {
            return DayOfWeek.THURSDAY;
        }
        if (w.startsWith("fre")) {
            return DayOfWeek.FRIDAY;
        }
        if (w.startsWith("lør")) {
            return DayOfWeek.SATURDAY;
        }
        return DayOfWeek.SUNDAY;
    }
}
