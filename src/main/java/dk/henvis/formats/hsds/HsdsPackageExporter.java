package dk.henvis.formats.hsds;

import dk.henvis.catalog.AtomicFiles;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.Organisation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes offers as an HSDS tabular data package folder: {@code datapackage.json} and one CSV per table,
 * which the package reader joins back into the same offers. The folder is replaced atomically; an existing
 * folder is only replaced when it holds a data package (or nothing).
 */
public final class HsdsPackageExporter {
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tables and their columns, in the order they are listed in {@code datapackage.json}. */
    private static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("organizations", List.of("id", "name", "description", "website"));
        TABLES.put("services", List.of("id", "organization_id", "name", "alternate_name", "description", "url",
                "email", "status", "eligibility_description", "minimum_age", "maximum_age", "fees_description",
                "assured_date"));
        TABLES.put("locations", List.of("id", "location_type", "name", "latitude", "longitude", "transportation"));
        TABLES.put("service_at_locations", List.of("id", "service_id", "location_id"));
        TABLES.put("addresses", List.of("id", "location_id", "address_1", "city", "postal_code", "state_province",
                "country", "address_type"));
        TABLES.put("accessibility", List.of("id", "location_id", "description"));
        TABLES.put("schedules", List.of("id", "service_id", "freq", "interval", "byday", "opens_at", "closes_at",
                "valid_from", "valid_to", "dtstart", "description"));
        TABLES.put("cost_options", List.of("id", "service_id", "amount", "currency", "option"));
        TABLES.put("languages", List.of("id", "service_id", "code"));
        TABLES.put("contacts", List.of("id", "service_id", "name", "title", "email"));
        TABLES.put("phones", List.of("id", "contact_id", "number"));
        TABLES.put("taxonomy_terms", List.of("id", "name", "taxonomy"));
        TABLES.put("attributes", List.of("id", "link_id", "link_type", "link_entity", "taxonomy_term_id"));
    }

    /** Writes the package folder {@code dir}; ids must be unique (see {@link ExportChecks#uniqueIds}). */
    public void export(List<Offer> offers, Path dir) {
        ExportChecks.uniqueIds(offers);
        Map<String, List<Map<String, String>>> rows = tables(offers);
        AtomicFiles.replaceFolder(dir, HsdsPackageExporter::isPackage, tmp -> {
            writeDescriptor(tmp.resolve(DataPackage.DESCRIPTOR));
            for (Map.Entry<String, List<String>> t : TABLES.entrySet()) {
                writeCsv(tmp.resolve(t.getKey() + ".csv"), t.getValue(), rows.get(t.getKey()));
            }
        });
    }

    /** True when the folder holds a data package, so it is a previous export to replace. */
    static boolean isPackage(Path dir) {
        return Files.isRegularFile(dir.resolve(DataPackage.DESCRIPTOR));
    }

    private static Map<String, List<Map<String, String>>> tables(List<Offer> offers) {
        Map<String, List<Map<String, String>>> rows = new HashMap<>();
        for (String t : TABLES.keySet()) {
            rows.put(t, new ArrayList<>());
        }
        Map<String, Organisation> orgs = new HashMap<>();
        Map<String, Location> locations = new HashMap<>();
        Map<String, String> terms = new HashMap<>();
        for (Offer o : offers) {
            ObjectNode s = HsdsServiceWriter.service(o);
            String id = o.id();
            Map<String, String> service = row(s, TABLES.get("services"));
            Organisation org = HsdsServiceWriter.organisation(o);
            if (org != null) {
                Organisation known = orgs.putIfAbsent(org.id(), org);
                if (known != null && !known.equals(org)) {
                    org = new Organisation(org.id() + "~" + id, org.name(), org.description(), org.url());
                    orgs.put(org.id(), org);
                    known = null;
                }
                if (known == null) {
                    Map<String, String> r = new HashMap<>();
                    r.put("id", org.id());
                    r.put("name", org.name());
                    r.put("description", HsdsServiceWriter.htmlSafe(org.description()));
                    r.put("website", org.url());
                    rows.get("organizations").add(r);
                }
                service.put("organization_id", org.id());
            }
            rows.get("services").add(service);
            for (int i = 0; i < o.locations().size(); i++) {
                Location loc = HsdsServiceWriter.location(o, i);
                Location known = locations.putIfAbsent(loc.id(), loc);
                if (known != null && !known.equals(loc)) {
                    loc = new Location(loc.id() + "~" + id, loc.name(), loc.street(), loc.postcode(), loc.city(),
                            loc.latitude(), loc.longitude(), loc.transport(), loc.access(), loc.accessibility(),
                            loc.online());
                    locations.put(loc.id(), loc);
                    known = null;
                }
                if (known == null) {
                    ObjectNode ln = HsdsServiceWriter.location(loc);
                    rows.get("locations").add(row(ln, TABLES.get("locations")));
                    for (JsonNode a : ln.get("addresses")) {
                        rows.get("addresses").add(row(a, TABLES.get("addresses")));
                    }
                    for (JsonNode a : ln.get("accessibility")) {
                        rows.get("accessibility").add(row(a, TABLES.get("accessibility")));
                    }
                }
                Map<String, String> sal = new HashMap<>();
                sal.put("id", id + "-sal" + (i + 1));
                sal.put("service_id", id);
                sal.put("location_id", loc.id());
                rows.get("service_at_locations").add(sal);
            }
            addAll(rows, "schedules", s.get("schedules"));
            addAll(rows, "cost_options", s.get("cost_options"));
            addAll(rows, "languages", s.get("languages"));
            for (JsonNode c : s.get("contacts")) {
                rows.get("contacts").add(row(c, TABLES.get("contacts")));
                addAll(rows, "phones", c.get("phones"));
            }
            int n = 0;
            for (HsdsServiceWriter.Attribute a : HsdsServiceWriter.attributes(o)) {
                String key = a.taxonomy() + "\u0000" + a.value();
                String termId = terms.get(key);
                if (termId == null) {
                    termId = HsdsServiceWriter.termId(a);
                    if (terms.containsValue(termId)) {
                        termId = termId + "-" + (terms.size() + 1);
                    }
                    terms.put(key, termId);
                    Map<String, String> t = new HashMap<>();
                    t.put("id", termId);
                    t.put("name", a.value());
                    t.put("taxonomy", a.taxonomy());
                    rows.get("taxonomy_terms").add(t);
                }
                Map<String, String> attr = new HashMap<>();
                attr.put("id", id + "-attr" + (++n));
                attr.put("link_id", id);
                attr.put("link_type", "service");
                attr.put("link_entity", "service");
                attr.put("taxonomy_term_id", termId);
                rows.get("attributes").add(attr);
            }
        }
        return rows;
    }

    private static void addAll(Map<String, List<Map<String, String>>> rows, String table, JsonNode array) {
        for (JsonNode n : array) {
            rows.get(table).add(row(n, TABLES.get(table)));
        }
    }

    private static Map<String, String> row(JsonNode node, List<String> columns) {
        Map<String, String> r = new HashMap<>();
        for (String c : columns) {
            JsonNode v = node.get(c);
            if (v != null && v.isValueNode() && !v.isNull()) {
                r.put(c, v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText());
            }
        }
        return r;
    }

    private static void writeCsv(Path file, List<String> columns, List<Map<String, String>> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String c : columns) {
            schema.addColumn(c);
        }
        try (OutputStream out = Files.newOutputStream(file);
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             SequenceWriter seq = CSV.writerFor(Map.class).with(schema.build()).writeValues(w)) {
            for (Map<String, String> r : rows) {
                seq.write(r);
            }
        }
    }

    private static void writeDescriptor(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("name", "henvis-hsds");
            g.writeStringField("profile", "tabular-data-package");
            g.writeArrayFieldStart("resources");
            for (Map.Entry<String, List<String>> t : TABLES.entrySet()) {
                g.writeStartObject();
                g.writeStringField("name", t.getKey());
                g.writeStringField("path", t.getKey() + ".csv");
                g.writeStringField("profile", "tabular-data-resource");
                g.writeStringField("encoding", "utf-8");
                g.writeObjectFieldStart("schema");
                g.writeArrayFieldStart("fields");
                for (String c : t.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("name", c);
                    g.writeStringField("type", "string");
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
