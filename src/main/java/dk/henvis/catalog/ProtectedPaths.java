package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The files no output may ever replace: the database this process opened, its {@code -wal}, {@code -shm}
 * and {@code -journal} files, its {@code backups} folder and the log folder. {@link AtomicFiles} refuses
 * them before writing anything, so {@code stats --csv h.db} cannot wipe the catalogue and the referral
 * log. Paths are compared after resolving symbolic links and {@code ..}.
 */
public final class ProtectedPaths {
    /**
     * A protected path and what it is, in words for the error. The words are looked up only when a clash is
     * reported: loading the message bundle cost every command's start about 30 ms (issue 17).
     */
    private record Guarded(boolean folder, Supplier<String> what) {
    }

    private static final Map<Path, Guarded> GUARDED = new ConcurrentHashMap<>();

    private ProtectedPaths() {
    }

    /** Protects a database file, its WAL, shared-memory and journal files and its backups folder. */
    public static void database(Path dbFile) {
        Path db = real(dbFile);
        String name = db.getFileName().toString();
        GUARDED.put(db, new Guarded(false, () -> Messages.get("file.protected.database", db)));
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            GUARDED.put(db.resolveSibling(name + suffix),
                    new Guarded(false, () -> Messages.get("file.protected.databaseFile", db)));
        }
        GUARDED.put(real(new Backups(dbFile).folder()),
                new Guarded(true, () -> Messages.get("file.protected.backups", db)));
    }

    /** Protects the log folder: nothing is written into it but the log. */
    public static void logFolder(Path folder) {
        GUARDED.put(real(folder), new Guarded(true, () -> Messages.get("file.protected.logs")));
    }

    /** What {@code target} (a file to replace) would overwrite, if it is protected. */
    public static Optional<String> clashWithFile(Path target) {
        Path t = real(target);
        for (Map.Entry<Path, Guarded> g : GUARDED.entrySet()) {
            if (t.equals(g.getKey()) || g.getValue().folder() && t.startsWith(g.getKey())) {
                return Optional.of(g.getValue().what().get());
            }
        }
        return Optional.empty();
    }

    /** What replacing the folder {@code target} would overwrite: a protected path in it, above it or it. */
    public static Optional<String> clashWithFolder(Path target) {
        Path t = real(target);
        for (Map.Entry<Path, Guarded> g : GUARDED.entrySet()) {
            if (g.getKey().startsWith(t) || t.startsWith(g.getKey())) {
                return Optional.of(g.getValue().what().get());
            }
        }
        return Optional.empty();
    }

    /**
     * Throws, naming the clash, when {@code target} is protected. Commands call it for every output before
     * they write the first one; {@link AtomicFiles} calls it for each write.
     */
    public static void refuse(Path target) {
        clashWithFile(target).ifPresent(what -> {
            throw new BadInputException(Messages.get("file.error.protected", target, what));
        });
    }

    /** The path with symbolic links resolved as far as it exists, then made absolute and normal. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = abs.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
