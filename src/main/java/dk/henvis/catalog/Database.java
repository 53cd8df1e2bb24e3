package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
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
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Jdbi jdbi;
    private final boolean readOnly;

    private Database(Path file, Jdbi jdbi, boolean readOnly) {
        this.file = file;
        this.jdbi = jdbi;
        this.readOnly = readOnly;
    }

    /**
     * Opens the database for reading and writing, or read-only when the file exists but it or its
     * folder cannot be written (a read-only share, a write-protected file): then the last good
     * catalogue and referral log stay readable, and every write fails with a clear message
     * ({@link StorageProblem}).
     */
    public static Database open(Path file) {
        refuseNonDatabase(file);
        ProtectedPaths.database(file);
        if (Files.isRegularFile(file) && !StorageProblem.canWrite(file)) {
            return openReadOnly(file);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.error.createFolder", file, e.getMessage()), e);
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
        // Jdbi's set-up (some 40 ms of a cold start) on the other core while SQLite opens the file and
        // migrates it (issue 17). The program's log is set up before any database opens (ADR 0024).
        SideWork<Jdbi> jdbi = SideWork.start("henvis-database-set-up", () -> jdbi(ds, file));
        migrate(ds, file);
        return new Database(file, jdbi.join(), false);
    }

    /**
     * Opens an existing database read-only. When its folder cannot be written either, SQLite cannot
     * create the WAL index beside it, so the file is opened as immutable: nobody can change it there.
     */
    public static Database openReadOnly(Path file) {
        refuseNonDatabase(file);
        ProtectedPaths.database(file);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Messages.get("store.missing", file));
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        Path folder = file.toAbsolutePath().getParent();
        boolean immutable = folder != null && !StorageProblem.folderWritable(folder);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath().toUri() + (immutable ? "?immutable=1" : ""));
        try (var connection = ds.getConnection(); var st = connection.createStatement();
                var rs = st.executeQuery("PRAGMA user_version")) {
            int version = rs.next() ? rs.getInt(1) : 0;
            if (version != Migrations.latest()) {
                throw new StoreException(Messages.get("store.readOnlyOldSchema", file));
            }
        } catch (java.sql.SQLException e) {
            throw new StoreException(Messages.get("store.cannotOpen", file, e.getMessage()), e);
        }
        return new Database(file, jdbi(ds, file), true);
    }

    /**
     * Refuses, as bad input, a {@code --db} that cannot be a Henvis database: a folder, or a file that is not
     * SQLite at all (a JSON or text file). Every SQLite file is a whole number of pages of at least 512
     * bytes, so a file with another header whose size is whole pages is a damaged database instead, which
     * {@link DatabaseGuard} restores from a backup. Nothing is changed either way.
     */
    public static void refuseNonDatabase(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(Messages.get("store.error.isFolder", file));
        }
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            long size = Files.size(file);
            if (size > 0 && !Arrays.equals(head, SQLITE_HEADER) && size % 512 != 0) {
                throw new BadInputException(Messages.get("store.error.notDatabase", file));
            }
        } catch (IOException e) {
            // unreadable: opening says why
        }
    }

    /** True when opened read-only: the catalogue and log can be read, nothing can be saved. */
    public boolean readOnly() {
        return readOnly;
    }

    private static Jdbi jdbi(SQLiteDataSource ds, Path file) {
        Jdbi jdbi = Jdbi.create(ds);
        jdbi.installPlugin(new SqlObjectPlugin());
        // exception messages name no bound values: they end up in logs and on screen
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        // a damaged page found while working: the next start checks the file and restores a backup (ADR 0023)
        jdbi.setHandleCallbackDecorator(new HandleCallbackDecorator() {
            @Override
            public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
                HandleCallback<R, X> standard = STANDARD_HANDLE_CALLBACK_DECORATOR.decorate(callback);
                return handle -> {
                    try {
                        return standard.withHandle(handle);
                    } catch (Exception e) {
                        noteDamage(e, file);
                        throw e;
                    }
                };
            }
        });
        return jdbi;
    }

    private static void noteDamage(Throwable failure, Path file) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && DatabaseGuard.isDamage(e)) {
                DatabaseGuard.damageSeen(file);
                return;
            }
        }
    }

    private static void migrate(SQLiteDataSource ds, Path file) {
        try (var connection = ds.getConnection()) {
            Migrations.apply(connection);
        } catch (java.sql.SQLException e) {
            throw new StoreException(Messages.get("store.error.open", file, e.getMessage()), e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Path file() {
        return file;
    }
}
