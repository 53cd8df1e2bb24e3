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
import java.util.Set;
import java.util.function.Consumer;

/**
 * HSDS 3 JSON: a bare array of compiled service objects, or the API page envelope
 * {@code {"contents": [...], "total_items": .., "page_number": .., ...}}. The file is streamed: only one
 * service is in memory at a time.
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
        try (JsonParser p = Json.open(file)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                readServices(file, source, p, sink, record);
            } else if (t == JsonToken.START_OBJECT) {
                readPage(file, source, p, sink, record);
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
    }

    private void readPage(Path file, String source, JsonParser p, Consumer<Offer> sink, int[] record)
            throws IOException {
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
                readServices(file, source, p, sink, record);
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

    private void readServices(Path file, String source, JsonParser p, Consumer<Offer> sink, int[] record)
            throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of file");
            }
            record[0]++;
            if (t != JsonToken.START_OBJECT) {
                throw ImportErrors.notAnObject(file, record[0], p.currentLocation().getLineNr());
            }
            JsonNode node = p.readValueAsTree();
            String sourceId = HsdsServiceMapper.id(node);
            if (sink instanceof OfferStore.RecordSink records && sourceId != null) {
                // a sync: an unchanged service object is not mapped again (it was validated when written)
                String fingerprint = fingerprints.of(node);
                if (!records.keepIfUnchanged(sourceId, fingerprint)) {
                    records.accept(toOffer(file, source, record[0], Fields.root(node)), fingerprint);
                }
            } else {
                sink.accept(toOffer(file, source, record[0], Fields.root(node)));
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
