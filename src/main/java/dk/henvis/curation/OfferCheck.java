package dk.henvis.curation;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AccessibilityText;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Location;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.Schedule;
import dk.henvis.curation.Problem.Field;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a curated offer must meet before it is saved: what a citizen and a worker need to find and
 * join it (a name, when it meets, a reachable place) and nothing that cannot be true (an end before its
 * start, coordinates outside Denmark, a phone number of five digits).
 */
public final class OfferCheck {
    /** Denmark's bounding box (Bornholm and Skagen included; the Faroes and Greenland are not). */
    static final double MIN_LAT = 54.5;
    static final double MAX_LAT = 57.8;
    static final double MIN_LON = 8.0;
    static final double MAX_LON = 15.3;
    static final int MAX_AGE = 120;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{4}");

    private OfferCheck() {
    }

    /** Every problem, in the order of the form; empty when the offer may be saved. */
    public static List<Problem> problems(Offer o, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (o.name() == null || o.name().isBlank()) {
            out.add(Problem.of(Field.NAME, Messages.get("curation.check.name")));
        }
        if (o.url() != null && !o.url().isBlank() && !isWebAddress(o.url())) {
            out.add(Problem.of(Field.URL, Messages.get("curation.check.url", o.url())));
        }
        if (o.email() != null && !o.email().isBlank() && !isEmail(o.email())) {
            out.add(Problem.of(Field.EMAIL, Messages.get("curation.check.email", o.email())));
        }
        ages(o, out);
        if (o.cost().amountDkk() != null && o.cost().amountDkk().signum() < 0) {
            out.add(Problem.of(Field.PRICE, Messages.get("curation.check.price")));
        }
        if (o.lastChecked() != null && o.lastChecked().isAfter(today)) {
            out.add(Problem.of(Field.LAST_CHECKED, Messages.get("curation.check.lastChecked")));
        }
        schedules(o, out);
        for (int i = 0; i < o.locations().size(); i++) {
            place(o.locations().get(i), i, out);
        }
        for (int i = 0; i < o.contacts().size(); i++) {
            Contact c = o.contacts().get(i);
            if (c.phone() != null && !c.phone().isBlank() && !isPhone(c.phone())) {
                out.add(new Problem(Field.CONTACT_PHONE, i, Messages.get("curation.check.phone", c.phone())));
            }
            if (c.email() != null && !c.email().isBlank() && !isEmail(c.email())) {
                out.add(new Problem(Field.CONTACT_EMAIL, i, Messages.get("curation.check.email", c.email())));
            }
        }
        return out;
    }

    private static void ages(Offer o, List<Problem> out) {
        Integer min = o.ages().min();
        Integer max = o.ages().max();
        if (min != null && (min < 0 || min > MAX_AGE)) {
            out.add(Problem.of(Field.AGE_MIN, Messages.get("curation.check.ageRange", MAX_AGE)));
        }
        if (max != null && (max < 0 || max > MAX_AGE)) {
            out.add(Problem.of(Field.AGE_MAX, Messages.get("curation.check.ageRange", MAX_AGE)));
        }
        if (min != null && max != null && min > max) {
            out.add(Problem.of(Field.AGE_MIN, Messages.get("curation.check.ageOrder", min, max)));
        }
    }

    private static void schedules(Offer o, List<Problem> out) {
        boolean any = false;
        for (int i = 0; i < o.schedules().size(); i++) {
            Schedule s = o.schedules().get(i);
            if (!s.isStructured()) {
                any |= s.description() != null && !s.description().isBlank();
                continue;
            }
            any = true;
            Frequency f = s.frequency();
            if ((f == Frequency.WEEKLY || f == Frequency.MONTHLY) && s.days().isEmpty()) {
                out.add(new Problem(Field.SCHEDULE_DAYS, i, Messages.get("curation.check.days")));
            }
            if (f == Frequency.MONTHLY && (s.monthWeek() == null || s.monthWeek() == 0 || s.monthWeek() < -1
                    || s.monthWeek() > 4)) {
                out.add(new Problem(Field.SCHEDULE_MONTH_WEEK, i, Messages.get("curation.check.monthWeek")));
            }
            if (f == Frequency.ONCE && s.date() == null) {
                out.add(new Problem(Field.SCHEDULE_DATE, i, Messages.get("curation.check.date")));
            }
            if (s.interval() > 52) {
                out.add(new Problem(Field.SCHEDULE_INTERVAL, i, Messages.get("curation.check.interval")));
            }
            if (s.opensAt() == null) {
                out.add(new Problem(Field.SCHEDULE_OPENS, i, Messages.get("curation.check.opens")));
            } else if (s.closesAt() != null && !s.closesAt().isAfter(s.opensAt())) {
                out.add(new Problem(Field.SCHEDULE_CLOSES, i, Messages.get("curation.check.closes")));
            }
            if (s.validFrom() != null && s.validTo() != null && s.validTo().isBefore(s.validFrom())) {
                out.add(new Problem(Field.SCHEDULE_VALID_TO, i, Messages.get("curation.check.validTo")));
            }
        }
        if (!any) {
            out.add(Problem.of(Field.SCHEDULES, Messages.get("curation.check.schedules")));
        }
    }

    private static void place(Location l, int i, List<Problem> out) {
        if (l.online()) {
            return;
        }
        if (l.postcode() == null || !POSTCODE.matcher(l.postcode().strip()).matches()) {
            out.add(new Problem(Field.PLACE_POSTCODE, i, Messages.get("curation.check.postcode")));
        }
        Access stated = AccessibilityText.classify(l.accessibility());
        if (stated != Access.UNKNOWN && stated != l.access()) {
            out.add(new Problem(Field.PLACE_ACCESS, i, Messages.get("curation.check.access")));
        }
        if ((l.latitude() == null) != (l.longitude() == null)) {
            out.add(new Problem(Field.PLACE_COORDINATES, i, Messages.get("curation.check.coordinatesBoth")));
        } else if (l.hasCoordinates() && !inDenmark(l.latitude(), l.longitude())) {
            out.add(new Problem(Field.PLACE_COORDINATES, i, Messages.get("curation.check.coordinates")));
        }
    }

    /** True inside Denmark's bounding box. */
    public static boolean inDenmark(double lat, double lon) {
        return lat >= MIN_LAT && lat <= MAX_LAT && lon >= MIN_LON && lon <= MAX_LON;
    }

    /** An address like {@code navn@forening.dk}. */
    public static boolean isEmail(String text) {
        return EMAIL.matcher(text.strip()).matches();
    }

    /**
     * A Danish phone number of 8 digits (spaces, dashes and a leading +45 or 0045 allowed), or a foreign
     * one written with + and 8 to 15 digits.
     */
    public static boolean isPhone(String text) {
        String t = text.strip().replaceAll("[\\s\\-.()]", "");
        if (t.startsWith("0045")) {
            t = "+45" + t.substring(4);
        }
        if (t.startsWith("+45")) {
            return t.substring(3).matches("\\d{8}");
        }
        if (t.startsWith("+")) {
            return t.substring(1).matches("\\d{8,15}");
        }
        return t.matches("\\d{8}");
    }

    /** An http or https address with a host. */
    public static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
