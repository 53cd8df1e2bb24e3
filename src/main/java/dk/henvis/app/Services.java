package dk.henvis.app;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.cli.CliServices;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.sources.Backups;
import dk.henvis.sources.CatalogApplier;
import dk.henvis.sources.DatabaseGuard;
import dk.henvis.sources.OfferNotes;
import dk.henvis.sources.SourceFetcher;
import dk.henvis.sources.SourceStore;
import dk.henvis.sources.SyncLogStore;
import dk.henvis.sources.SyncService;
import dk.henvis.settings.Settings;
import dk.henvis.ui.SampleCatalogue;
import dk.henvis.ui.UiServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** The composition root: every service, wired by hand on one database. */
public final class Services implements CliServices, UiServices {
    /** Dates in the referral log are Danish calendar dates. */
    private static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Copenhagen");

    // FIXME(sync): replace with CatalogImporter::importFile when the importer lands; never land this.
    private static final CatalogApplier PENDING_IMPORTER = (n, f, k, m) -> {
        throw new IllegalStateException("importer not wired yet");
    };

    private final Database database;
    private final OfferStore offers;
    private final ReferralLog referrals;
    private final SourceStore sources;
    private final SyncService sync;
    private final OfferNotes offerNotes;
    private final String startupNotice;
    private final Settings settings;

    private Services(Database database, String startupNotice) {
        this.database = database;
        this.startupNotice = startupNotice;
        Clock clock = Clock.system(MUNICIPALITY_ZONE);
        this.offers = new OfferStore(database);
        this.referrals = ReferralLog.open(database, clock);
        this.sources = new SourceStore(database);
        this.offerNotes = new OfferNotes(database, clock);
        Path folder = database.file().toAbsolutePath().getParent();
        SourceFetcher fetcher = new SourceFetcher(SourceFetcher.Settings.DEFAULT, folder.resolve("sync-tmp"));
        CatalogApplier applier = PENDING_IMPORTER;
        this.sync = new SyncService(database, sources, new SyncLogStore(database), offers, fetcher, applier,
                new Backups(database.file()), clock);
        this.settings = Settings.in(dataFolderOf(database));
    }

    /**
     * Opens the services on {@code dbFile}. The file is first checked ({@link DatabaseGuard}); a damaged
     * catalogue is restored from the newest good backup and the message is printed on stderr and kept for
     * the window ({@link #startupNotice()}).
     */
    public static Services open(Path dbFile) {
        DatabaseGuard.Outcome guard = DatabaseGuard.check(dbFile);
        guard.notice().ifPresent(System.err::println);
        return new Services(Database.open(dbFile), guard.message());
    }

    /** Said once at start, e.g. that a damaged catalogue was restored from a backup. */
    public Optional<String> startupNotice() {
        return Optional.ofNullable(startupNotice);
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
    public SourceStore sources() {
        return sources;
    }

    @Override
    public SyncService sync() {
        return sync;
    }

    /** Local knowledge about offers (notes, verified by phone). */
    public OfferNotes offerNotes() {
        return offerNotes;
    }

    @Override
    public Gazetteer gazetteer() {
        return Gazetteer.bundled();
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public Path dataFolder() {
        return dataFolderOf(database);
    }

    private static Path dataFolderOf(Database db) {
        Path parent = db.file().toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    @Override
    public Optional<SampleCatalogue> sampleCatalogue() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // Jdbi opens a connection per handle; nothing is held open between calls.
    }
}
