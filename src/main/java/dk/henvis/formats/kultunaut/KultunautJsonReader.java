package dk.henvis.formats.kultunaut;

import dk.henvis.formats.common.CatalogReader;
import dk.henvis.formats.common.FieldException;
import dk.henvis.formats.common.Fields;
import dk.henvis.formats.common.ImportErrors;
import dk.henvis.formats.common.Json;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * KultuNaut's api2 JSON answer {@code {"result": [...]}} (fields in contract §4, dates dd-mm-yyyy),
 * streamed one event at a time. Keys are read as KultuNaut writes them ({@code Title}) or in lower case.
 */
public final class KultunautJsonReader implements CatalogReader {
    @Override
    public void read(Path file, String source, Consumer<Offer> sink) throws IOException {
        int[] record = {0};
        try (JsonParser p = Json.open(file)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "expected {");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (key.equals("result") && value == JsonToken.START_ARRAY) {
                    readEvents(file, source, p, sink, record);
                } else {
                    p.skipChildren();
                }
            }
            record[0] = 0;
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected content after the JSON value");
            }
        } catch (JsonProcessingException e) {
            throw Json.error(file, record[0], e);
        }
    }

    private static void readEvents(Path file, String source, JsonParser p, Consumer<Offer> sink, int[] record)
            throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseException(p, "unexpected end of file");
            }
            record[0]++;
            if (t != JsonToken.START_OBJECT) {
                throw ImportErrors.notAnObject(file, record[0], p.currentLocation().getLineNr());
            }
            Fields f = Fields.root(p.readValueAsTree());
            sink.accept(toOffer(file, source, record[0], f));
        }
    }

    private static Offer toOffer(Path file, String source, int record, Fields f) {
        String id = null;
        try {
            id = f.text(key(f, "Id"));
            if (id == null) {
                throw ImportErrors.missingId(file, record, "Id");
            }
            String title = f.text(key(f, "Title"));
            if (title == null) {
                throw ImportErrors.missingName(file, record, id, "Title");
            }
            KultunautEvent event = new KultunautEvent(id,
                    KultunautMapper.parseChanged(f.text(key(f, "Changed"))),
                    title,
                    f.text(key(f, "Shortdescription")),
                    rawText(f, key(f, "Longdescription")),
                    date(f, key(f, "Startdate")),
                    date(f, key(f, "Enddate")),
                    f.text(key(f, "Starttime")),
                    f.text(key(f, "Time")),
                    f.texts(key(f, "Tags")),
                    f.texts(key(f, "Target")),
                    f.text(key(f, "Fee")),
                    f.text(key(f, "Link")),
                    f.text(key(f, "LocationName")),
                    f.text(key(f, "LocationAddress")),
                    f.text(key(f, "LocationCity")),
                    f.text(key(f, "LocationZip")),
                    f.latitude(key(f, "Lat")),
                    f.longitude(key(f, "Lon")),
                    f.text(key(f, "OrganizerName")));
            return KultunautMapper.toOffer(source, event);
        } catch (FieldException e) {
            throw ImportErrors.field(file, record, id, e);
        }
    }

    /** Text as written (HTML and line breaks kept for the HTML-to-text step). */
    private static String rawText(Fields f, String key) {
        f.text(key);
        return f.has(key) ? f.raw(key).asText() : null;
    }

    private static LocalDate date(Fields f, String key) {
        String text = f.text(key);
        if (text == null) {
            return null;
        }
        LocalDate d = KultunautMapper.parseDate(text);
        if (d == null) {
            throw f.wrong(key, Messages.get("import.type.dmyDate"), f.raw(key));
        }
        return d;
    }

    /** The key as KultuNaut writes it, or its lower-case form when only that is present. */
    private static String key(Fields f, String key) {
        if (f.has(key)) {
            return key;
        }
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return f.has(lower) ? lower : key;
    }

}
