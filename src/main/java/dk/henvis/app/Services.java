package dk.henvis.app;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferStore;
import dk.henvis.cli.CliServices;
import dk.henvis.referrals.ReferralLog;
import java.time.Clock;
import java.time.ZoneId;
import java.nio.file.Path;

/** The composition root: every service, wired by hand on one database. */
public final class Services implements CliServices {
    /** Dates in the referral log are Danish calendar dates. */
    private static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Copenhagen");

    private final Database database;
    private final OfferStore offers;
    private final ReferralLog referrals;

    private Services(Database database) {
        this.database = database;
        this.offers = new OfferStore(database);
        this.referrals = ReferralLog.open(database, Clock.system(MUNICIPALITY_ZONE));
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
    public ReferralLog referrals() {
        return referrals;
    }

    @Override
    public void close() {
        // Jdbi opens a connection per handle; nothing is held open between calls.
    }
}
