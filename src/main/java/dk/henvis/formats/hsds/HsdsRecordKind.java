package dk.henvis.formats.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What an HSDS 3.0 JSON object is, told from its keys (the API's lists and the official examples carry no type
 * field): a service, a service-at-location (its {@code service} and {@code location}), or a record Henvis does not
 * import as offers (an organisation, a location alone, a taxonomy or a taxonomy term).
 */
public enum HsdsRecordKind {
    SERVICE("service"),
    SERVICE_AT_LOCATION("service_at_location"),
    ORGANIZATION("organization"),
    LOCATION("location"),
    TAXONOMY("taxonomy"),
    TAXONOMY_TERM("taxonomy_term");

    private static final List<String> ORGANIZATION_ONLY = List.of("website", "tax_status", "tax_id",
            "year_incorporated", "legal_status", "logo", "uri", "parent_organization_id", "organization_identifiers",
            "services", "programs");
    private static final List<String> LOCATION_ONLY = List.of("location_type", "latitude", "longitude", "addresses",
            "external_identifier");
    private static final List<String> TERM_ONLY = List.of("term_uri", "taxonomy_detail", "parent_id", "code");
    private static final List<String> SERVICE_ONLY = List.of("status", "service_at_locations", "organization",
            "eligibility_description", "schedules", "cost_options", "attributes", "minimum_age", "maximum_age",
            "fees_description", "application_process");

    private final String hsdsName;

    HsdsRecordKind(String hsdsName) {
        this.hsdsName = hsdsName;
    }

    /** The HSDS name of the record type ("organization"). */
    public String hsdsName() {
        return hsdsName;
    }

    /** The kind of an object; anything not recognisably something else is a service. */
    public static HsdsRecordKind of(JsonNode o) {
        if (o == null || !o.isObject()) {
            return SERVICE;
        }
        if (o.path("service").isObject() || o.has("service_id") && o.has("location_id") && !o.has("name")) {
            return SERVICE_AT_LOCATION;
        }
        if (hasAny(o, LOCATION_ONLY) && !o.has("status") && !o.has("service_at_locations")) {
            return LOCATION; // a location may carry schedules and languages, but never a service's status
        }
        if (hasAny(o, SERVICE_ONLY)) {
            return SERVICE;
        }
        if (o.has("version") && onlyKeys(o, TAXONOMY_KEYS)) {
            return TAXONOMY;
        }
        if (hasAny(o, ORGANIZATION_ONLY)) {
            return ORGANIZATION;
        }
        if (hasAny(o, TERM_ONLY)) {
            return TAXONOMY_TERM;
        }
        return SERVICE;
    }

    private static final List<String> TAXONOMY_KEYS = List.of("id", "name", "description", "uri", "version",
            "metadata");

    private static boolean onlyKeys(JsonNode o, List<String> keys) {
        java.util.Iterator<String> names = o.fieldNames();
        while (names.hasNext()) {
            if (!keys.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasAny(JsonNode o, List<String> keys) {
        for (String k : keys) {
            if (o.has(k)) {
                return true;
            }
        }
        return false;
    }
}
