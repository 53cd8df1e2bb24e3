package dk.henvis.curation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.PersonalData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The flag file one installation writes into the coordinator's folder: its open flags. JSON, UTF-8:
 * {@code {"format": "henvis-flags", "version": 1, "installation": "…", "written": "2026-11-27",
 * "flags": [{"id", "source", "offerId", "offerName", "text", "created", "unit"}]}}. A file of a newer
 * version or a malformed one is refused whole.
 */
public final class FlagFile {
    public static final String FORMAT = "henvis-flags";
    public static final int VERSION = 1;
    /** The longest flag text accepted (a flag is a short remark, not a report). */
    public static final int MAX_TEXT = 500;
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What one file holds. */
    public record Content(String installation, LocalDate written, List<Flag> flags) {
    }

    private FlagFile() {
    }

    public static String write(String installation, LocalDate written, List<Flag> flags) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("installation", installation);
        root.put("written", written.toString());
        ArrayNode list = root.putArray("flags");
        for (Flag f : flags) {
            list.addObject().put("id", f.id()).put("source", f.offer().source()).put("offerId", f.offer().sourceId())
                    .put("offerName", f.offerName()).put("text", f.text()).put("created", f.created().toString())
                    .put("unit", f.unit());
        }
        return json(root);
    }

    /**
     * Reads a flag file; every flag comes back open, with the file's installation as its origin.
     *
     * @param where the file's name, for messages
     * @throws BadInputException naming the file (and the flag) when it is malformed or of a newer version
     */
    public static Content read(String where, String json) {
        JsonNode root = header(where, json, FORMAT, VERSION);
        String installation = text(root, "installation", where);
        LocalDate written = date(root, "written", where);
        JsonNode list = root.get("flags");
        if (list == null || !list.isArray()) {
            throw new BadInputException(Messages.get("flags.file.field", where, "flags"));
        }
        List<Flag> flags = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String at = Messages.get("flags.file.record", where, i + 1);
            if (!n.isObject()) {
                throw new BadInputException(Messages.get("flags.file.field", at, "flags[]"));
            }
            String text = text(n, "text", at);
            String unit = optional(n, "unit", at);
            if (PersonalData.hasCpr(text) || PersonalData.hasCpr(unit) || PersonalData.hasCpr(text(n, "offerName", at))) {
                throw new BadInputException(Messages.get("flags.file.cpr", at));
            }
            if (text.length() > MAX_TEXT) {
                throw new BadInputException(Messages.get("flags.file.tooLong", at, MAX_TEXT));
            }
            flags.add(new Flag(text(n, "id", at), new OfferKey(text(n, "source", at), text(n, "offerId", at)),
                    text(n, "offerName", at), text, date(n, "created", at), unit, installation,
                    Flag.Status.OPEN, null));
        }
        return new Content(installation, written, flags);
    }

    /** Parses the JSON and checks format and version. */
    static JsonNode header(String where, String json, String format, int version) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException(Messages.get("flags.file.notJson", where,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr()));
        }
        if (root == null || !root.isObject() || !format.equals(root.path("format").asText(null))) {
            throw new BadInputException(Messages.get("flags.file.wrongFormat", where, format));
        }
        JsonNode v = root.get("version");
        if (v == null || !v.isInt() || v.intValue() < 1) {
            throw new BadInputException(Messages.get("flags.file.noVersion", where));
        }
        if (v.intValue() > version) {
            throw new BadInputException(Messages.get("flags.file.newer", where, v.intValue(), version));
        }
        return root;
    }

    static String json(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(JsonNode n, String key, String where) {
        String v = optional(n, key, where);
        if (v == null || v.isBlank()) {
            throw new BadInputException(Messages.get("flags.file.field", where, key));
        }
        return v;
    }

    static String optional(JsonNode n, String key, String where) {
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadInputException(Messages.get("flags.file.field", where, key));
        }
        return v.textValue();
    }

    static LocalDate date(JsonNode n, String key, String where) {
        try {
            return LocalDate.parse(text(n, key, where));
        } catch (DateTimeParseException e) {
            throw new BadInputException(Messages.get("flags.file.field", where, key));
        }
    }
}
