package dk.henvis.matching;

import dk.henvis.catalog.AtomicFiles;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the index build made of each offer's texts, kept between starts (issue 17, ADR 0022): the concepts and
 * stems with their weights, so a start reads them instead of analysing every text again in a cold JVM.
 *
 * <p>A cache, never the truth: an entry is used only for the offer it was made from — the same key and a
 * fingerprint of exactly the texts the analysis reads — and only by the same analysis: the version is a hash of
 * the analysing classes, the vocabulary's concepts and Lucene's version, so a new build of Henvis or another
 * vocabulary analyses again. A file that cannot be read (missing, damaged, another version) is an empty cache.
 * It is written whole or not at all ({@link AtomicFiles}) after a build that analysed something or lost offers;
 * a failed write costs only the next start's time. It holds words of the offers' own texts, nothing about a
 * citizen.
 */
final class AnalysisCache {
    private static final int MAGIC = 0x48564131; // "HVA1"
    /** The classes whose code decides what an offer's texts are analysed into. */
    private static final List<Class<?>> ANALYSIS = List.of(OfferIndex.class, DanishTextAnalyzer.class,
            CompoundSplitter.class, CompoundSplitFilter.class, ProperNames.class, InterestVocabulary.class,
            AnalysisCache.class);
    private static final String CODE = codeVersion();

    private final Path file;
    private final String version;
    private final Map<OfferKey, Entry> known;
    private final Map<OfferKey, Entry> fresh = new ConcurrentHashMap<>();

    private record Entry(long fingerprint, byte[] terms) {
    }

    private AnalysisCache(Path file, String version, Map<OfferKey, Entry> known) {
        this.file = file;
        this.version = version;
        this.known = known;
    }

    /** The cache in {@code file} for analyses made with {@code vocabulary}; empty when there is none to use. */
    static AnalysisCache open(Path file, InterestVocabulary vocabulary) {
        String version = CODE + "/" + vocabularyVersion(vocabulary);
        return new AnalysisCache(file, version, read(file, version));
    }

    /** The terms stored for this offer as it is now, or null (then it is analysed and {@link #analysed} told). */
    OfferIndex.Terms find(Offer offer, long fingerprint) {
        Entry e = known.get(offer.key());
        if (e == null || e.fingerprint() != fingerprint) {
            return null;
        }
        try {
            return decode(e.terms());
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /** A fresh analysis, kept for {@link #save}; safe to call from the build's parallel threads. */
    void analysed(Offer offer, long fingerprint, OfferIndex.Terms terms) {
        fresh.put(offer.key(), new Entry(fingerprint, encode(terms)));
    }

    /**
     * Writes the entries of the offers in {@code present} (what was read and what was analysed), when the build
     * analysed something or the file holds offers that are gone. Never throws: a failed write costs time only.
     */
    void save(Collection<OfferKey> present) {
        if (fresh.isEmpty() && known.size() == present.size() && known.keySet().containsAll(present)) {
            return;
        }
        Map<OfferKey, Entry> out = new HashMap<>(present.size() * 2);
        for (OfferKey k : present) {
            Entry e = fresh.containsKey(k) ? fresh.get(k) : known.get(k);
            if (e != null) {
                out.put(k, e);
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, AtomicFiles.EXPORT, raw -> {
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
                data.writeInt(MAGIC);
                data.writeUTF(version);
                data.writeInt(out.size());
                for (Map.Entry<OfferKey, Entry> e : out.entrySet()) {
                    data.writeUTF(e.getKey().source());
                    data.writeUTF(e.getKey().sourceId());
                    data.writeLong(e.getValue().fingerprint());
                    data.writeInt(e.getValue().terms().length);
                    data.write(e.getValue().terms());
                }
                data.flush();
            });
        } catch (IOException | RuntimeException e) {
            // a read-only or full data folder: the next start analyses again
        }
    }

    private static Map<OfferKey, Entry> read(Path file, String version) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() != MAGIC || !data.readUTF().equals(version)) {
                return Map.of();
            }
            int n = data.readInt();
            Map<OfferKey, Entry> known = new HashMap<>(Math.max(16, n * 2));
            for (int i = 0; i < n; i++) {
                OfferKey key = new OfferKey(data.readUTF(), data.readUTF());
                long fingerprint = data.readLong();
                byte[] terms = new byte[data.readInt()];
                data.readFully(terms);
                known.put(key, new Entry(fingerprint, terms));
            }
            return known;
        } catch (IOException | RuntimeException damaged) {
            return Map.of();
        }
    }

    /**
     * A fingerprint of exactly what {@link OfferIndex#analyse} reads: the offer's name, other name, tags,
     * categories, target groups, description and eligibility, the organisation's name (proper names are masked
     * with it) and whether it is online only.
     */
    static long fingerprint(Offer o) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, o.name());
        h = mix(h, o.alternateName());
        h = mix(h, o.organisation().name());
        for (String s : o.tags()) {
            h = mix(h, s);
        }
        h = mix(h, "\u0001");
        for (String s : o.categories()) {
            h = mix(h, s);
        }
        h = mix(h, "\u0001");
        for (String s : o.targetGroups()) {
            h = mix(h, s);
        }
        h = mix(h, o.description());
        h = mix(h, o.eligibility());
        boolean online = !o.locations().isEmpty() && o.locations().stream().allMatch(Location::online);
        return mix(h, online ? "online" : "");
    }

    /** FNV-1a over the string's chars, and a separator, so ("ab", "c") and ("a", "bc") differ. */
    private static long mix(long h, String s) {
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
        }
        h ^= 0xFFFF;
        return h * 0x100000001b3L;
    }

    static byte[] encode(OfferIndex.Terms t) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeShort(t.concepts.size());
            for (Map.Entry<Integer, Float> e : t.concepts.entrySet()) {
                out.writeShort(e.getKey());
                out.writeFloat(e.getValue());
            }
            out.writeShort(t.stems.size());
            for (Map.Entry<String, Float> e : t.stems.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeFloat(e.getValue());
            }
            out.writeBoolean(t.nameSpecific);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OfferIndex.Terms decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        OfferIndex.Terms t = new OfferIndex.Terms();
        int concepts = in.readUnsignedShort();
        for (int i = 0; i < concepts; i++) {
            t.concepts.put(in.readUnsignedShort(), in.readFloat());
        }
        int stems = in.readUnsignedShort();
        for (int i = 0; i < stems; i++) {
            t.stems.put(in.readUTF(), in.readFloat());
        }
        t.nameSpecific = in.readBoolean();
        return t;
    }

    /**
     * A hash of the analysing classes' bytes (with their nested and anonymous classes) and Lucene's version: a new
     * build of any of them is a new analysis.
     */
    private static String codeVersion() {
        long[] h = {0xcbf29ce484222325L};
        h[0] = mix(h[0], org.apache.lucene.util.Version.LATEST.toString());
        try {
            for (Class<?> c : ANALYSIS) {
                hashClass(c, h);
            }
        } catch (IOException e) {
            return "unknown-" + System.nanoTime(); // no class bytes to compare: never reuse an analysis
        }
        return Long.toHexString(h[0]);
    }

    private static void hashClass(Class<?> c, long[] h) throws IOException {
        String name = c.getName().substring(c.getName().lastIndexOf('.') + 1);
        hashBytes(c, name + ".class", h, true);
        // anonymous classes ($1, $2, ...) are not listed by reflection: read them until there is none
        for (int i = 1; hashBytes(c, name + "$" + i + ".class", h, false); i++) {
            // next
        }
        for (Class<?> nested : c.getDeclaredClasses()) {
            hashClass(nested, h);
        }
    }

    private static boolean hashBytes(Class<?> c, String resource, long[] h, boolean required) throws IOException {
        try (InputStream in = c.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new IOException("no class file " + resource);
                }
                return false;
            }
            for (byte b : in.readAllBytes()) {
                h[0] ^= b & 0xFF;
                h[0] *= 0x100000001b3L;
            }
            return true;
        }
    }

    /** The vocabulary's concepts as the analysis numbers them. */
    private static String vocabularyVersion(InterestVocabulary vocabulary) {
        long h = 0xcbf29ce484222325L;
        for (InterestVocabulary.Concept c : vocabulary.concepts()) {
            h = mix(h, c + (vocabulary.isBroad(c.id()) ? "broad" : ""));
        }
        return Long.toHexString(h);
    }
}
