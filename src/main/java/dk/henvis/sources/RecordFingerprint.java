package dk.henvis.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dk.henvis.catalog.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;

/**
 * A SHA-256 fingerprint of one raw source record (a JSON tree), over a canonical walk of its keys and
 * values in document order, together with the mapping's name and the program's version: the same record
 * read by the same program gives the same fingerprint, so a sync can skip mapping it again. Not thread safe.
 */
final class RecordFingerprint {
    private final MessageDigest sha256;
    private final byte[] scheme;
    private byte[] buffer = new byte[256];

    RecordFingerprint(String mapping) {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        scheme = (mapping + "|" + Version.get()).getBytes(StandardCharsets.UTF_8);
    }

    String of(JsonNode node) {
        sha256.reset();
        sha256.update(scheme);
        feed(node);
        return Base64.getEncoder().withoutPadding().encodeToString(sha256.digest());
    }

    private void feed(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                tag('{', node.size());
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    text(f.getKey());
                    feed(f.getValue());
                }
            }
            case ARRAY -> {
                tag('[', node.size());
                for (JsonNode item : node) {
                    feed(item);
                }
            }
            case STRING -> {
                sha256.update((byte) 's');
                text(node.textValue());
            }
            case NUMBER -> {
                sha256.update((byte) 'n');
                text(node.asText());
            }
            case BOOLEAN -> sha256.update(node.booleanValue() ? (byte) 'T' : (byte) 'F');
            case NULL, MISSING -> sha256.update((byte) 'z');
            default -> {
                sha256.update((byte) '?');
                text(node.toString());
            }
        }
    }

    private void tag(char kind, int size) {
        sha256.update((byte) kind);
        sha256.update((byte) (size >>> 24));
        sha256.update((byte) (size >>> 16));
        sha256.update((byte) (size >>> 8));
        sha256.update((byte) size);
    }

    /** The length and the UTF-16 code units, without allocating per string. */
    private void text(String s) {
        int n = s.length();
        tag('"', n);
        if (buffer.length < 2 * n) {
            buffer = new byte[Math.max(2 * n, 2 * buffer.length)];
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            buffer[2 * i] = (byte) (c >>> 8);
            buffer[2 * i + 1] = (byte) c;
        }
        sha256.update(buffer, 0, 2 * n);
    }
}
