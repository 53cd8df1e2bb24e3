package dk.henvis.app;

import dk.henvis.catalog.DataLocations;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.DatabaseGuard;
import dk.henvis.core.CoreServices;
import dk.henvis.ui.CoreUiServices;
import dk.henvis.ui.UiServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The composition root: opens the one core wiring ({@link CoreServices}) on a database file and hands it
 * to the command line as it is, or to the window through {@link CoreUiServices}.
 */
public final class Services {
    private Services() {
    }

    /**
     * Opens the services on {@code dbFile} at the municipality's clock. A writable catalogue is first checked
     * ({@link DatabaseGuard}): a damaged one is restored from the newest good backup, and what was repaired
     * is handed to {@code notices} (the launcher prints it on stderr: only the process's edge writes to the
     * standard streams).
     */
    public static CoreServices open(Path dbFile, Consumer<String> notices) {
        DatabaseGuard.Outcome guard = Files.isWritable(dbFile) ? DatabaseGuard.check(dbFile)
                : DatabaseGuard.Outcome.FINE;
        guard.notice().ifPresent(notices);
        return CoreServices.on(Database.open(dbFile));
    }

    /** {@link #open(Path, Consumer)} for callers that need no notice (tests, benchmarks). */
    public static CoreServices open(Path dbFile) {
        return open(dbFile, notice -> { });
    }

    /** The window's services on {@code core}; the log folder is the system data folder's. */
    public static UiServices window(CoreServices core) {
        return new CoreUiServices(core, DataLocations.system().dataFolder().resolve(Logging.FOLDER));
    }
}
