package dk.henvis.app;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferStore;
import dk.henvis.cli.CliServices;
import dk.henvis.sources.CatalogImporter;
import java.nio.file.Path;
import java.time.Clock;

/** The composition root: every service, wired by hand on one database. */
public final class Services implements CliServices {
    private final Database database;
    private final OfferStore offers;
    private final CatalogImporter importer;

    private Services(Database database) {
        this.database = database;
        this.offers = new OfferStore(database);
        this.importer = new CatalogImporter(offers, Clock.systemUTC());
    }

    public static Services open(Path dbFile) {
        return new Services(Database.open(dbFile));
    }

    public Database database() {
        return database;
    }

    @Override
    public OfferStore offers() {
        return offers;
    }

    @Override
    public CatalogImporter importer() {
        return importer;
    }

    @Override
    public void close() {
        // Jdbi opens a connection per handle; nothing is held open between calls.
    }
}
