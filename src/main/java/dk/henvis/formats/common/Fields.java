package dk.henvis.formats.common;

import com.fasterxml.jackson.databind.JsonNode;
import dk.henvis.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed, forgiving access to one JSON object of a source record. Missing keys, {@code null} and blank
 * text read as absent; numbers written as text are accepted; a value of the wrong type (an object where
 * text belongs, {@code "tres"} where a number belongs) fails with a {@link FieldException} naming the
 * field's full path, e.g. {@code service_at_locations[0].location.latitude}.
 */
public final class Fields {
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?(?:[:.](\\d{2}))?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?");

    private final JsonNode node;
    private final String path;

    Fields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public static Fields root(JsonNode node) {
        return new Fields(node, "");
    }

    public String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public JsonNode raw(String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    public boolean has(String key) {
        return raw(key) != null;
    }

    /** Text with whitespace tidied; numbers and booleans as their text; blank is null. */
    public String text(String key) {
        return PlainText.clean(rawText(key));
    }

    /** Text that may hold HTML, as plain text. */
    public String html(String key) {
        return PlainText.fromHtml(rawText(key));
    }

    private String rawText(String key) {
        JsonNode v = raw(key);
        if (v == null) {
            return null;
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        throw wrong(key, Messages.get("import.type.text"), v);
    }

    public Integer integer(String key) {
        JsonNode v = raw(key);
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0 && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual()) {
            String t = v.asText().strip();
            if (t.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw wrong(key, Messages.get("import.type.integer"), v);
    }

    public BigDecimal decimal(String key) {
        JsonNode v = raw(key);
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            String t = v.asText().strip().replace(',', '.');
            if (t.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                // fall through to the error
            }
        }
        throw wrong(key, Messages.get("import.type.number"), v);
    }

    public Double dbl(String key) {
        BigDecimal d = decimal(key);
        return d == null ? null : d.doubleValue();
    }

    /** A latitude (WGS84): a number from -90 to 90. */
    public Double latitude(String key) {
        return within(key, -90, 90, Messages.get("import.type.latitude"));
    }

    /** A longitude (WGS84): a number from -180 to 180. */
    public Double longitude(String key) {
        return within(key, -180, 180, Messages.get("import.type.longitude"));
    }

    /** An age in whole years: 0 to {@link #MAX_AGE}. */
    public Integer age(String key) {
        Integer age = integer(key);
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw wrong(key, Messages.get("import.type.age", MAX_AGE), raw(key));
        }
        return age;
    }

    /** The oldest age a record may state. */
    public static final int MAX_AGE = 120;

    private Double within(String key, double min, double max, String expected) {
        Double d = dbl(key);
        if (d != null && !(d >= min && d <= max)) {
            throw wrong(key, expected, raw(key));
        }
        return d;
    }

    public LocalDate date(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' || t.length() > 10 && t.charAt(10) == ' '
                    ? t.substring(0, 10) : t);
        } catch (java.time.DateTimeException e) {
            throw wrong(key, Messages.get("import.type.date"), raw(key));
        }
    }

    public LocalTime time(String key) {
        String t = text(key);
        if (t == null) {
            return null;
        }
        LocalTime parsed = parseTime(t);
        if (parsed == null) {
            throw wrong(key, Messages.get("import.type.time"), raw(key));
        }
        return parsed;
    }

    /** "10:00", "10.00", "10:00:00", "10:00Z", "9" → a time; null when the text is no time. */
    public static LocalTime parseTime(String t) {
        Matcher m = TIME.matcher(t.strip());
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h == 24 && min == 0) {
            return LocalTime.of(23, 59);
        }
        if (h > 23 || min > 59) {
            return null;
        }
        return LocalTime.of(h, min);
    }

    /** A nested object; absent is null. */
    public Fields object(String key) {
        JsonNode v = raw(key);
        if (v == null) {
            return null;
        }
        if (!v.isObject()) {
            throw wrong(key, Messages.get("import.type.object"), v);
        }
        return new Fields(v, path(key));
    }

    /** A list of objects; absent is empty; a lone object is read as a list of one. */
    public List<Fields> objects(String key) {
        JsonNode v = raw(key);
        if (v == null) {
            return List.of();
        }
        if (v.isObject()) {
            return List.of(new Fields(v, path(key)));
        }
        if (!v.isArray()) {
            throw wrong(key, Messages.get("import.type.array"), v);
        }
        List<Fields> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (e == null || e.isNull()) {
                continue;
            }
            if (!e.isObject()) {
                throw new FieldException(path(key) + "[" + i + "]", Messages.get("import.type.object"), show(e));
            }
            out.add(new Fields(e, path(key) + "[" + i + "]"));
        }
        return out;
    }

    /** A list of texts; a single text or a comma-separated text is split. */
    public List<String> texts(String key) {
        JsonNode v = raw(key);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (e == null || e.isNull()) {
                    continue;
                }
                if (!e.isValueNode()) {
                    throw new FieldException(path(key) + "[" + i + "]", Messages.get("import.type.text"), show(e));
                }
                String t = PlainText.clean(e.asText());
                if (t != null) {
                    out.add(t);
                }
            }
            return out;
        }
        if (!v.isValueNode()) {
            throw wrong(key, Messages.get("import.type.array"), v);
        }
        for (String part : v.asText().split("[,;]")) {
            String t = PlainText.clean(part);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    public FieldException wrong(String key, String expected, JsonNode actual) {
        return new FieldException(path(key), expected, show(actual));
    }

    /** The value as the user wrote it, shortened to one short line. */
    public static String show(JsonNode v) {
        String s = v == null ? "null" : v.toString();
        s = s.replaceAll("\\s+", " ");
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
