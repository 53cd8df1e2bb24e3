package dk.henvis.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's answer in the shared folder: which flags are resolved, and when. JSON, UTF-8:
 * {@code {"format": "henvis-flag-resolutions", "version": 1, "written": "2026-11-28",
 * "resolutions": [{"id": "…", "resolved": "2026-11-28"}]}}. Ids and dates only: the flag texts stay
 * with the laptops that wrote them and the coordinator.
 */
public final class ResolutionFile {
    public static final String FORMAT = "henvis-flag-resolutions";
    public static final int VERSION = 1;

    private ResolutionFile() {
    }

    public static String write(LocalDate written, List<Flag> resolved) {
        ObjectNode root = FlagFile.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("written", written.toString());
        ArrayNode list = root.putArray("resolutions");
        for (Flag f : resolved) {
            list.addObject().put("id", f.id()).put("resolved", f.resolvedOn().toString());
        }
        return FlagFile.json(root);
    }

    /**
     * Reads a resolutions file: flag id to the day it was resolved.
     *
     * @throws BadInputException naming the file (and the entry) when it is malformed or of a newer version
     */
    public static Map<String, LocalDate> read(String where, String json) {
        JsonNode root = FlagFile.header(where, json, FORMAT, VERSION);
        FlagFile.date(root, "written", where);
        JsonNode list = root.get("resolutions");
        if (list == null || !list.isArray()) {
            throw new BadInputException(Messages.get("flags.file.field", where, "resolutions"));
        }
        Map<String, LocalDate> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = Messages.get("flags.file.record", where, i + 1);
            JsonNode n = list.get(i);
            if (!n.isObject()) {
                throw new BadInputException(Messages.get("flags.file.field", at, "resolutions[]"));
            }
            out.put(FlagFile.text(n, "id", at), FlagFile.date(n, "resolved", at));
        }
        return out;
    }
}
