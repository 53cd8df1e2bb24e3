package dk.henvis.formats;

import dk.henvis.formats.common.ImportErrors;
import dk.henvis.formats.common.Json;
import dk.henvis.formats.common.NotUtf8Exception;
import dk.henvis.formats.hsds.DataPackage;
import dk.henvis.formats.hsds.NoDescriptorException;
import dk.henvis.formats.kultunaut.KultunautXmlReader;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Tells a catalogue file's format from its content, never from its name: a JSON array of objects with
 * {@code id}/{@code name}, or one such object, is HSDS, {@code {"contents": [...]}} an HSDS API page,
 * {@code {"result": [...]}} KultuNaut JSON, an array of objects with {@code ArrNr} KultuNaut's per-customer export, an XML document whose root is {@code arrlist} KultuNaut XML, and a folder or .zip with
 * {@code datapackage.json} an HSDS tabular data package.
 */
public final class FormatDetector {
    private static final int PEEK = 8192;

    /** The file's format; an unknown format or unreadable file is a {@link BadInputException} naming it. */
    public SourceFormat detect(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException(Messages.get("import.error.notFound", file));
        }
        if (!Files.isDirectory(file) && !Files.isRegularFile(file)) {
            // a named pipe or a device would block the import for ever
            throw new BadInputException(Messages.get("import.error.notAFile", file));
        }
        try {
            if (Files.isDirectory(file)) {
                if (Files.isRegularFile(file.resolve(DataPackage.DESCRIPTOR))) {
                    return SourceFormat.HSDS_PACKAGE;
                }
                throw unknown(file);
            }
            byte[] head = head(file);
            Json.refuseWideEncoding(file, head);
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
                return detectZip(file);
            }
            int first = firstSignificant(head);
            if (first == '<') {
                return detectXml(file);
            }
            if (first == '[' || first == '{') {
                return detectJson(file);
            }
            if (first < 0) {
                throw new BadInputException(Messages.get("import.error.empty", file));
            }
            throw unknown(file);
        } catch (NotUtf8Exception e) {
            throw ImportErrors.notUtf8(file, e);
        } catch (IOException e) {
            throw ImportErrors.unreadable(file, e);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PEEK);
        }
    }

    /** The first byte after a byte-order mark and whitespace, -1 when there is none. */
    private static int firstSignificant(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        for (; i < head.length; i++) {
            byte b = head[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b & 0xFF;
            }
        }
        return -1;
    }

    private static SourceFormat detectZip(Path file) {
        try {
            DataPackage.openZip(file).close();
            return SourceFormat.HSDS_PACKAGE;
        } catch (ZipException e) {
            throw DataPackage.brokenZip(file, e);
        } catch (IOException e) {
            if (e instanceof NoDescriptorException) {
                throw unknown(file);
            }
            throw ImportErrors.unreadable(file, e);
        }
    }

    private static SourceFormat detectXml(Path file) throws IOException {
        String root = KultunautXmlReader.rootElement(file);
        if ("arrlist".equalsIgnoreCase(root)) {
            return SourceFormat.KULTUNAUT_XML;
        }
        throw unknown(file);
    }

    private static SourceFormat detectJson(Path file) throws IOException {
        try {
            return detectJson(file, Json.open(file));
        } catch (BadInputException e) {
            if (!Json.isNotUtf8(file)) {
                throw e;
            }
            // a KultuNaut export in ISO-8859-1: tell the format from the Latin-1 text; an HSDS file found so is
            // refused as not UTF-8 by its reader
            return detectJson(file, Json.openUtf8OrLatin1(file));
        }
    }

    private static SourceFormat detectJson(Path file, JsonParser parser) throws IOException {
        try (JsonParser p = parser) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                JsonToken e = p.nextToken();
                if (e == JsonToken.END_ARRAY) {
                    return SourceFormat.HSDS_JSON;
                }
                if (e == JsonToken.START_OBJECT) {
                    SourceFormat f = firstRecord(p);
                    if (f != null) {
                        return f;
                    }
                }
                throw unknown(file);
            }
            boolean record = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (key.equals("contents") && (value == JsonToken.START_ARRAY || value == JsonToken.VALUE_NULL)) {
                    return SourceFormat.HSDS_JSON;
                }
                if (key.equals("result") && value == JsonToken.START_ARRAY) {
                    return SourceFormat.KULTUNAUT_JSON;
                }
                record |= key.equals("id") || key.equals("name");
                p.skipChildren();
            }
            if (record) {
                return SourceFormat.HSDS_JSON; // one HSDS record, as GET /services/{id} answers
            }
            throw unknown(file);
        } catch (JsonProcessingException e) {
            throw Json.error(file, 0, e);
        }
    }

    /**
     * The format told by the first object of an array (its first token read): KultuNaut's per-customer export
     * when it has {@code ArrNr} or {@code ArrKunstner}, HSDS when it has {@code id} or {@code name}; else null.
     */
    private static SourceFormat firstRecord(JsonParser p) throws IOException {
        boolean hsds = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (key.equals("ArrNr") || key.equals("ArrKunstner")) {
                return SourceFormat.KULTUNAUT_JSON;
            }
            hsds |= key.equals("id") || key.equals("name");
            p.nextToken();
            p.skipChildren();
        }
        return hsds ? SourceFormat.HSDS_JSON : null;
    }

    private static BadInputException unknown(Path file) {
        return new BadInputException(Messages.get("import.error.unknownFormat", file));
    }
}
