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
import dk.henvis.catalog.Offer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Writes offers as an HSDS tabular data package folder: {@code datapackage.json} and one CSV per table,
 * which the package reader joins back into the same offers. The folder is replaced atomically; an existing
 * folder is only replaced when it holds a data package (or nothing).
 */
public final class HsdsPackageExporter {
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One column as the official {@code datapackage.json} types it. */
    record Column(String name, String type, String format) {
        static Column text(String name) {
            return new Column(name, "string", null);
        }

        static Column uuid(String name) {
            return new Column(name, "string", "uuid");
        }

        static Column of(String name, String type) {
            return new Column(name, type, null);
        }
    }

    /** One table: the official resource name and file (HSDS 3.0 datapackage.json) and the columns written. */
    record Table(String resource, String path, List<Column> columns) {
        List<String> names() {
            return columns.stream().map(Column::name).toList();
        }
    }

    /** The tables, by the Henvis key the rows are collected under, in the order the descriptor lists them. */
    static final Map<String, Table> TABLES = new LinkedHashMap<>();

    private static void table(String key, String resource, String path, Column... columns) {
        TABLES.put(key, new Table(resource, path, List.of(columns)));
    }

    static {
        table("organizations", "organization", "organizations.csv", Column.uuid("id"), Column.text("name"),
                Column.text("description"), new Column("website", "string", "uri"));
        table("organization_identifiers", "organization_identifier", "organization_identifiers.csv",
                Column.uuid("id"), Column.uuid("organization_id"), Column.text("identifier_scheme"),
                Column.text("identifier_type"), Column.text("identifier"));
        table("services", "service", "services.csv", Column.uuid("id"), Column.uuid("organization_id"),
                Column.text("name"), Column.text("alternate_name"), Column.text("description"),
                new Column("url", "string", "uri"), new Column("email", "string", "email"), Column.text("status"),
                Column.text("eligibility_description"), Column.of("minimum_age", "number"),
                Column.of("maximum_age", "number"), Column.text("fees_description"), Column.of("assured_date", "date"),
                Column.text("application_process"), Column.text("alert"), Column.text("wait_time"),
                Column.text("interpretation_services"));
        table("locations", "location", "locations.csv", Column.uuid("id"), Column.text("location_type"),
                Column.text("name"), Column.text("transportation"), Column.of("latitude", "number"),
                Column.of("longitude", "number"), Column.text("external_identifier"),
                Column.text("external_identifier_type"));
        table("service_at_locations", "service_at_location", "service_at_location.csv", Column.uuid("id"),
                Column.uuid("service_id"), Column.uuid("location_id"));
        table("addresses", "address", "addresses.csv", Column.uuid("id"), Column.uuid("location_id"),
                Column.text("address_1"), Column.text("city"), Column.text("state_province"),
                Column.text("postal_code"), Column.text("country"), Column.text("address_type"));
        table("accessibility", "accessibility", "accessibility.csv", Column.uuid("id"), Column.uuid("location_id"),
                Column.text("description"));
        table("schedules", "schedule", "schedules.csv", Column.uuid("id"), Column.uuid("service_id"),
                Column.of("valid_from", "date"), Column.of("valid_to", "date"), Column.of("dtstart", "date"),
                Column.text("freq"), Column.of("interval", "number"), Column.text("byday"),
                Column.text("description"), Column.of("opens_at", "time"), Column.of("closes_at", "time"));
        table("cost_options", "cost_option", "cost_options.csv", Column.uuid("id"), Column.uuid("service_id"),
                Column.text("option"), Column.text("currency"), Column.of("amount", "number"));
        table("languages", "language", "languages.csv", Column.uuid("id"), Column.uuid("service_id"),
                Column.text("name"), Column.text("code"));
        table("contacts", "contact", "contacts.csv", Column.uuid("id"), Column.uuid("service_id"),
                Column.text("name"), Column.text("title"), new Column("email", "string", "email"));
        table("phones", "phone", "phones.csv", Column.uuid("id"), Column.uuid("contact_id"), Column.text("number"));
        table("required_documents", "required_document", "required_documents.csv", Column.uuid("id"),
                Column.uuid("service_id"), Column.text("document"));
        table("service_areas", "service_area", "service_areas.csv", Column.uuid("id"), Column.uuid("service_id"),
                Column.text("name"));
        table("taxonomy_terms", "taxonomy_term", "taxonomy_terms.csv", Column.uuid("id"), Column.text("name"),
                Column.text("description"), Column.text("taxonomy"));
        table("attributes", "attribute", "attributes.csv", Column.uuid("id"), Column.uuid("link_id"),
                Column.uuid("taxonomy_term_id"), Column.text("link_type"), Column.text("link_entity"));
    }

    /** The HSDS version the package follows (the official descriptor's {@code version}). */
    static final String HSDS_VERSION = "3.0.0";

    /** Writes the package folder {@code dir}; ids must be unique (see {@link ExportChecks#uniqueIds}). */
    public void export(List<Offer> offers, Path dir) {
        ExportChecks.uniqueIds(offers);
        Map<String, List<Map<String, String>>> rows = tables(offers);
        AtomicFiles.replaceFolder(dir, HsdsPackageExporter::isPackage, tmp -> {
            writeDescriptor(tmp.resolve(DataPackage.DESCRIPTOR));
            for (Map.Entry<String, Table> t : TABLES.entrySet()) {
                writeCsv(tmp.resolve(t.getValue().path()), t.getValue().names(), rows.get(t.getKey()));
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
        Map<String, JsonNode> orgs = new HashMap<>();
        Map<String, JsonNode> locations = new HashMap<>();
        Set<String> terms = new HashSet<>();
        for (Offer o : offers) {
            ObjectNode s = HsdsServiceWriter.service(o);
            String id = s.get("id").asText();
            JsonNode org = s.get("organization");
            if (org == null) {
                // the package requires an organisation for every service: a marked stand-in reads back as none
                org = HsdsServiceWriter.noOrganisation(o.key().source());
            }
            Placed placedOrg = place(orgs, org, "organization-variant", id, HsdsServiceWriter::withId);
            if (placedOrg.isNew()) {
                rows.get("organizations").add(row(placedOrg.node(), "organizations"));
                addAll(rows, "organization_identifiers", placedOrg.node().get("organization_identifiers"));
            }
            Map<String, String> service = row(s, "services");
            service.put("organization_id", placedOrg.id());
            rows.get("services").add(service);
            for (JsonNode sal : s.get("service_at_locations")) {
                Placed loc = place(locations, sal.get("location"), "location-variant", id,
                        HsdsServiceWriter::withLocationId);
                if (loc.isNew()) {
                    rows.get("locations").add(row(loc.node(), "locations"));
                    addAll(rows, "addresses", loc.node().get("addresses"));
                    addAll(rows, "accessibility", loc.node().get("accessibility"));
                }
                Map<String, String> salRow = row(sal, "service_at_locations");
                salRow.put("location_id", loc.id());
                rows.get("service_at_locations").add(salRow);
            }
            addAll(rows, "schedules", s.get("schedules"));
            addAll(rows, "cost_options", s.get("cost_options"));
            addAll(rows, "languages", s.get("languages"));
            addAll(rows, "required_documents", s.get("required_documents"));
            addAll(rows, "service_areas", s.get("service_areas"));
            for (JsonNode c : s.get("contacts")) {
                rows.get("contacts").add(row(c, "contacts"));
                addAll(rows, "phones", c.get("phones"));
            }
            for (JsonNode a : s.get("attributes")) {
                JsonNode term = a.get("taxonomy_term");
                if (terms.add(term.get("id").asText())) {
                    rows.get("taxonomy_terms").add(row(term, "taxonomy_terms"));
                }
                rows.get("attributes").add(row(a, "attributes"));
            }
        }
        return rows;
    }

    private static void addAll(Map<String, List<Map<String, String>>> rows, String table, JsonNode array) {
        if (array == null) {
            return;
        }
        for (JsonNode n : array) {
            rows.get(table).add(row(n, table));
        }
    }

    /** A shared record (organisation, location) as the package holds it: its id, the node, whether it is new. */
    private record Placed(String id, JsonNode node, boolean isNew) {
    }

    /**
     * Puts a shared record into {@code seen} under its id. When another offer already used that id with other
     * details, this offer's details get a row of their own under an id derived from the service's
     * ({@code variant}); the same details again are not new.
     */
    private static Placed place(Map<String, JsonNode> seen, JsonNode node, String variant, String serviceId,
            BiFunction<ObjectNode, String, ObjectNode> withId) {
        String nodeId = node.get("id").asText();
        JsonNode known = seen.putIfAbsent(nodeId, node);
        if (known != null && !known.equals(node)) {
            nodeId = HsdsIds.derived(variant, nodeId, serviceId);
            node = withId.apply((ObjectNode) node, nodeId);
            known = seen.putIfAbsent(nodeId, node);
        }
        return new Placed(nodeId, node, known == null);
    }

    private static Map<String, String> row(JsonNode node, String table) {
        Map<String, String> r = new HashMap<>();
        for (String c : TABLES.get(table).names()) {
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
            g.writeStringField("name", "human_services_data");
            g.writeStringField("title", "Henvis: fællesskabstilbud (HSDS " + HSDS_VERSION + ")");
            g.writeStringField("profile", "tabular-data-package");
            g.writeStringField("version", HSDS_VERSION);
            g.writeArrayFieldStart("resources");
            for (Table t : TABLES.values()) {
                g.writeStartObject();
                g.writeStringField("name", t.resource());
                g.writeStringField("path", t.path());
                g.writeStringField("format", "csv");
                g.writeStringField("mediatype", "text/csv");
                g.writeStringField("profile", "tabular-data-resource");
                g.writeStringField("encoding", "utf-8");
                g.writeObjectFieldStart("schema");
                g.writeArrayFieldStart("fields");
                for (Column c : t.columns()) {
                    g.writeStartObject();
                    g.writeStringField("name", c.name());
                    g.writeStringField("type", c.type());
                    if (c.format() != null) {
                        g.writeStringField("format", c.format());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeStringField("primaryKey", "id");
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
