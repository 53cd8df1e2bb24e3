package dk.henvis.matching;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.GeoPoint;
import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a citizen profile (contract §2) strictly: a known key with the wrong type or an impossible
 * value is bad input, named with key and value in one Danish line; unknown keys are ignored.
 */
public final class ProfileReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    /** The largest profile read: a few hundred interest words fit many times over. */
    public static final long MAX_BYTES = 64 * 1024;

    private final Gazetteer gazetteer;

    public ProfileReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Reads a profile file; the file's name appears in every error. A profile is a regular file of at most
     * {@link #MAX_BYTES} bytes (a named pipe would block for ever, 10 MB of interest words would take
     * seconds and gigabytes) and holds at least a JSON object: an empty file is bad input.
     */
    public CitizenProfile read(Path file) {
        String text;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new BadInputException(Messages.get("match.profile.notAFile", file));
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new BadInputException(Messages.get("match.profile.tooBig", file, size / 1024, MAX_BYTES / 1024));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(Messages.get("match.profile.unreadable", file, e.getMessage()), e);
        }
        if (text.isBlank()) {
            throw new BadInputException(Messages.get("match.profile.empty", file));
        }
        return parse(text, file.toString());
    }

    /** Parses profile JSON; {@code where} names its origin in errors (a file name, "GUI"). */
    public CitizenProfile parse(String json, String where) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException(Messages.get("match.profile.malformed", where,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage()), e);
        }
        if (root == null || root.isMissingNode()) {
            return CitizenProfile.EMPTY;
        }
        if (!root.isObject()) {
            throw new BadInputException(Messages.get("match.profile.notObject", where));
        }
        Reader r = new Reader(root, where);
        Integer age = r.age();
        String postcode = r.string("postcode");
        GeoPoint home = r.home();
        if (postcode != null && !gazetteer.isPostcode(postcode)) {
            throw r.bad("postcode", postcode, Messages.get("match.profile.why.postcode"));
        }
        return new CitizenProfile(age, postcode == null ? null : postcode.strip(), home, r.words("interests"),
                r.needs(), r.maxDistance(), r.availability(), r.focus(), r.words("groups"), r.languages(), r.sex());
    }

    /** Where a profile lives: its own home, else its postcode's centre, else nowhere. */
    public static GeoPoint homeOf(CitizenProfile p, Gazetteer gazetteer) {
        if (p.home() != null) {
            return p.home();
        }
        return gazetteer.byPostcode(p.postcode()).map(Gazetteer.Place::point).orElse(null);
    }

    private static final class Reader {
        private final JsonNode root;
        private final String where;

        Reader(JsonNode root, String where) {
            this.root = root;
            this.where = where;
        }

        BadInputException bad(String key, Object value, String why) {
            return new BadInputException(Messages.get("match.profile.bad", where, key, String.valueOf(value), why));
        }

        private JsonNode get(String key) {
            JsonNode n = root.get(key);
            return n == null || n.isNull() ? null : n;
        }

        private static String show(JsonNode n) {
            return n.isTextual() ? n.textValue() : n.toString();
        }

        Integer age() {
            JsonNode n = get("age");
            if (n == null) {
                return null;
            }
            if (!n.isIntegralNumber() && !(n.isNumber() && n.doubleValue() == Math.rint(n.doubleValue()))) {
                throw bad("age", show(n), Messages.get("match.profile.why.integer"));
            }
            double v = n.doubleValue();
            if (v < 0 || v > 120) {
                throw bad("age", show(n), Messages.get("match.profile.why.age"));
            }
            return (int) v;
        }

        String string(String key) {
            JsonNode n = get(key);
            if (n == null) {
                return null;
            }
            if (!n.isTextual()) {
                throw bad(key, show(n), Messages.get("match.profile.why.string"));
            }
            String s = n.textValue().strip();
            return s.isEmpty() ? null : s;
        }

        GeoPoint home() {
            JsonNode n = get("home");
            if (n == null) {
                return null;
            }
            if (!n.isObject()) {
                throw bad("home", show(n), Messages.get("match.profile.why.home"));
            }
            JsonNode lat = n.get("lat");
            JsonNode lon = n.get("lon");
            if (lat == null || !lat.isNumber()) {
                throw bad("home.lat", lat == null ? "" : show(lat), Messages.get("match.profile.why.number"));
            }
            if (lon == null || !lon.isNumber()) {
                throw bad("home.lon", lon == null ? "" : show(lon), Messages.get("match.profile.why.number"));
            }
            if (lat.doubleValue() < -90 || lat.doubleValue() > 90) {
                throw bad("home.lat", show(lat), Messages.get("match.profile.why.coordinate"));
            }
            if (lon.doubleValue() < -180 || lon.doubleValue() > 180) {
                throw bad("home.lon", show(lon), Messages.get("match.profile.why.coordinate"));
            }
            return new GeoPoint(lat.doubleValue(), lon.doubleValue());
        }

        private List<JsonNode> array(String key) {
            JsonNode n = get(key);
            if (n == null) {
                return List.of();
            }
            if (!n.isArray()) {
                throw bad(key, show(n), Messages.get("match.profile.why.array"));
            }
            List<JsonNode> items = new ArrayList<>();
            n.forEach(items::add);
            return items;
        }

        List<String> words(String key) {
            List<String> out = new ArrayList<>();
            for (JsonNode item : array(key)) {
                if (!item.isTextual()) {
                    throw bad(key, show(item), Messages.get("match.profile.why.string"));
                }
                String s = item.textValue().strip();
                if (!s.isEmpty() && !out.contains(s)) {
                    out.add(s);
                }
            }
            return out;
        }

        Set<Need> needs() {
            Set<Need> needs = EnumSet.noneOf(Need.class);
            for (String code : words("needs")) {
                needs.add(Need.fromCode(code.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> bad("needs", code, Messages.get("match.profile.why.need"))));
            }
            if (needs.contains(Need.WOMEN_ONLY) && needs.contains(Need.MEN_ONLY)) {
                throw bad("needs", "women_only, men_only", Messages.get("match.profile.why.bothSexes"));
            }
            return needs;
        }

        Double maxDistance() {
            JsonNode n = get("maxDistanceKm");
            if (n == null) {
                return null;
            }
            if (!n.isNumber()) {
                throw bad("maxDistanceKm", show(n), Messages.get("match.profile.why.number"));
            }
            if (n.doubleValue() < 0 || Double.isNaN(n.doubleValue())) {
                throw bad("maxDistanceKm", show(n), Messages.get("match.profile.why.distance"));
            }
            return n.doubleValue();
        }

        List<Availability> availability() {
            List<Availability> out = new ArrayList<>();
            for (JsonNode item : array("availability")) {
                if (!item.isObject()) {
                    throw bad("availability", show(item), Messages.get("match.profile.why.slot"));
                }
                JsonNode day = item.get("day");
                if (day == null || !day.isTextual()) {
                    throw bad("availability.day", day == null ? "" : show(day), Messages.get("match.profile.why.day"));
                }
                DayOfWeek dow = DAYS.get(day.textValue().strip().toUpperCase(Locale.ROOT));
                if (dow == null) {
                    throw bad("availability.day", day.textValue(), Messages.get("match.profile.why.day"));
                }
                LocalTime from = time(item, "from", LocalTime.MIN);
                LocalTime to = time(item, "to", LocalTime.MAX);
                if (!from.isBefore(to)) {
                    throw bad("availability.to", show(item.get("to")), Messages.get("match.profile.why.order"));
                }
                out.add(new Availability(dow, from, to));
            }
            return out;
        }

        private LocalTime time(JsonNode slot, String key, LocalTime missing) {
            JsonNode n = slot.get(key);
            if (n == null || n.isNull()) {
                return missing;
            }
            String full = "availability." + key;
            if (!n.isTextual()) {
                throw bad(full, show(n), Messages.get("match.profile.why.time"));
            }
            Matcher m = TIME.matcher(n.textValue().strip());
            if (!m.matches()) {
                throw bad(full, n.textValue(), Messages.get("match.profile.why.time"));
            }
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (h == 24 && min == 0) {
                return LocalTime.MAX;
            }
            if (h > 23 || min > 59) {
                throw bad(full, n.textValue(), Messages.get("match.profile.why.time"));
            }
            return LocalTime.of(h, min);
        }

        Sex sex() {
            String s = string("sex");
            if (s == null) {
                return null;
            }
            return Sex.fromCode(s).orElseThrow(() -> bad("sex", s, Messages.get("match.profile.why.sex")));
        }

        FocusLevel focus() {
            String s = string("focus");
            if (s == null) {
                return null;
            }
            return FocusLevel.fromCode(s).orElseThrow(() -> bad("focus", s, Messages.get("match.profile.why.focus")));
        }

        List<String> languages() {
            List<String> out = new ArrayList<>();
            for (String s : words("languages")) {
                String code = s.toLowerCase(Locale.ROOT);
                if (!code.matches("[a-z]{2,3}(-[a-z0-9]+)?")) {
                    throw bad("languages", s, Messages.get("match.profile.why.language"));
                }
                out.add(code.substring(0, code.contains("-") ? code.indexOf('-') : code.length()));
            }
            return out;
        }
    }

}
