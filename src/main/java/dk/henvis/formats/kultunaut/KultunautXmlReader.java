package dk.henvis.formats.kultunaut;

import dk.henvis.formats.common.CatalogReader;
import dk.henvis.formats.common.FieldException;
import dk.henvis.formats.common.ImportErrors;
import dk.henvis.formats.common.NotUtf8Exception;
import dk.henvis.formats.common.PlainText;
import dk.henvis.formats.common.SafeXml;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * KultuNaut's XML export {@code <arrlist><arr>...</arr></arrlist>} with {@code sted}, {@code dato},
 * {@code startdato}, {@code slutdato}, {@code tid}, {@code overskrift}, {@code beskrivelse},
 * {@code kategori}, {@code billede}, {@code url}, read with {@link SafeXml} one event at a time.
 * The export has no id field: an {@code id}/{@code arrnr} element or attribute is used when present,
 * else the event number in the url ({@code ArrNr=...}), else the url, else a fingerprint of title,
 * date and place, so a re-import updates the same offer.
 */
public final class KultunautXmlReader implements CatalogReader {
    private static final Pattern ARRNR = Pattern.compile("(?i)arrnr=(\\d+)");
    private static final Pattern URL_NUMBER = Pattern.compile("/(\\d{5,})(?:[/?#.]|$)");
    private static final Pattern TOWN = Pattern.compile("(\\d{4})\\s+(\\p{L}[\\p{L} .'-]*)$");
    private static final Pattern DANISH_DATE = Pattern.compile("(\\d{1,2})\\.?\\s*(januar|februar|marts|april|maj|juni"
            + "|juli|august|september|oktober|november|december)\\s+(\\d{4})");
    private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");

    /** The local name of the document's root element; a DOCTYPE is refused. */
    public static String rootElement(Path file) throws IOException {
        try (Reader in = SafeXml.open(file)) {
            XMLStreamReader r = SafeXml.reader(in);
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw SafeXml.doctype(file, r.getLocation().getLineNumber());
                    }
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        return r.getLocalName();
                    }
                }
                return null;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof NotUtf8Exception n) {
                throw n;
            }
            throw SafeXml.malformed(file, e);
        }
    }

    @Override
    public void read(Path file, String source, Consumer<Offer> sink) throws IOException {
        int record = 0;
        try (Reader in = SafeXml.open(file)) {
            XMLStreamReader r = SafeXml.reader(in);
            try {
                int depth = 0;
                Map<String, String> fields = null;
                while (r.hasNext()) {
                    int ev = r.next();
                    switch (ev) {
                        case XMLStreamConstants.DTD -> throw SafeXml.doctype(file, r.getLocation().getLineNumber());
                        case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw SafeXml.entity(file, r.getLocation().getLineNumber(), r.getLocalName());
                        case XMLStreamConstants.START_ELEMENT -> {
                            depth++;
                            String name = r.getLocalName().toLowerCase(Locale.ROOT);
                            if (depth == 1 && !name.equals("arrlist")) {
                                throw new dk.henvis.catalog.BadInputException(
                                        Messages.get("import.error.unknownFormat", file));
                            }
                            if (depth == 2 && name.equals("arr")) {
                                record++;
                                fields = new HashMap<>();
                                for (int i = 0; i < r.getAttributeCount(); i++) {
                                    fields.put(r.getAttributeLocalName(i).toLowerCase(Locale.ROOT),
                                            r.getAttributeValue(i));
                                }
                            } else if (depth == 3 && fields != null) {
                                String text = elementText(file, r);
                                depth--;
                                fields.merge(name, text, (a, b) -> a + ", " + b);
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            if (depth == 2 && fields != null) {
                                sink.accept(toOffer(file, source, record, fields));
                                fields = null;
                            }
                            depth--;
                        }
                        default -> {
                            // text between records, comments, processing instructions: nothing to read
                        }
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof NotUtf8Exception n) {
                throw n;
            }
            throw SafeXml.malformed(file, e);
        }
    }

    /** All text inside the current element (markup inside it dropped); the reader ends on its end tag. */
    private static String elementText(Path file, XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    sb.append(r.getText());
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (r.getLocalName().equalsIgnoreCase("br") || r.getLocalName().equalsIgnoreCase("p")) {
                        sb.append('\n');
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw SafeXml.entity(file, r.getLocation().getLineNumber(), r.getLocalName());
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
        return sb.toString();
    }

    private static Offer toOffer(Path file, String source, int record, Map<String, String> f) {
        String title = PlainText.clean(PlainText.fromHtml(f.get("overskrift")));
        String url = PlainText.clean(f.get("url"));
        String place = PlainText.clean(f.get("sted"));
        String dato = PlainText.clean(f.get("dato"));
        String id = id(f, url, title, dato, place, f.get("startdato"));
        if (title == null) {
            throw ImportErrors.missingName(file, record, id, "overskrift");
        }
        LocalDate start = date(file, record, id, "startdato", f.get("startdato"), true);
        if (start == null) {
            start = date(file, record, id, "dato", dato, false);
        }
        LocalDate end = date(file, record, id, "slutdato", f.get("slutdato"), true);
        String name = place;
        String street = null;
        String postcode = null;
        String city = null;
        if (place != null) {
            String[] parts = place.split("\\s*,\\s*");
            Matcher town = TOWN.matcher(parts[parts.length - 1]);
            if (parts.length > 1 && town.find()) {
                postcode = town.group(1);
                city = town.group(2).strip();
                name = parts[0];
                if (parts.length > 2) {
                    street = String.join(", ", java.util.Arrays.asList(parts).subList(1, parts.length - 1));
                }
            }
        }
        List<String> categories = f.get("kategori") == null ? List.of()
                : java.util.Arrays.stream(f.get("kategori").split("[,;/]")).map(PlainText::clean)
                        .filter(java.util.Objects::nonNull).toList();
        KultunautEvent event = new KultunautEvent(id, null, title, null, f.get("beskrivelse"), start, end, null,
                f.get("tid"), categories, List.of(), null, url, name, street, city, postcode, null, null, null);
        return KultunautMapper.toOffer(source, event);
    }

    private static String id(Map<String, String> f, String url, String title, String dato, String place,
            String start) {
        for (String key : new String[] {"id", "arrnr", "nr"}) {
            String v = PlainText.clean(f.get(key));
            if (v != null) {
                return v;
            }
        }
        if (url != null) {
            Matcher m = ARRNR.matcher(url);
            if (m.find()) {
                return m.group(1);
            }
            m = URL_NUMBER.matcher(url);
            if (m.find()) {
                return m.group(1);
            }
            return url;
        }
        String key = title + "|" + (start == null ? dato : start.strip()) + "|" + place;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "kn-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A date in the record; a machine date field that cannot be read is bad input. */
    private static LocalDate date(Path file, int record, String id, String field, String text, boolean strict) {
        String t = PlainText.clean(text);
        if (t == null) {
            return null;
        }
        LocalDate d = KultunautMapper.parseDate(t);
        if (d == null) {
            Matcher m = DANISH_DATE.matcher(t.toLowerCase(Locale.ROOT));
            if (m.find()) {
                try {
                    d = LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2)) + 1,
                            Integer.parseInt(m.group(1)));
                } catch (java.time.DateTimeException e) {
                    d = null;
                }
            }
        }
        if (d == null && strict) {
            throw ImportErrors.field(file, record, id, new FieldException(field,
                    Messages.get("import.type.dmyDate"), '"' + t + '"'));
        }
        return d;
    }
}
