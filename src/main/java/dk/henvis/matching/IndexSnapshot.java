package dk.henvis.matching;

import dk.henvis.catalog.AtomicFiles;
import dk.henvis.catalog.DuplicateDetector;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.Schedule;
import dk.henvis.catalog.ScheduleCalendar;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The whole matching index of a catalogue, kept between starts (issue 17, ADR 0024): a start whose catalogue is
 * exactly as it was when the file was written maps the index's arrays back instead of reading and parsing every
 * offer, de-duplicating and building; only the offers a match shows are read from the store.
 *
 * <p>A cache, never the truth. The file is used only when three things are as they were: the catalogue (the store's
 * {@link dk.henvis.catalog.OfferStore#activeFingerprint() fingerprint} of every active offer's content, the adopted
 * ones and the count), the code that builds an index (a hash of its classes' bytes, the analysing ones of
 * {@link AnalysisCache} among them) and the data it builds with (the vocabulary's concepts, the gazetteer's
 * places). Its bytes carry a CRC-32C: a file cut short, damaged or foreign is no index and the start builds as
 * before. Written whole or not at all ({@link AtomicFiles}); a failed write costs only the next start's time. It
 * holds the offers' keys, facts and the stems of their own public texts, nothing about a citizen.
 */
final class IndexSnapshot {
    private static final int MAGIC = 0x48564932; // "HVI2"
    /** The classes whose code decides what an index holds, beside the analysing ones. */
    private static final List<Class<?>> BUILD = List.of(IndexSnapshot.class, MatchingService.class,
            DuplicateDetector.class, ScheduleCalendar.class, Schedule.class, Frequency.class, Gazetteer.class);
    private static final String CODE = AnalysisCache.CODE + "+" + AnalysisCache.codeVersion(BUILD);
    /**
     * The largest file read (some 1.7 million offers at ~300 bytes each): a larger one, or a damaged size, is not
     * read into memory; that catalogue's index is built at every start.
     */
    static final long MAX_BYTES = 512L << 20;

    private IndexSnapshot() {
    }

    /** What an index file must say to be used: this code, this vocabulary and gazetteer. */
    static String version(InterestVocabulary vocabulary, Gazetteer gazetteer) {
        long h = 0xcbf29ce484222325L;
        for (Gazetteer.Place p : gazetteer.all()) {
            h = AnalysisCache.mix(h, p.postcode() + "|" + p.name() + "|" + p.municipality() + "|" + p.point().lat()
                    + "|" + p.point().lon() + "|" + p.postcodeArea());
        }
        return CODE + "/" + AnalysisCache.vocabularyVersion(vocabulary) + "/" + Long.toHexString(h);
    }

    /**
     * The index kept in {@code file} for the catalogue with this fingerprint, or null when there is none to use
     * (missing, another catalogue or version, damaged). Never throws.
     */
    static MatchingService.Built read(Path file, String version, String catalogue, InterestVocabulary vocabulary) {
        if (file == null || catalogue == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            long size = Files.size(file);
            if (size < 8 || size > MAX_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != size) {
                return null;
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            if (buffer.getInt(bytes.length - 4) != (int) crc.getValue()) {
                return null;
            }
            Reader in = new Reader(buffer.limit(bytes.length - 4));
            if (in.buffer.getInt() != MAGIC || !version.equals(in.string()) || !catalogue.equals(in.string())) {
                return null;
            }
            int inactive = in.buffer.getInt();
            Map<OfferKey, List<String>> sourcesOf = new HashMap<>();
            String[] primaries = in.strings();
            String[] primaryIds = in.strings();
            int[] counts = in.ints();
            String[] sources = in.strings();
            for (int i = 0, at = 0; i < primaries.length; i++) {
                sourcesOf.put(new OfferKey(primaries[i], primaryIds[i]), List.of(sources).subList(at, at + counts[i]));
                at += counts[i];
            }
            OfferIndex index = new OfferIndex(in, vocabulary);
            if (in.buffer.hasRemaining()) {
                return null;
            }
            return new MatchingService.Built(index, inactive, Map.copyOf(sourcesOf), true);
        } catch (IOException | RuntimeException damaged) {
            return null;
        }
    }

    /**
     * Keeps {@code built} for the catalogue with this fingerprint. Never throws: an index that cannot be kept (a
     * read-only or full data folder, a text longer than the format allows) costs the next start its build.
     */
    static void write(Path file, String version, String catalogue, MatchingService.Built built) {
        if (file == null || catalogue == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, AtomicFiles.EXPORT, raw -> {
                CheckedOutputStream checked = new CheckedOutputStream(raw, new CRC32C());
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
                Writer out = new Writer(data);
                data.writeInt(MAGIC);
                out.string(version);
                out.string(catalogue);
                data.writeInt(built.inactive());
                List<OfferKey> primaries = new ArrayList<>(built.sourcesOf().keySet());
                List<String> sources = new ArrayList<>();
                int[] counts = new int[primaries.size()];
                for (int i = 0; i < counts.length; i++) {
                    List<String> of = built.sourcesOf().get(primaries.get(i));
                    counts[i] = of.size();
                    sources.addAll(of);
                }
                out.strings(primaries.stream().map(OfferKey::source).toArray(String[]::new));
                out.strings(primaries.stream().map(OfferKey::sourceId).toArray(String[]::new));
                out.ints(counts);
                out.strings(sources.toArray(new String[0]));
                built.index().writeTo(out);
                data.flush();
                int crc = (int) checked.getChecksum().getValue();
                raw.write(ByteBuffer.allocate(4).putInt(crc).array());
            });
        } catch (IOException | RuntimeException e) {
            // the next start builds again
        }
    }

    /** Whole arrays at a time, big-endian, so a start reads them in bulk rather than value by value. */
    static final class Writer {
        private final DataOutputStream out;

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void string(String s) throws IOException {
            strings(new String[] {s});
        }

        /** The strings' UTF-8 lengths (-1 for null), then their bytes. */
        void strings(String[] strings) throws IOException {
            byte[][] bytes = new byte[strings.length][];
            int[] lengths = new int[strings.length];
            for (int i = 0; i < strings.length; i++) {
                bytes[i] = strings[i] == null ? null : strings[i].getBytes(StandardCharsets.UTF_8);
                lengths[i] = bytes[i] == null ? -1 : bytes[i].length;
            }
            ints(lengths);
            for (byte[] b : bytes) {
                if (b != null) {
                    out.write(b);
                }
            }
        }

        void bytes(byte[] a) throws IOException {
            out.writeInt(a.length);
            out.write(a);
        }

        void booleans(boolean[] a) throws IOException {
            byte[] b = new byte[a.length];
            for (int i = 0; i < a.length; i++) {
                b[i] = (byte) (a[i] ? 1 : 0);
            }
            bytes(b);
        }

        void ints(int[] a) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(a.length * Integer.BYTES);
            b.asIntBuffer().put(a);
            out.writeInt(a.length);
            out.write(b.array());
        }

        void longs(long[] a) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(a.length * Long.BYTES);
            b.asLongBuffer().put(a);
            out.writeInt(a.length);
            out.write(b.array());
        }

        void floats(float[] a) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(a.length * Float.BYTES);
            b.asFloatBuffer().put(a);
            out.writeInt(a.length);
            out.write(b.array());
        }

        void doubles(double[] a) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(a.length * Double.BYTES);
            b.asDoubleBuffer().put(a);
            out.writeInt(a.length);
            out.write(b.array());
        }

        /** Arrays of ints: their lengths, then all their values in one run. */
        void intArrays(int[][] a) throws IOException {
            int[] lengths = new int[a.length];
            int total = 0;
            for (int i = 0; i < a.length; i++) {
                lengths[i] = a[i].length;
                total += a[i].length;
            }
            int[] all = new int[total];
            for (int i = 0, at = 0; i < a.length; i++) {
                System.arraycopy(a[i], 0, all, at, a[i].length);
                at += a[i].length;
            }
            ints(lengths);
            ints(all);
        }
    }

    /** Reads what {@link Writer} wrote, in the same order; a length out of range fails as damage. */
    static final class Reader {
        final ByteBuffer buffer;

        Reader(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        String string() throws IOException {
            String[] one = strings();
            if (one.length != 1) {
                throw new IOException("not one string");
            }
            return one[0];
        }

        String[] strings() throws IOException {
            int[] lengths = ints();
            String[] out = new String[lengths.length];
            byte[] array = buffer.array();
            for (int i = 0; i < lengths.length; i++) {
                if (lengths[i] >= 0) {
                    int at = buffer.position();
                    buffer.position(at + lengths[i]);
                    out[i] = new String(array, buffer.arrayOffset() + at, lengths[i], StandardCharsets.UTF_8);
                }
            }
            return out;
        }

        private int length(int width) throws IOException {
            int n = buffer.getInt();
            if (n < 0 || (long) n * width > buffer.remaining()) {
                throw new IOException("length " + n + " out of range");
            }
            return n;
        }

        byte[] bytes() throws IOException {
            byte[] a = new byte[length(1)];
            buffer.get(a);
            return a;
        }

        boolean[] booleans() throws IOException {
            byte[] b = bytes();
            boolean[] a = new boolean[b.length];
            for (int i = 0; i < b.length; i++) {
                a[i] = b[i] != 0;
            }
            return a;
        }

        int[] ints() throws IOException {
            int[] a = new int[length(Integer.BYTES)];
            buffer.asIntBuffer().get(a);
            buffer.position(buffer.position() + a.length * Integer.BYTES);
            return a;
        }

        long[] longs() throws IOException {
            long[] a = new long[length(Long.BYTES)];
            buffer.asLongBuffer().get(a);
            buffer.position(buffer.position() + a.length * Long.BYTES);
            return a;
        }

        float[] floats() throws IOException {
            float[] a = new float[length(Float.BYTES)];
            buffer.asFloatBuffer().get(a);
            buffer.position(buffer.position() + a.length * Float.BYTES);
            return a;
        }

        double[] doubles() throws IOException {
            double[] a = new double[length(Double.BYTES)];
            buffer.asDoubleBuffer().get(a);
            buffer.position(buffer.position() + a.length * Double.BYTES);
            return a;
        }

        int[][] intArrays() throws IOException {
            int[] lengths = ints();
            int[] all = ints();
            int[][] out = new int[lengths.length][];
            for (int i = 0, at = 0; i < lengths.length; i++) {
                if (lengths[i] < 0 || at + lengths[i] > all.length) {
                    throw new IOException("postings out of range");
                }
                out[i] = java.util.Arrays.copyOfRange(all, at, at + lengths[i]);
                at += lengths[i];
            }
            return out;
        }
    }
}
