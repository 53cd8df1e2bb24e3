package dk.henvis.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a catalogue file looked like when Henvis last found it sound or closed it (ADR 0023): its size,
 * modification time, file identity and SQLite header (change counter and schema cookie among it), kept in the
 * data folder's {@code cache} (safe to delete: the next start then checks the whole file). A file that still
 * looks exactly like that, with no write-ahead log or journal left beside it, needs no integrity check at
 * start: nothing has written to it since.
 */
final class CleanStamp {
    private static final int HEADER = 100;
    /** Files SQLite called damaged in this process: never stamped again by it (the next start checks them). */
    private static final Set<Path> DISTRUSTED = ConcurrentHashMap.newKeySet();

    private CleanStamp() {
    }

    /** True when {@code db} is exactly as the stamp recorded it and nothing is left half-written beside it. */
    static boolean matches(Path db) {
        Path stamp = fileOf(db);
        if (!Files.isRegularFile(stamp) || unfinished(db)) {
            return false;
        }
        try {
            String now = describe(db);
            return now != null && now.equals(recorded(stamp));
        } catch (IOException | RuntimeException e) {
            return false; // unreadable or damaged stamp: check the file
        }
    }

    /** What the stamp file says; null when there is none or it cannot be read (then it is written anew). */
    private static String recorded(Path stamp) {
        try {
            return Files.isRegularFile(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Records how {@code db} looks now; quietly nothing when the cache folder cannot be written. */
    static void record(Path db) {
        if (DISTRUSTED.contains(db.toAbsolutePath().normalize())) {
            return;
        }
        try {
            String now = describe(db);
            Path stamp = fileOf(db);
            if (now == null || now.equals(recorded(stamp))) {
                return; // nothing to record, or recorded already (a command that only read, after the start's check)
            }
            Files.createDirectories(stamp.getParent());
            AtomicFiles.write(stamp, AtomicFiles.EXPORT, now.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // a stamp is only a shortcut: without one the next start checks the whole file
        }
    }

    /**
     * SQLite found a damaged page while the program used the file: the stamp goes, and this process will not
     * stamp the file again (not at its close either), so the next start checks it and restores a backup.
     */
    static void distrust(Path db) {
        DISTRUSTED.add(db.toAbsolutePath().normalize());
        forget(db);
    }

    /** Forgets the stamp (the file was restored or replaced). */
    static void forget(Path db) {
        try {
            Files.deleteIfExists(fileOf(db));
        } catch (IOException e) {
            // a stale stamp cannot match the replaced file's identity and time
        }
    }

    /** A write-ahead log with frames in it, or a rollback journal: a process is writing, or was killed while it did. */
    private static boolean unfinished(Path db) {
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        Path journal = db.resolveSibling(db.getFileName() + "-journal");
        try {
            return Files.exists(journal) || Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** Null when the file cannot be read. */
    private static String describe(Path db) throws IOException {
        Path file = db.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER);
        }
        // the whole header (SQLite file format, section 1.3): the change counter and schema cookie among it, and a
        // header damaged in place (which would stop every start from opening the file) never matches
        return String.join("\n", "henvis-clean-stamp 1", file.toString(), Long.toString(attributes.size()),
                attributes.lastModifiedTime().toInstant().toString(), String.valueOf(attributes.fileKey()),
                HexFormat.of().formatHex(header)) + "\n";
    }

    private static Path fileOf(Path db) {
        return DataLocations.cacheFileFor(db, "checked", ".txt");
    }
}
