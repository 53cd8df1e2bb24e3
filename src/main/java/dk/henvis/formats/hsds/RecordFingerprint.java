package dk.henvis.formats.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import dk.henvis.catalog.Version;
import java.util.Map;

/**
 * A 128-bit fingerprint of one raw source record (a JSON tree), over a canonical walk of its keys and
 * values in document order, seeded with the mapping's name and the program's version: the same record read
 * by the same program gives the same fingerprint, so a sync can skip mapping it again. Two independent
 * 64-bit multiplicative hashes, not a cryptographic digest: it only has to notice that a record changed
 * (a chance collision is about 2^-128), and it must be cheap next to the parsing (SHA-256 cost as much).
 * Not thread safe.
 */
public final class RecordFingerprint {
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final long seed1;
    private final long seed2;
    private long h1;
    private long h2;

    public RecordFingerprint(String mapping) {
        h1 = 0xcbf29ce484222325L;
        h2 = 0x2545F4914F6CDD1DL;
        text(mapping + "|" + Version.get());
        seed1 = h1;
        seed2 = h2;
    }

    public String of(JsonNode node) {
        h1 = seed1;
        h2 = seed2;
        feed(node);
        return letters(mix(h1)) + letters(mix(h2 ^ h1));
    }

    /** 16 letters a-p, one per 4 bits: no digits, so a stored fingerprint never reads as a number. */
    private static String letters(long v) {
        char[] out = new char[16];
        for (int i = 15; i >= 0; i--) {
            out[i] = (char) ('a' + (int) (v & 0xf));
            v >>>= 4;
        }
        return new String(out);
    }

    private void feed(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                tag('{', node.size());
                for (Map.Entry<String, JsonNode> f : node.properties()) {
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
                add('s');
                text(node.textValue());
            }
            case NUMBER -> {
                add('n');
                text(node.asText());
            }
            case BOOLEAN -> add(node.booleanValue() ? 'T' : 'F');
            case NULL, MISSING -> add('z');
            default -> {
                add('?');
                text(node.toString());
            }
        }
    }

    private void tag(char kind, int size) {
        add(kind);
        add(size);
    }

    /** The length, then every UTF-16 code unit. */
    private void text(String s) {
        int n = s.length();
        tag('"', n);
        for (int i = 0; i < n; i++) {
            add(s.charAt(i));
        }
    }

    private void add(int v) {
        h1 = (h1 ^ v) * FNV_PRIME;
        h2 = Long.rotateLeft(h2 + v * GOLDEN, 27) * GOLDEN;
    }

    /** Murmur3's finaliser: every input bit affects every output bit. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93fe53a87e9L;
        k ^= k >>> 33;
        return k;
    }
}
