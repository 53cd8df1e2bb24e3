package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Checks the catalogue before the program opens it: when SQLite's {@code PRAGMA integrity_check} fails
 * (or the file is not a database at all), the damaged file is moved aside and the newest backup that
 * passes the check is put in its place, with a clear message. Call it before opening any service. A file
 * that passed the check or that Henvis closed, and that nothing has written to since, is not read again
 * ({@link CleanStamp}, ADR 0023).
 */
public final class DatabaseGuard {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm")
            .withZone(ZoneId.systemDefault());

    private DatabaseGuard() {
    }

    /**
     * What the check found.
     *
     * @param restoredFrom the backup put in place, when the database was damaged
     * @param damagedCopy  where the damaged file was moved
     * @param message      a Danish message for the worker when something was restored
     */
    public record Outcome(boolean restored, Path restoredFrom, Path damagedCopy, String message) {
        /** Nothing to say: the database is fine (or new). */
        public static final Outcome FINE = new Outcome(false, null, null, null);

        public Optional<String> notice() {
            return Optional.ofNullable(message);
        }
    }

    /**
     * Checks {@code dbFile} (a missing file is fine: it is created new) and restores it from the newest good
     * backup when damaged. Throws {@link StoreException} when it is damaged and no backup is usable.
     */
    public static Outcome check(Path dbFile) {
        Database.refuseNonDatabase(dbFile);
        if (!Files.exists(dbFile)) {
            return Outcome.FINE;
        }
        if (CleanStamp.matches(dbFile)) {
            // found sound or closed cleanly by Henvis, and nothing has written to it since (ADR 0023)
            return Outcome.FINE;
        }
        Verdict verdict = verdict(dbFile);
        if (!verdict.damaged()) {
            // fine, or not checkable here (busy, read-only folder, full disk): opening it reports that
            if (verdict.detail() == null) {
                CleanStamp.record(dbFile);
            }
            return Outcome.FINE;
        }
        CleanStamp.forget(dbFile);
        Optional<String> fault = Optional.of(verdict.detail());
        Backups backups = new Backups(dbFile);
        for (Path backup : backups.list()) {
            if (fault(backup).isEmpty()) {
                return restore(dbFile, backup, backups.takenAt(backup));
            }
        }
        throw new StoreException(Messages.get("sync.guard.noBackup", dbFile, fault.get(), backups.folder()));
    }

    /**
     * The program is done with {@code dbFile} (every connection closed): records how the file looks, so the
     * next start need not check it again while nothing else writes to it (ADR 0023).
     */
    public static void closed(Path dbFile) {
        CleanStamp.record(dbFile);
    }

    /**
     * SQLite reported {@code dbFile} damaged (a broken page found while reading it): the next start checks it
     * whole and restores the newest good backup, whatever this process does with it before it ends.
     */
    public static void damageSeen(Path dbFile) {
        CleanStamp.distrust(dbFile);
    }

    /** True for SQLite's "damaged" and "not a database" answers. */
    public static boolean isDamage(java.sql.SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
    }

    /** Empty when the file passes SQLite's integrity check, else what SQLite reported. */
    public static Optional<String> fault(Path file) {
        Verdict v = verdict(file);
        return v.detail() == null ? Optional.empty() : Optional.of(v.detail());
    }

    /** @param damaged true when SQLite says the file is corrupt or not a database at all */
    private record Verdict(boolean damaged, String detail) {
    }

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private static Verdict verdict(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(30_000);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            String first = rs.next() ? rs.getString(1) : "no answer";
            return "ok".equals(first) ? new Verdict(false, null) : new Verdict(true, first);
        } catch (SQLException e) {
            return new Verdict(isDamage(e), String.valueOf(e.getMessage()));
        }
    }

    private static Outcome restore(Path dbFile, Path backup, Instant takenAt) {
        Path dir = dbFile.toAbsolutePath().getParent();
        String name = dbFile.getFileName().toString();
        String stamp = Long.toString(System.currentTimeMillis());
        Path damaged = dir.resolve(name + ".damaged-" + stamp);
        Path tmp = dir.resolve(name + ".restoring");
        try {
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            AtomicFiles.moveIntoPlace(dbFile, damaged);
            Path wal = dir.resolve(name + "-wal");
            if (Files.exists(wal)) {
                AtomicFiles.moveIntoPlace(wal, dir.resolve(damaged.getFileName() + "-wal"));
            }
            Files.deleteIfExists(dir.resolve(name + "-shm"));
            AtomicFiles.moveIntoPlace(tmp, dbFile);
        } catch (IOException e) {
            throw new StoreException(Messages.get("sync.guard.restoreFailed", dbFile, backup, e.getMessage()), e);
        }
        return new Outcome(true, backup, damaged,
                Messages.get("sync.guard.restored", dbFile, SHOWN.format(takenAt), damaged.getFileName()));
    }
}
