package dk.henvis.formats.hsds;

import dk.henvis.catalog.OfferKey;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The uuids HSDS 3.0 requires for every {@code id} (ADR 0012). An id that already is a uuid is kept; any other
 * is replaced by a name-based uuid (RFC 4122 version 3) of the offer's source and id, so the same offer gets the
 * same uuid in every publication and in both the JSON file and the data package. The original id travels along
 * (a {@code henvis:id} attribute, a location's {@code external_identifier}, an organisation identifier) so that
 * importing an export gives back the same offers.
 */
final class HsdsIds {
    /** The scheme name written beside an original id. */
    static final String SCHEME = "henvis";
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private HsdsIds() {
    }

    static boolean isUuid(String id) {
        return id != null && UUID_TEXT.matcher(id).matches();
    }

    /** The uuid of the offer's service. */
    static String service(OfferKey key) {
        return isUuid(key.sourceId()) ? key.sourceId() : derived("service", key.source(), key.sourceId());
    }

    /** The uuid of a record the offer's source names by {@code id} (a location, an organisation). */
    static String of(String kind, String source, String id) {
        return isUuid(id) ? id : derived(kind, source, id);
    }

    /** The uuid of the n-th child record of a kind (a schedule, a contact) of a parent with uuid {@code parent}. */
    static String child(String parent, String kind, int n) {
        return derived(kind, parent, Integer.toString(n));
    }

    /** A name-based uuid; the parts are joined with a separator that cannot occur in them. */
    static String derived(String kind, String... parts) {
        String name = SCHEME + ":" + kind + "\u001f" + String.join("\u001f", parts);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
