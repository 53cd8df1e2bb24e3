package dk.henvis.app;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferStore;
import dk.henvis.cli.CliServices;
import dk.henvis.handout.HandoutRenderer;
import dk.henvis.handout.HandoutSettings;
import java.nio.file.Path;

/** The composition root: every service, wired by hand on one database. */
public final class Services implements CliServices {
    private final Database database;
    private final OfferStore offers;
    private final HandoutRenderer handouts;

    private Services(Database database) {
        this.database = database;
        this.offers = new OfferStore(database);
        this.handouts = new HandoutRenderer(HandoutSettings.defaults());
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
    public HandoutRenderer handouts() {
        return handouts;
    }

    @Override
    public void close() {
        // Jdbi opens a connection per handle; nothing is held open between calls.
    }
}
