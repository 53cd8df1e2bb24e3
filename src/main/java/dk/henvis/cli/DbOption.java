package dk.henvis.cli;

import dk.henvis.catalog.DataLocations;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option every subcommand takes. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "the SQLite catalogue (default: $HENVIS_DB, else the user's data folder)")
    Path db;

    public Path resolve() {
        return DataLocations.system().database(db);
    }
}
