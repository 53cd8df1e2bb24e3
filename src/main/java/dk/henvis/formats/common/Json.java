package dk.henvis.formats.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared, thread-safe Jackson set-up for reading source files. */
public final class Json {
    /** Limits one string value (a description) to 20 M characters; the file itself is streamed. */
    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(20_000_000)
                    .maxNestingDepth(200)
                    .build())
            .build());

    private Json() {
    }

    /**
     * A streaming parser over the file's bytes (Jackson decodes UTF-8 itself, faster than a Reader). Jackson
     * rejects invalid UTF-8; {@link #error} turns that into the exact "not UTF-8" position.
     */
    public static JsonParser open(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        refuseWideEncoding(file, head);
        return MAPPER.createParser(Files.newInputStream(file));
    }

    /**
     * A parser over a file that is UTF-8, or else ISO-8859-1 (KultuNaut's exports are Latin-1 as often as UTF-8;
     * every byte sequence is valid Latin-1, so only a source whose format allows it may use this).
     */
    public static JsonParser openUtf8OrLatin1(Path file) throws IOException {
        if (firstInvalidUtf8(file) == null) {
            return open(file);
        }
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        refuseWideEncoding(file, head);
        return MAPPER.createParser(new java.io.InputStreamReader(Files.newInputStream(file),
                java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** True when the file is not valid UTF-8. */
    public static boolean isNotUtf8(Path file) {
        return firstInvalidUtf8(file) != null;
    }

    /**
     * The one UTF-8 rule for import and sync alike: a file that starts as UTF-16 or UTF-32 (a byte-order mark
     * or a zero byte among the first four, which UTF-8 JSON and XML never have) is refused as not UTF-8, even
     * where Jackson could decode it.
     *
     * @param head the file's first bytes (four are enough)
     */
    public static void refuseWideEncoding(Path file, byte[] head) {
        int n = Math.min(4, head.length);
        boolean bom = n >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        int zero = -1;
        for (int i = 0; i < n && zero < 0; i++) {
            if (head[i] == 0) {
                zero = i;
            }
        }
        if (bom || zero >= 0) {
            throw ImportErrors.notUtf8(file, new NotUtf8Exception(bom ? 0 : zero, 1));
        }
    }

    /** The bad-input error for a parse failure in record {@code record} (0 = outside any record). */
    public static BadInputException error(Path file, int record, JsonProcessingException e) {
        // bytes that are not UTF-8 show up as odd characters or "Invalid UTF-8": name the exact byte instead
        NotUtf8Exception where = firstInvalidUtf8(file);
        if (where != null) {
            return ImportErrors.notUtf8(file, where);
        }
        return ImportErrors.malformedJson(file, record, e);
    }

    /** Scans the file with a strict decoder for the first byte that is not UTF-8. */
    static NotUtf8Exception firstInvalidUtf8(Path file) {
        char[] buf = new char[64 * 1024];
        try (StrictUtf8Reader r = StrictUtf8Reader.open(file)) {
            while (r.read(buf, 0, buf.length) >= 0) {
                // read to the end or the first invalid byte
            }
            return null;
        } catch (NotUtf8Exception e) {
            return e;
        } catch (IOException e) {
            return null;
        }
    }
}
