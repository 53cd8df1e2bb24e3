package dk.henvis.formats.hsds;

import dk.henvis.formats.common.CatalogReader;
import dk.henvis.formats.common.Fields;
import dk.henvis.formats.common.ImportErrors;
import dk.henvis.formats.common.StrictUtf8Reader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * The HSDS tabular data package (folder or .zip): the related tables are read into memory and joined by
 * their ids, then {@code services.csv} is streamed and each row becomes the same compiled service object the
 * HSDS JSON reader maps, so both formats give the same offers.
 */
public final class HsdsPackageReader implements CatalogReader {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public void read(Path file, String source, Consumer<Offer> sink) throws IOException {
        try (DataPackage pkg = DataPackage.open(file)) {
            Tables t = new Tables(pkg);
            Map<String, Row> organizations = t.byKey("organizations", "id");
            Map<String, List<Row>> organizationIdentifiers = t.group("organization_identifiers", "organization_id");
            Map<String, Row> locations = t.byKey("locations", "id");
            Map<String, List<Row>> addresses = t.group("addresses", "location_id");
            Map<String, List<Row>> accessibility = t.group("accessibility", "location_id");
            Map<String, List<Row>> serviceAtLocations = t.group("service_at_locations", "service_id");
            List<Row> scheduleRows = t.rows("schedules");
            Map<String, List<Row>> schedulesByService = group(scheduleRows, "service_id");
            Map<String, List<Row>> schedulesBySal = group(scheduleRows, "service_at_location_id");
            Map<String, List<Row>> costOptions = t.group("cost_options", "service_id");
            Map<String, List<Row>> attributes = t.group("attributes", "link_id");
            Map<String, Row> terms = t.byKey("taxonomy_terms", "id");
            Map<String, Row> taxonomies = t.byKey("taxonomies", "id");
            List<Row> phoneRows = t.rows("phones");
            Map<String, List<Row>> phonesByService = group(phoneRows, "service_id");
            Map<String, List<Row>> phonesByContact = group(phoneRows, "contact_id");
            Map<String, List<Row>> contacts = t.group("contacts", "service_id");
            Map<String, List<Row>> languages = t.group("languages", "service_id");
            Map<String, List<Row>> requiredDocuments = t.group("required_documents", "service_id");
            Map<String, List<Row>> serviceAreas = t.group("service_areas", "service_id");

            Path services = pkg.tablePath("services");
            InputStream in = pkg.table("services");
            if (in == null) {
                throw new BadInputException(Messages.get("import.error.packageMissing", file, "services.csv"));
            }
            int record = 0;
            try (MappingIterator<Map<String, String>> it = iterator(in)) {
                while (it.hasNextValue()) {
                    Map<String, String> values = it.nextValue();
                    record++;
                    pkg.limits().row(services, record);
                    Row service = new Row(values);
                    String id = service.get("id");
                    ObjectNode node = service.toNode();
                    Row org = organizations.get(service.get("organization_id"));
                    if (org != null) {
                        ObjectNode orgNode = org.toNode();
                        orgNode.set("organization_identifiers",
                                nodes(list(organizationIdentifiers, org.get("id"))));
                        node.set("organization", orgNode);
                    }
                    ArrayNode sals = node.putArray("service_at_locations");
                    List<Row> serviceSchedules = new ArrayList<>(list(schedulesByService, id));
                    for (Row sal : list(serviceAtLocations, id)) {
                        ObjectNode salNode = sal.toNode();
                        Row loc = locations.get(sal.get("location_id"));
                        if (loc != null) {
                            ObjectNode locNode = loc.toNode();
                            locNode.set("addresses", nodes(list(addresses, loc.get("id"))));
                            locNode.set("accessibility", nodes(list(accessibility, loc.get("id"))));
                            salNode.set("location", locNode);
                        }
                        for (Row s : list(schedulesBySal, sal.get("id"))) {
                            if (!serviceSchedules.contains(s)) {
                                serviceSchedules.add(s);
                            }
                        }
                        sals.add(salNode);
                    }
                    node.set("schedules", nodes(serviceSchedules));
                    node.set("cost_options", nodes(list(costOptions, id)));
                    node.set("phones", nodes(list(phonesByService, id)));
                    node.set("languages", nodes(list(languages, id)));
                    node.set("required_documents", nodes(list(requiredDocuments, id)));
                    node.set("service_areas", nodes(list(serviceAreas, id)));
                    ArrayNode contactNodes = node.putArray("contacts");
                    for (Row c : list(contacts, id)) {
                        ObjectNode cn = c.toNode();
                        cn.set("phones", nodes(list(phonesByContact, c.get("id"))));
                        contactNodes.add(cn);
                    }
                    ArrayNode attrNodes = node.putArray("attributes");
                    for (Row a : list(attributes, id)) {
                        String entity = a.get("link_entity") != null ? a.get("link_entity") : a.get("link_type");
                        if (entity != null && !entity.equalsIgnoreCase("service")) {
                            continue;
                        }
                        ObjectNode an = a.toNode();
                        Row term = terms.get(a.get("taxonomy_term_id"));
                        if (term != null) {
                            ObjectNode tn = term.toNode();
                            if (term.get("taxonomy") == null && term.get("taxonomy_id") != null) {
                                Row tax = taxonomies.get(term.get("taxonomy_id"));
                                if (tax != null && tax.get("name") != null) {
                                    tn.put("taxonomy", tax.get("name"));
                                }
                            }
                            an.set("taxonomy_term", tn);
                        }
                        attrNodes.add(an);
                    }
                    sink.accept(HsdsJsonReader.toOffer(services, source, record, Fields.root(node)));
                }
            } catch (JsonProcessingException e) {
                throw csvError(services, e);
            }
        } catch (ZipException e) {
            throw DataPackage.brokenZip(file, e);
        } catch (NoDescriptorException e) {
            throw new BadInputException(Messages.get("import.error.packageMissing", file, DataPackage.DESCRIPTOR));
        }
    }

    private static MappingIterator<Map<String, String>> iterator(InputStream in) throws IOException {
        return CSV.readerFor(Map.class).with(HEADER).readValues(new StrictUtf8Reader(in));
    }

    private static BadInputException csvError(Path table, JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new BadInputException(Messages.get("import.error.csv", table, line,
                ImportErrors.firstLine(e.getOriginalMessage())), e);
    }

    private static ArrayNode nodes(List<Row> rows) {
        ArrayNode a = NODES.arrayNode(rows.size());
        for (Row r : rows) {
            a.add(r.toNode());
        }
        return a;
    }

    private static List<Row> list(Map<String, List<Row>> map, String key) {
        if (key == null) {
            return List.of();
        }
        return map.getOrDefault(key, List.of());
    }

    private static Map<String, List<Row>> group(List<Row> rows, String column) {
        Map<String, List<Row>> out = new HashMap<>();
        for (Row r : rows) {
            String key = r.get(column);
            if (key != null) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /** One CSV row; blank cells read as absent. */
    private record Row(Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v;
        }

        ObjectNode toNode() {
            ObjectNode n = NODES.objectNode();
            for (Map.Entry<String, String> e : values.entrySet()) {
                if (e.getValue() != null && !e.getValue().isBlank()) {
                    n.put(e.getKey(), e.getValue());
                }
            }
            return n;
        }
    }

    /** Reads the package's side tables whole (they are joined to services by id). */
    private static final class Tables {
        private final DataPackage pkg;

        Tables(DataPackage pkg) {
            this.pkg = pkg;
        }

        List<Row> rows(String name) throws IOException {
            InputStream in = pkg.table(name);
            if (in == null) {
                return List.of();
            }
            List<Row> out = new ArrayList<>();
            Path table = pkg.tablePath(name);
            try (MappingIterator<Map<String, String>> it = iterator(in)) {
                while (it.hasNextValue()) {
                    out.add(new Row(it.nextValue()));
                    pkg.limits().row(table, out.size());
                }
            } catch (JsonProcessingException e) {
                throw csvError(table, e);
            }
            return out;
        }

        Map<String, Row> byKey(String name, String column) throws IOException {
            Map<String, Row> out = new HashMap<>();
            for (Row r : rows(name)) {
                String key = r.get(column);
                if (key != null) {
                    out.putIfAbsent(key, r);
                }
            }
            return out;
        }

        Map<String, List<Row>> group(String name, String column) throws IOException {
            return HsdsPackageReader.group(rows(name), column);
        }
    }
}
