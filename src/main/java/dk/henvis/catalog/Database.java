package dk.henvis.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite file that holds the catalogue, the sources and the anonymous referral log.
 * Opening it creates a missing file and applies the versioned schema migrations
 * ({@link Migrations}). Foreign keys are on, the journal is WAL and writers wait
 * for each other (busy timeout, transactions begin IMMEDIATE) instead of failing.
 */
public final class Database {
    private static final int BUSY_TIMEOUT_MS = 30_000;

    private final Path file;
    private final Jdbi jdbi;

    private Database(Path file, Jdbi jdbi) {
        this.file = file;
        this.jdbi = jdbi;
    }

    public static Database open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Kan ikke oprette mappen til databasen " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // A write transaction takes the write lock at BEGIN. A deferred one that reads first and then
        // writes fails at once with SQLITE_BUSY when another process wrote meanwhile: the busy
        // timeout cannot help it (ConcurrentWritersTest).
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        migrate(ds, file);
        Jdbi jdbi = Jdbi.create(ds);
        jdbi.installPlugin(new SqlObjectPlugin());
        return new Database(file, jdbi);
    }

    private static void migrate(SQLiteDataSource ds, Path file) {
        try (var connection = ds.getConnection()) {
            Migrations.apply(connection);
        } catch (java.sql.SQLException e) {
            throw new StoreException("Kan ikke åbne databasen " + file + ": " + e.getMessage(), e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path file() {
        return file;
    }
}
