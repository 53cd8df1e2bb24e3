package dk.henvis.formats.hsds;

import dk.henvis.formats.common.CatalogReader;
import dk.henvis.formats.common.FieldException;
import dk.henvis.formats.common.Fields;
import dk.henvis.formats.common.ImportErrors;
import dk.henvis.formats.common.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;

/**
 * HSDS 3 JSON: one service object ({@code GET /services/{id}}), a bare array of compiled service objects, or the
 * API page envelope {@code {"contents": [...], "total_items": .., "page_number": .., ...}} of services or of
 * service-at-locations (whose services are read with their places). A list of organisations, locations or
 * taxonomy terms is refused, naming what it holds. The file is streamed: only one service is in memory at a time
 * (for a service-at-location list, the services it names).
 */
public final class HsdsJsonReader implements CatalogReader {
    private static final Set<String> PAGE_NUMBERS = Set.of("total_items", "total_pages", "page_number", "size");
    private static final Set<String> PAGE_FLAGS = Set.of("first_page", "last_page", "empty");
    /** Change when the mapping of a service object to an offer changes, so every record is read again. */
    static final String MAPPING = "hsds-json/2";

    private final RecordFingerprint fingerprints = new RecordFingerprint(MAPPING);

    @Override
    public void read(Path file, String source, Consumer<Offer> sink) throws IOException {
        int[] record = {0};
        Records records = new Records(file, source, sink);
        boolean envelope = isPageEnvelope(file);
        try (JsonParser p = Json.open(file)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                readServices(file, p, records, record);
            } else if (t == JsonToken.START_OBJECT && envelope) {
                readPage(file, p, records, record);
            } else if (t == JsonToken.START_OBJECT) {
                // one service object, as GET /services/{id} answers
                record[0] = 1;
                records.accept(p.readValueAsTree(), 1);
            } else {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "expected [ or {");
            }
            record[0] = 0;
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected content after the JSON value");
            }
        } catch (JsonProcessingException e) {
            throw Json.error(file, record[0], e);
        }
        records.finish();
    }

    /** True when the top-level object is an API page ({@code contents}), not one record. */
    private static boolean isPageEnvelope(Path file) {
        try (JsonParser p = Json.open(file)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (p.currentName().equals("contents")) {
                    return true;
                }
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false; // the reading pass names the fault
        }
    }

    private void readPage(Path file, JsonParser p, Records records, int[] record) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (key.equals("contents")) {
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw pageField(file, key, Messages.get("import.type.array"), p);
                }
                readServices(file, p, records, record);
            } else if (PAGE_NUMBERS.contains(key) && !value.isNumeric() && value != JsonToken.VALUE_NULL) {
                throw pageField(file, key, Messages.get("import.type.integer"), p);
            } else if (PAGE_FLAGS.contains(key) && !value.isBoolean() && value != JsonToken.VALUE_NULL) {
                throw pageField(file, key, Messages.get("import.type.boolean"), p);
            } else {
                p.skipChildren();
            }
        }
    }

    private static dk.henvis.catalog.BadInputException pageField(Path file, String key, String expected, JsonParser p)
            throws IOException {
        JsonNode node = p.readValueAsTree();
        return new dk.henvis.catalog.BadInputException(Messages.get("import.error.pageField", file, key, expected,
                Fields.show(node), p.currentLocation().getLineNr()));
    }

    private void readServices(Path file, JsonParser p, Records records, int[] record) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of file");
            }
            record[0]++;
            if (t != JsonToken.START_OBJECT) {
                throw ImportErrors.notAnObject(file, record[0], p.currentLocation().getLineNr());
            }
            records.accept(p.readValueAsTree(), record[0]);
        }
    }

    /**
     * Turns the records of a file into offers: a service directly; a service-at-location into its service with
     * that place (the services of a service-at-location list are given at the end, one per service); any other
     * HSDS record refused, naming what it is.
     */
    private final class Records {
        private final Path file;
        private final String source;
        private final Consumer<Offer> sink;
        private final Map<String, ObjectNode> fromPlaces = new LinkedHashMap<>();
        private final Map<String, Integer> firstRecord = new HashMap<>();

        Records(Path file, String source, Consumer<Offer> sink) {
            this.file = file;
            this.source = source;
            this.sink = sink;
        }

        void accept(JsonNode node, int record) {
            HsdsRecordKind kind = HsdsRecordKind.of(node);
            switch (kind) {
                case SERVICE -> service(node, record);
                case SERVICE_AT_LOCATION -> place((ObjectNode) node, record);
                default -> throw new dk.henvis.catalog.BadInputException(Messages.get("import.error.notServices",
                        file, record, said(kind)));
            }
        }

        /** What the record is, in words staff know ("en organisation"), not the HSDS type name. */
        private static String said(HsdsRecordKind kind) {
            return switch (kind) {
                case ORGANIZATION -> Messages.get("import.kind.organization");
                case LOCATION -> Messages.get("import.kind.location");
                case TAXONOMY -> Messages.get("import.kind.taxonomy");
                case TAXONOMY_TERM -> Messages.get("import.kind.taxonomy_term");
                case SERVICE, SERVICE_AT_LOCATION -> kind.hsdsName();
            };
        }

        private void place(ObjectNode sal, int record) {
            JsonNode service = sal.get("service");
            String id = service == null ? null : HsdsServiceMapper.id(service);
            if (service == null || !service.isObject() || id == null) {
                throw new dk.henvis.catalog.BadInputException(Messages.get("import.error.salWithoutService", file,
                        record));
            }
            ObjectNode s = fromPlaces.computeIfAbsent(id, k -> ((ObjectNode) service).deepCopy());
            firstRecord.putIfAbsent(id, record);
            ObjectNode place = sal.deepCopy();
            place.remove("service");
            ArrayNode sals = s.has("service_at_locations") && s.get("service_at_locations").isArray()
                    ? (ArrayNode) s.get("service_at_locations") : s.putArray("service_at_locations");
            boolean known = false;
            for (JsonNode existing : sals) {
                known |= existing.path("id").equals(place.path("id")) && place.has("id");
            }
            if (!known) {
                sals.add(place);
            }
            for (String list : new String[] {"schedules", "contacts", "phones"}) {
                JsonNode items = place.get(list);
                if (items != null && items.isArray()) {
                    ArrayNode target = s.has(list) && s.get(list).isArray() ? (ArrayNode) s.get(list) : s.putArray(list);
                    items.forEach(target::add);
                }
            }
        }

        private void service(JsonNode node, int record) {
            String sourceId = HsdsServiceMapper.id(node);
            if (sink instanceof OfferStore.RecordSink records && sourceId != null) {
                // a sync: an unchanged service object is not mapped again (it was validated when written)
                String fingerprint = fingerprints.of(node);
                if (!records.keepIfUnchanged(sourceId, fingerprint)) {
                    records.accept(toOffer(file, source, record, Fields.root(node)), fingerprint);
                }
            } else {
                sink.accept(toOffer(file, source, record, Fields.root(node)));
            }
        }

        void finish() {
            for (Map.Entry<String, ObjectNode> e : fromPlaces.entrySet()) {
                service(e.getValue(), firstRecord.get(e.getKey()));
            }
        }
    }

    static Offer toOffer(Path file, String source, int record, Fields service) {
        String id = null;
        try {
            id = HsdsServiceMapper.id(service);
            if (id == null) {
                throw ImportErrors.missingId(file, record, "id");
            }
            if (service.text("name") == null) {
                throw ImportErrors.missingName(file, record, id, "name");
            }
            return HsdsServiceMapper.toOffer(source, service);
        } catch (FieldException e) {
            throw ImportErrors.field(file, record, id, e);
        }
    }
}
