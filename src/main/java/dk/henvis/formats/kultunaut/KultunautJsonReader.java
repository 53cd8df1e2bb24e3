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
 * KultuNaut JSON, streamed one event at a time, in UTF-8 or ISO-8859-1: the api2 answer {@code {"result": [...]}}
 * (fields in contract §4, dates dd-mm-yyyy; keys as KultuNaut writes them, {@code Title}, or in lower case) and
 * the per-customer export, a bare array of {@code ArrNr}/{@code ArrKunstner} objects (README: what is known and
 * what is assumed of it).
 */
public final class KultunautJsonReader implements CatalogReader {
    @Override
    public void read(Path file, String source, Consumer<Offer> sink) throws IOException {
        int[] record = {0};
        try (JsonParser p = Json.openUtf8OrLatin1(file)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                // the per-customer export (…/perl/export/NAME.json): a bare array of ArrNr/ArrKunstner objects
                readEvents(file, source, p, sink, record, true);
            } else if (first == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonToken value = p.nextToken();
                    if (key.equals("result") && value == JsonToken.START_ARRAY) {
                        readEvents(file, source, p, sink, record, false);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                throw new JsonParseException(p, "expected { or [");
            }
            record[0] = 0;
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected content after the JSON value");
            }
        } catch (JsonProcessingException e) {
            throw Json.error(file, record[0], e);
        }
    }

    private static void readEvents(Path file, String source, JsonParser p, Consumer<Offer> sink, int[] record,
            boolean export) throws IOException {
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
            sink.accept(export ? exportToOffer(file, source, record[0], f) : toOffer(file, source, record[0], f));
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

    /**
     * One event of the per-customer export: {@code ArrNr}, {@code ArrKunstner} (the title), {@code ArrBeskrivelse},
     * {@code ArrLangBeskriv} (HTML), {@code ArrGenre}, {@code ArrUGenre}, {@code ArrTidspunkt} ("kl. 19:45"),
     * {@code Startdato}/{@code Slutdato} (yyyy-mm-dd), {@code StedNavn}. The export has no address or coordinates:
     * the place is found in the gazetteer from the venue's name (or a town field, where one is given).
     */
    private static Offer exportToOffer(Path file, String source, int record, Fields f) {
        String id = null;
        try {
            id = f.text("ArrNr");
            if (id == null) {
                throw ImportErrors.missingId(file, record, "ArrNr");
            }
            String title = f.text("ArrKunstner");
            if (title == null) {
                throw ImportErrors.missingName(file, record, id, "ArrKunstner");
            }
            java.util.List<String> genres = new java.util.ArrayList<>(f.texts("ArrGenre"));
            genres.addAll(f.texts("ArrUGenre"));
            String venue = f.text("StedNavn");
            String town = firstText(f, "StedBy", "By");
            String postcode = firstText(f, "StedPostnr", "Postnr");
            java.util.Optional<dk.henvis.catalog.Gazetteer.Place> place = dk.henvis.catalog.Gazetteer.bundled()
                    .findIn(postcode != null ? postcode : town != null ? town : venue);
            if (place.isEmpty() && venue != null && town != null) {
                place = dk.henvis.catalog.Gazetteer.bundled().findIn(venue);
            }
            KultunautEvent event = new KultunautEvent(id, null, title,
                    f.text("ArrBeskrivelse"),
                    rawText(f, "ArrLangBeskriv"),
                    date(f, "Startdato"),
                    date(f, "Slutdato"),
                    null,
                    f.text("ArrTidspunkt"),
                    genres,
                    java.util.List.of(),
                    firstText(f, "ArrPris", "Pris"),
                    firstText(f, "ArrUrl", "Url", "Link"),
                    venue,
                    firstText(f, "StedAdresse", "Adresse"),
                    place.map(dk.henvis.catalog.Gazetteer.Place::name).orElse(town),
                    place.map(dk.henvis.catalog.Gazetteer.Place::postcode).orElse(postcode),
                    null,
                    null,
                    firstText(f, "ArrArrangoer", "Arrangoer"));
            return KultunautMapper.toOffer(source, event);
        } catch (FieldException e) {
            throw ImportErrors.field(file, record, id, e);
        }
    }

    private static String firstText(Fields f, String... keys) {
        for (String k : keys) {
            String v = f.text(k);
            if (v != null) {
                return v;
            }
        }
        return null;
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
