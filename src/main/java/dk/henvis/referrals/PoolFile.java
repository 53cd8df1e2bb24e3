package dk.henvis.referrals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The pooling file: a log exported from one laptop and imported into a coordinator's copy. JSON,
 * UTF-8: {@code {"format": "henvis-referral-log", "version": 1, "exported": "2026-11-27",
 * "referrals": [...]}}. A file of a newer version or a malformed one is refused whole.
 */
public final class PoolFile {
    public static final String FORMAT = "henvis-referral-log";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PoolFile() {
    }

    public static String write(LocalDate exported, List<ReferralRecord> records) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("exported", exported.toString());
        ArrayNode list = root.putArray("referrals");
        for (ReferralRecord r : records) {
            ObjectNode n = list.addObject();
            n.put("code", r.code().value());
            n.put("date", r.date().toString());
            n.put("unit", r.unit());
            n.put("focus", r.focus() == null ? null : r.focus().code());
            n.put("ageBand", r.ageBand() == null ? null : r.ageBand().code());
            n.put("postcode", r.postcode());
            n.put("followupConsent", r.followupConsent());
            putUcla(n, r.ucla());
            ArrayNode offers = n.putArray("offers");
            for (ReferredOffer o : r.offers()) {
                offers.addObject().put("source", o.source()).put("id", o.offerId()).put("name", o.name())
                        .put("category", o.category());
            }
            FollowUp f = r.followUp();
            if (f == null) {
                n.putNull("followup");
            } else {
                ObjectNode fn = n.putObject("followup");
                fn.put("date", f.date().toString());
                fn.put("attended", f.attended());
                if (f.stillGoing() == null) {
                    fn.putNull("stillGoing");
                } else {
                    fn.put("stillGoing", f.stillGoing());
                }
                putUcla(fn, f.ucla());
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putUcla(ObjectNode n, UclaScore u) {
        if (u == null) {
            n.putNull("ucla");
        } else {
            n.putArray("ucla").add(u.item1()).add(u.item2()).add(u.item3());
        }
    }

    /**
     * Reads a pooling file.
     *
     * @param where the file's name, for messages
     * @throws BadInputException naming the file (and the record) when it is malformed or newer
     */
    public static List<ReferralRecord> read(String where, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException(Messages.get("referral.pool.notJson", where,
                    String.valueOf(e.getLocation() == null ? 0 : e.getLocation().getLineNr())));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new BadInputException(Messages.get("referral.pool.notPool", where));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isInt() || version.intValue() < 1) {
            throw new BadInputException(Messages.get("referral.pool.noVersion", where));
        }
        if (version.intValue() > VERSION) {
            throw new BadInputException(Messages.get("referral.pool.newer", where, version.intValue(), VERSION));
        }
        JsonNode list = root.get("referrals");
        if (list == null || !list.isArray()) {
            throw new BadInputException(Messages.get("referral.pool.noReferrals", where));
        }
        List<ReferralRecord> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            try {
                out.add(record(list.get(i)));
            } catch (BadInputException | IllegalArgumentException | NullPointerException e) {
                throw new BadInputException(Messages.get("referral.pool.badRecord", where, String.valueOf(i + 1), e.getMessage()), e);
            }
        }
        return out;
    }

    private static ReferralRecord record(JsonNode n) {
        if (!n.isObject()) {
            throw new BadInputException(Messages.get("referral.pool.field", "referrals[]"));
        }
        List<ReferredOffer> offers = new ArrayList<>();
        JsonNode offerList = n.path("offers");
        if (!offerList.isMissingNode() && !offerList.isNull()) {
            if (!offerList.isArray()) {
                throw new BadInputException(Messages.get("referral.pool.field", "offers"));
            }
            for (JsonNode o : offerList) {
                offers.add(new ReferredOffer(requiredText(o, "source"), requiredText(o, "id"), requiredText(o, "name"),
                        optionalText(o, "category")));
            }
        }
        String focus = optionalText(n, "focus");
        String band = optionalText(n, "ageBand");
        JsonNode consent = n.path("followupConsent");
        if (!consent.isMissingNode() && !consent.isBoolean()) {
            throw new BadInputException(Messages.get("referral.pool.field", "followupConsent"));
        }
        return new ReferralRecord(
                ReferralCode.parse(requiredText(n, "code")),
                date(n, "date"),
                optionalText(n, "unit"),
                focus == null ? null : FocusLevel.fromCode(focus)
                        .orElseThrow(() -> new BadInputException(Messages.get("referral.pool.field", "focus"))),
                band == null ? null : AgeBand.fromCode(band)
                        .orElseThrow(() -> new BadInputException(Messages.get("referral.pool.field", "ageBand"))),
                optionalText(n, "postcode"),
                consent.asBoolean(false),
                ucla(n),
                offers,
                followUp(n.path("followup")));
    }

    private static FollowUp followUp(JsonNode f) {
        if (f.isMissingNode() || f.isNull()) {
            return null;
        }
        JsonNode attended = f.path("attended");
        JsonNode still = f.path("stillGoing");
        if (!f.isObject() || !attended.isBoolean() || !(still.isMissingNode() || still.isNull() || still.isBoolean())) {
            throw new BadInputException(Messages.get("referral.pool.field", "followup"));
        }
        return new FollowUp(date(f, "date"), attended.booleanValue(),
                still.isBoolean() ? still.booleanValue() : null, ucla(f));
    }

    private static UclaScore ucla(JsonNode n) {
        JsonNode u = n.path("ucla");
        if (u.isMissingNode() || u.isNull()) {
            return null;
        }
        if (!u.isArray() || u.size() != 3 || !u.get(0).isInt() || !u.get(1).isInt() || !u.get(2).isInt()) {
            throw new BadInputException(Messages.get("referral.pool.field", "ucla"));
        }
        return new UclaScore(u.get(0).intValue(), u.get(1).intValue(), u.get(2).intValue());
    }

    private static LocalDate date(JsonNode n, String key) {
        try {
            return LocalDate.parse(requiredText(n, key));
        } catch (DateTimeParseException e) {
            throw new BadInputException(Messages.get("referral.pool.field", key));
        }
    }

    private static String requiredText(JsonNode n, String key) {
        String v = optionalText(n, key);
        if (v == null) {
            throw new BadInputException(Messages.get("referral.pool.field", key));
        }
        return v;
    }

    private static String optionalText(JsonNode n, String key) {
        JsonNode v = n.path(key);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadInputException(Messages.get("referral.pool.field", key));
        }
        return v.textValue();
    }
}
