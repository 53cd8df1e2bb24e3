package dk.henvis.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the catalogue taken before a sync changes it, in the {@code backups} folder beside the
 * database file: {@code henvis-20261127T031500123Z.db}. SQLite's {@code VACUUM INTO} writes a consistent
 * copy while the database is in use; the copy is written under a temporary name and moved into place,
 * so a half-written backup never counts. The newest {@link #KEEP} are kept.
 */
public final class Backups {
    public static final int KEEP = 5;
    private static final String SUFFIX = ".db";
    private static final String PARTIAL = ".partial";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dbFile;
    private final Path folder;
    private final String prefix;

    public Backups(Path dbFile) {
        this.dbFile = dbFile.toAbsolutePath();
        Path parent = this.dbFile.getParent();
        this.folder = (parent == null ? Path.of(".") : parent).resolve("backups");
        String name = this.dbFile.getFileName().toString();
        this.prefix = (name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name) + "-";
    }

    public Path folder() {
        return folder;
    }

    /** Writes a backup of {@code db} now and drops all but the newest {@link #KEEP}. */
    public Path create(Database db, Instant now) throws IOException {
        Files.createDirectories(folder);
        removePartials();
        Path target = folder.resolve(prefix + STAMP.format(now) + SUFFIX);
        for (int i = 1; Files.exists(target); i++) {
            target = folder.resolve(prefix + STAMP.format(now.plusMillis(i)) + SUFFIX);
        }
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
        try {
            db.jdbi().useHandle(h -> h.execute("VACUUM INTO ?", partial.toString()));
        } catch (RuntimeException e) {
            Files.deleteIfExists(partial);
            throw new IOException(e.getMessage(), e);
        }
        AtomicFiles.moveIntoPlace(partial, target);
        prune();
        return target;
    }

    /** The backups of this database, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(SUFFIX) && n.length() == prefix.length() + 19 + SUFFIX.length();
            }).sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** When a backup was taken, read from its name. */
    public Instant takenAt(Path backup) {
        String n = backup.getFileName().toString();
        return Instant.from(STAMP.parse(n.substring(prefix.length(), n.length() - SUFFIX.length())));
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    /** Half-written backups of a process that was killed. */
    private void removePartials() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(PARTIAL)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    Path dbFile() {
        return dbFile;
    }
}
