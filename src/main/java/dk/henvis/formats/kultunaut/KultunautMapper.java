package dk.henvis.formats.kultunaut;

import dk.henvis.formats.common.CostText;
import dk.henvis.formats.common.Fields;
import dk.henvis.formats.common.PlainText;
import dk.henvis.catalog.Access;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Provenance;
import dk.henvis.catalog.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link KultunautEvent} into an {@link Offer}: a single date is a one-off session, a date range
 * spanning weeks with a weekday a weekly schedule valid from–to; the free-text time is read by
 * {@link KultunautTimeParser} and always kept as the schedule's description. KultuNaut states no focus
 * level, so it stays unknown.
 */
final class KultunautMapper {
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final DateTimeFormatter DMY_DOTS = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final DateTimeFormatter DMY_SLASH = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** KultuNaut genre words → the catalogue's categories. */
    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("kor", "Sang og musik");
        CATEGORIES.put("sang", "Sang og musik");
        CATEGORIES.put("musik", "Sang og musik");
        CATEGORIES.put("koncert", "Sang og musik");
        CATEGORIES.put("dans", "Dans");
        CATEGORIES.put("motion", "Motion og bevægelse");
        CATEGORIES.put("sport", "Motion og bevægelse");
        CATEGORIES.put("gymnastik", "Motion og bevægelse");
        CATEGORIES.put("yoga", "Motion og bevægelse");
        CATEGORIES.put("natur", "Natur og gåture");
        CATEGORIES.put("gåtur", "Natur og gåture");
        CATEGORIES.put("vandring", "Natur og gåture");
        CATEGORIES.put("strik", "Håndarbejde og kreativitet");
        CATEGORIES.put("håndarbejde", "Håndarbejde og kreativitet");
        CATEGORIES.put("kreativ", "Håndarbejde og kreativitet");
        CATEGORIES.put("udstilling", "Kunst og kultur");
        CATEGORIES.put("kunst", "Kunst og kultur");
        CATEGORIES.put("teater", "Kunst og kultur");
        CATEGORIES.put("film", "Kunst og kultur");
        CATEGORIES.put("museum", "Kunst og kultur");
        CATEGORIES.put("litteratur", "Læsning og litteratur");
        CATEGORIES.put("læse", "Læsning og litteratur");
        CATEGORIES.put("bog", "Læsning og litteratur");
        CATEGORIES.put("forfatter", "Læsning og litteratur");
        CATEGORIES.put("foredrag", "Undervisning og kurser");
        CATEGORIES.put("kursus", "Undervisning og kurser");
        CATEGORIES.put("spil", "Spil og kort");
        CATEGORIES.put("bridge", "Spil og kort");
        CATEGORIES.put("banko", "Spil og kort");
        CATEGORIES.put("spisning", "Mad og fællesspisning");
        CATEGORIES.put("mad", "Mad og fællesspisning");
        CATEGORIES.put("gudstjeneste", "Tro og kirke");
        CATEGORIES.put("kirke", "Tro og kirke");
        CATEGORIES.put("børn", "Børn og familie");
        CATEGORIES.put("familie", "Børn og familie");
        CATEGORIES.put("it-", "Digital hjælp");
        CATEGORIES.put("digital", "Digital hjælp");
        CATEGORIES.put("have", "Have og værksted");
    }

    private KultunautMapper() {
    }

    static Offer toOffer(String source, KultunautEvent e) {
        Set<String> tags = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        for (String tag : e.tags()) {
            tags.add(tag);
            category(tag, categories);
        }
        for (String target : e.targets()) {
            targetGroups(target, groups, categories, tags);
        }
        String description = PlainText.fromHtml(e.longDescription());
        if (description == null) {
            description = PlainText.fromHtml(e.shortDescription());
        }
        String title = PlainText.clean(PlainText.fromHtml(e.title()));
        List<Location> locations = location(e);
        Schedule schedule = schedule(e);
        return new Offer(new OfferKey(source, e.id()), title, null, description, PlainText.clean(e.link()), null,
                OfferStatus.ACTIVE,
                e.organizer() == null ? Organisation.NONE : new Organisation(null, e.organizer(), null, null),
                locations, schedule == null ? List.of() : List.of(schedule), AgeRange.ANY, cost(e.fee()),
                List.copyOf(categories), List.copyOf(tags), List.of(), List.of(), null, List.copyOf(groups),
                AudienceSex.ANY, null, false, null, new Provenance(source, e.id(), null, null, e.changed()));
    }

    private static List<Location> location(KultunautEvent e) {
        if (e.locationName() == null && e.street() == null && e.postcode() == null && e.city() == null
                && e.latitude() == null) {
            return List.of();
        }
        return List.of(new Location(null, e.locationName(), e.street(), e.postcode(), e.city(), e.latitude(),
                e.longitude(), null, Access.UNKNOWN, null, false));
    }

    static Cost cost(String fee) {
        String text = PlainText.clean(fee);
        if (text == null) {
            return Cost.UNKNOWN;
        }
        return new Cost(CostText.amount(text), text);
    }

    static void category(String word, Set<String> categories) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> c : CATEGORIES.entrySet()) {
            if (w.contains(c.getKey())) {
                categories.add(c.getValue());
            }
        }
    }

    private static void targetGroups(String target, Set<String> groups, Set<String> categories, Set<String> tags) {
        String t = target.toLowerCase(Locale.ROOT);
        if (t.contains("ældre") || t.contains("senior") || t.contains("pensionist") || t.contains("65+")) {
            groups.add("senior");
        }
        if (t.contains("unge") || t.contains("teen")) {
            groups.add("unge");
        }
        if (t.contains("familie") || t.contains("forældre")) {
            groups.add("forældre");
            categories.add("Børn og familie");
        }
        if (t.contains("børn")) {
            categories.add("Børn og familie");
        }
        if (t.contains("handicap")) {
            groups.add("handicap");
        }
        if (!t.equals("alle") && !t.equals("voksne")) {
            tags.add(target);
        }
    }

    static Schedule schedule(KultunautEvent e) {
        String text = PlainText.clean(e.time());
        KultunautTimeParser.Result parsed = KultunautTimeParser.parse(text);
        LocalTime opens = parsed.opens();
        LocalTime closes = parsed.closes();
        if (opens == null && e.startTime() != null) {
            opens = Fields.parseTime(e.startTime());
        }
        LocalDate start = e.start();
        LocalDate end = e.end() == null || (start != null && e.end().isBefore(start)) ? start : e.end();
        List<DayOfWeek> days = parsed.days();
        Frequency rhythm = parsed.monthWeek() != null ? Frequency.MONTHLY : Frequency.WEEKLY;
        if (start == null) {
            if (!days.isEmpty()) {
                return new Schedule(rhythm, parsed.interval(), days, parsed.monthWeek(), null, opens, closes, null,
                        null, parsed.sessions(), text);
            }
            return text == null && opens == null ? null
                    : new Schedule(null, 1, List.of(), null, null, opens, closes, null, null, parsed.sessions(), text);
        }
        if (end.equals(start)) {
            return new Schedule(Frequency.ONCE, 1, List.of(), null, start, opens, closes, null,
                    null, parsed.sessions(), text);
        }
        long span = ChronoUnit.DAYS.between(start, end);
        if (!days.isEmpty()) {
            return new Schedule(rhythm, parsed.interval(), days, parsed.monthWeek(), null, opens, closes, start, end,
                    parsed.sessions(), text);
        }
        if (span >= 7 && (parsed.sessions() != null || parsed.interval() > 1)) {
            return new Schedule(Frequency.WEEKLY, parsed.interval(), List.of(start.getDayOfWeek()), null, null, opens,
                    closes, start, end, parsed.sessions(), text);
        }
        return new Schedule(null, 1, List.of(), null, null, opens, closes, start, end, parsed.sessions(), text);
    }

    /** dd-mm-yyyy as KultuNaut writes it; also yyyy-mm-dd, dd.mm.yyyy and dd/mm/yyyy. Null when it is none. */
    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 10 && (t.charAt(10) == ' ' || t.charAt(10) == 'T')) {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DMY, DateTimeFormatter.ISO_LOCAL_DATE, DMY_DOTS,
            DMY_SLASH}) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException ex) {
                // try the next form
            }
        }
        return null;
    }

    /** KultuNaut's change time ("27-11-2026 10:15:00" or ISO), null when it cannot be read. */
    static java.time.Instant parseChanged(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // try the local forms
        }
        for (String pattern : new String[] {"d-M-uuuu HH:mm:ss", "d-M-uuuu HH:mm", "uuuu-MM-dd HH:mm:ss",
            "uuuu-MM-dd'T'HH:mm:ss"}) {
            try {
                return java.time.LocalDateTime.parse(t, DateTimeFormatter.ofPattern(pattern))
                        .atZone(java.time.ZoneId.of("Europe/Copenhagen")).toInstant();
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        LocalDate d = parseDate(t);
        return d == null ? null : d.atStartOfDay(java.time.ZoneId.of("Europe/Copenhagen")).toInstant();
    }
}
