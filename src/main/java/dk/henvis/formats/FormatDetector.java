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
 * {@code id}/{@code name} is HSDS, {@code {"contents": [...]}} an HSDS API page, {@code {"result": [...]}}
 * KultuNaut JSON, an XML document whose root is {@code arrlist} KultuNaut XML, and a folder or .zip with
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
        try (JsonParser p = Json.open(file)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                JsonToken e = p.nextToken();
                if (e == JsonToken.END_ARRAY) {
                    return SourceFormat.HSDS_JSON;
                }
                if (e == JsonToken.START_OBJECT && hasIdOrName(p)) {
                    return SourceFormat.HSDS_JSON;
                }
                throw unknown(file);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if (key.equals("contents") && (value == JsonToken.START_ARRAY || value == JsonToken.VALUE_NULL)) {
                    return SourceFormat.HSDS_JSON;
                }
                if (key.equals("result") && value == JsonToken.START_ARRAY) {
                    return SourceFormat.KULTUNAUT_JSON;
                }
                p.skipChildren();
            }
            throw unknown(file);
        } catch (JsonProcessingException e) {
            throw Json.error(file, 0, e);
        }
    }

    /** Reads the fields of the object the parser is at (its first token read) until id or name shows. */
    private static boolean hasIdOrName(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (key.equals("id") || key.equals("name")) {
                return true;
            }
            p.nextToken();
            p.skipChildren();
        }
        return false;
    }

    private static BadInputException unknown(Path file) {
        return new BadInputException(Messages.get("import.error.unknownFormat", file));
    }
}
