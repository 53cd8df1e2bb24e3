package dk.henvis.matching;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.AtomicFiles;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.StatedConditions;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the index build made of each offer's texts, kept between starts (issue 17, ADR 0022): the concepts and
 * stems with their weights, and the offer's stated conditions (ages, sex, price, access, referral), so a start
 * reads them instead of analysing every text again in a cold JVM.
 *
 * <p>A cache, never the truth: an entry is used only for the offer it was made from — the same key and a
 * fingerprint of exactly the texts the analysis reads; for the conditions, the offer's content hash (of all it
 * holds) — and only by the same code: the version is a hash of the analysing and condition-reading classes, the
 * vocabulary's concepts and Lucene's version, so a new build of Henvis or another vocabulary analyses again. A file that cannot be read (missing, damaged, another version) is an empty cache.
 * It is written whole or not at all ({@link AtomicFiles}) after a build that analysed something or lost offers;
 * a failed write costs only the next start's time. It holds words of the offers' own texts, nothing about a
 * citizen.
 */
final class AnalysisCache {
    private static final int MAGIC = 0x48564131; // "HVA1"
    /** The classes whose code decides what an offer's texts are analysed into. */
    static final List<Class<?>> ANALYSIS = List.of(OfferIndex.class, DanishTextAnalyzer.class,
            CompoundSplitter.class, CompoundSplitFilter.class, ProperNames.class, InterestVocabulary.class,
            AnalysisCache.class, StatedConditions.class, Offer.class, Location.class, Cost.class, AgeRange.class);
    /** The version of the analysing code ({@link #codeVersion}). */
    static final String CODE = codeVersion(ANALYSIS);

    private final Path file;
    private final String version;
    private final Map<OfferKey, Entry> known;
    private final Map<OfferKey, Entry> fresh = new ConcurrentHashMap<>();
    private final Map<OfferKey, Entry> knownConditions;
    private final Map<OfferKey, Entry> freshConditions = new ConcurrentHashMap<>();

    /** @param fingerprint what the entry was made from; {@code bytes} the terms or the conditions, encoded */
    private record Entry(long fingerprint, byte[] bytes) {
    }

    /** The two sections of the file: the texts' terms and the stated conditions, each by offer. */
    private record Sections(Map<OfferKey, Entry> terms, Map<OfferKey, Entry> conditions) {
        static final Sections NONE = new Sections(Map.of(), Map.of());
    }

    private AnalysisCache(Path file, String version, Sections known) {
        this.file = file;
        this.version = version;
        this.known = known.terms();
        this.knownConditions = known.conditions();
    }

    /** The cache in {@code file} for analyses made with {@code vocabulary}; empty when there is none to use. */
    static AnalysisCache open(Path file, InterestVocabulary vocabulary) {
        String version = CODE + "/" + vocabularyVersion(vocabulary);
        return new AnalysisCache(file, version, read(file, version));
    }

    /** The conditions kept for this offer with exactly this content, or null (then they are read and told). */
    StatedConditions conditions(OfferKey key, String contentHash) {
        Entry e = knownConditions.get(key);
        if (e == null || e.fingerprint() != hashOf(contentHash)) {
            return null;
        }
        try {
            return decodeConditions(e.bytes());
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /** Conditions read from an offer's texts, kept for {@link #save}; safe from the build's parallel threads. */
    void conditionsRead(OfferKey key, String contentHash, StatedConditions conditions) {
        byte[] bytes = encodeConditions(conditions);
        if (bytes != null) {
            freshConditions.put(key, new Entry(hashOf(contentHash), bytes));
        }
    }

    /** The first 64 bits of the store's content hash (hexadecimal SHA-256); 0 for none or a hash of another shape. */
    static long hashOf(String contentHash) {
        try {
            return Long.parseUnsignedLong(contentHash.substring(0, 16), 16);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The terms stored for this offer as it is now, or null (then it is analysed and {@link #analysed} told). */
    OfferIndex.Terms find(Offer offer, long fingerprint) {
        Entry e = known.get(offer.key());
        if (e == null || e.fingerprint() != fingerprint) {
            return null;
        }
        try {
            return decode(e.bytes());
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
        Set<OfferKey> presentKeys = new HashSet<>(present);
        if (fresh.isEmpty() && freshConditions.isEmpty() && known.size() == presentKeys.size()
                && known.keySet().containsAll(presentKeys) && presentKeys.containsAll(knownConditions.keySet())) {
            return;
        }
        Map<OfferKey, Entry> terms = kept(present, fresh, known);
        Map<OfferKey, Entry> conditions = kept(present, freshConditions, knownConditions);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, AtomicFiles.EXPORT, raw -> {
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
                data.writeInt(MAGIC);
                data.writeUTF(version);
                write(data, terms);
                write(data, conditions);
                data.flush();
            });
        } catch (IOException | RuntimeException e) {
            // a read-only or full data folder: the next start analyses again
        }
    }

    /** The entries of the offers in {@code present}: this build's, else the file's. */
    private static Map<OfferKey, Entry> kept(Collection<OfferKey> present, Map<OfferKey, Entry> fresh,
            Map<OfferKey, Entry> known) {
        Map<OfferKey, Entry> out = new HashMap<>(present.size() * 2);
        for (OfferKey k : present) {
            Entry e = fresh.containsKey(k) ? fresh.get(k) : known.get(k);
            if (e != null) {
                out.put(k, e);
            }
        }
        return out;
    }

    private static void write(DataOutputStream data, Map<OfferKey, Entry> entries) throws IOException {
        data.writeInt(entries.size());
        for (Map.Entry<OfferKey, Entry> e : entries.entrySet()) {
            data.writeUTF(e.getKey().source());
            data.writeUTF(e.getKey().sourceId());
            data.writeLong(e.getValue().fingerprint());
            data.writeInt(e.getValue().bytes().length);
            data.write(e.getValue().bytes());
        }
    }

    private static Sections read(Path file, String version) {
        if (file == null || !Files.isRegularFile(file)) {
            return Sections.NONE;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() != MAGIC || !data.readUTF().equals(version)) {
                return Sections.NONE;
            }
            long size = Files.size(file);
            return new Sections(section(data, size), section(data, size));
        } catch (IOException | RuntimeException damaged) {
            return Sections.NONE;
        }
    }

    /** @param size the file's size: no count or length in it can be larger (a damaged one must not exhaust memory) */
    private static Map<OfferKey, Entry> section(DataInputStream data, long size) throws IOException {
        int n = data.readInt();
        if (n < 0 || n > size) {
            throw new IOException("a count of " + n + " entries in a file of " + size + " bytes");
        }
        Map<OfferKey, Entry> entries = new HashMap<>(Math.max(16, n * 2));
        for (int i = 0; i < n; i++) {
            OfferKey key = new OfferKey(data.readUTF(), data.readUTF());
            long fingerprint = data.readLong();
            int length = data.readInt();
            if (length < 0 || length > size) {
                throw new IOException("an entry of " + length + " bytes in a file of " + size + " bytes");
            }
            byte[] bytes = new byte[length];
            data.readFully(bytes);
            entries.put(key, new Entry(fingerprint, bytes));
        }
        return entries;
    }

    /** The conditions as bytes; null for conditions that cannot be kept (a text longer than the format allows). */
    static byte[] encodeConditions(StatedConditions c) {
        if (c.sex() == null || c.ages() == null || c.cost() == null || c.access() == null) {
            return null;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(c.sex().ordinal());
            writeNullable(out, c.ages().min() == null ? null : c.ages().min().toString());
            writeNullable(out, c.ages().max() == null ? null : c.ages().max().toString());
            writeNullable(out, c.cost().amountDkk() == null ? null : c.cost().amountDkk().toString());
            writeNullable(out, c.cost().text());
            out.writeByte(c.access().ordinal());
            out.writeBoolean(c.placeless());
            writeNullable(out, c.referral());
            return bytes.toByteArray();
        } catch (IOException e) {
            return null; // a text over 64 KB: read from the offer at every build
        }
    }

    static StatedConditions decodeConditions(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        AudienceSex sex = AudienceSex.values()[in.readUnsignedByte()];
        String min = readNullable(in);
        String max = readNullable(in);
        String amount = readNullable(in);
        String text = readNullable(in);
        Access access = Access.values()[in.readUnsignedByte()];
        boolean placeless = in.readBoolean();
        String referral = readNullable(in);
        return new StatedConditions(sex, new AgeRange(min == null ? null : Integer.valueOf(min),
                max == null ? null : Integer.valueOf(max)),
                new Cost(amount == null ? null : new BigDecimal(amount), text), access, placeless, referral);
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
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
    static long mix(long h, String s) {
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
     * A hash of these classes' bytes (with their nested and anonymous classes) and Lucene's version: a new build of
     * any of them is a new analysis.
     */
    static String codeVersion(List<Class<?>> classes) {
        String jar = jarVersion(classes);
        if (jar != null) {
            return jar;
        }
        long[] h = {0xcbf29ce484222325L};
        h[0] = mix(h[0], org.apache.lucene.util.Version.LATEST.toString());
        try {
            for (Class<?> c : classes) {
                hashClass(c, h);
            }
        } catch (IOException e) {
            return "unknown-" + System.nanoTime(); // no class bytes to compare: never reuse an analysis
        }
        return Long.toHexString(h[0]);
    }

    /**
     * When all the classes come from one jar file (the installed app, {@code java -jar}): the jar's path, size, time
     * and file identity, and Lucene's version — a new build of the jar is a new version. Reading and hashing the
     * classes' bytes instead took some 40 ms of every cold start (issue 17); a jar rebuilt without a change to them
     * costs one analysis and build at its first start. Null when the classes come from folders (tests, the IDE).
     */
    private static String jarVersion(List<Class<?>> classes) {
        try {
            Path jar = null;
            for (Class<?> c : classes) {
                java.security.CodeSource source = c.getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) {
                    return null;
                }
                Path p = Path.of(source.getLocation().toURI());
                if (!Files.isRegularFile(p) || jar != null && !jar.equals(p)) {
                    return null;
                }
                jar = p;
            }
            if (jar == null) {
                return null;
            }
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(jar,
                    java.nio.file.attribute.BasicFileAttributes.class);
            long h = mix(0xcbf29ce484222325L, org.apache.lucene.util.Version.LATEST.toString());
            h = mix(h, jar.toAbsolutePath() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis() + "|"
                    + a.fileKey());
            return "jar-" + Long.toHexString(h);
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
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
            // two checksums zlib computes natively (a byte loop here cost some 30 ms of every cold start), each
            // mixed in: 64 bits per class
            byte[] bytes = in.readAllBytes();
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(bytes);
            java.util.zip.Adler32 adler = new java.util.zip.Adler32();
            adler.update(bytes);
            h[0] = mix(h[0], Long.toHexString(crc.getValue() << 32 | adler.getValue()) + ":" + bytes.length);
            return true;
        }
    }

    /** The vocabulary's concepts as the analysis numbers them. */
    static String vocabularyVersion(InterestVocabulary vocabulary) {
        long h = 0xcbf29ce484222325L;
        for (InterestVocabulary.Concept c : vocabulary.concepts()) {
            // the fields one by one: a record's own toString is spun at its first use (~20 ms of a cold start)
            h = mix(h, c.id() + "|" + c.label() + "|" + c.kind() + "|" + String.join(",", c.synonyms()) + "|"
                    + String.join(",", c.related()) + "|" + String.join(",", c.queryWords())
                    + (vocabulary.isBroad(c.id()) ? "broad" : ""));
        }
        return Long.toHexString(h);
    }
}
