package dk.henvis.core;

import dk.henvis.catalog.Backups;
import dk.henvis.catalog.DataLocations;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.DatabaseGuard;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.curation.FlagService;
import dk.henvis.curation.FlagStore;
import dk.henvis.curation.OfferCuration;
import dk.henvis.curation.OfferNotes;
import dk.henvis.curation.StaleWatch;
import dk.henvis.formats.CatalogImporter;
import dk.henvis.formats.SampleCatalog;
import dk.henvis.handout.HandoutRenderer;
import dk.henvis.handout.HandoutSettings;
import dk.henvis.matching.InterestVocabulary;
import dk.henvis.matching.MatchingService;
import dk.henvis.matching.ProfileReader;
import dk.henvis.publish.CatalogPublisher;
import dk.henvis.publish.FolderPublication;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.settings.CoordinatorSettings;
import dk.henvis.settings.ReferralUnits;
import dk.henvis.settings.Settings;
import dk.henvis.sync.SourceFetcher;
import dk.henvis.sync.SourceStore;
import dk.henvis.sync.SyncLogStore;
import dk.henvis.sync.SyncService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one wiring of Henvis's headless services: a database, a clock and a data folder become every
 * service, by hand, with constructor injection. The window ({@code dk.henvis.ui}), the command line
 * ({@code dk.henvis.cli}), the composition root ({@code dk.henvis.app}) and the tests all build their
 * services here, so they cannot drift apart (ADR 0013).
 */
public final class CoreServices implements AutoCloseable {
    /** Dates in the referral log and on screen are Danish calendar dates. */
    public static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Copenhagen");

    private final Database database;
    private final Clock clock;
    private final Path dataFolder;
    private final OfferStore offers;
    private final CatalogImporter importer;
    private final ReferralLog referrals;
    private final Settings settings;
    private final SourceStore sources;
    private final OfferNotes offerNotes;
    private final SyncService sync;
    private final CatalogPublisher publisher;
    private final OfferCuration curation;
    private final FlagService flags;
    private final StaleWatch staleWatch;
    private MatchingService matching;
    private HandoutRenderer handouts;

    /**
     * @param database   the catalogue and referral log
     * @param clock      every service's clock (the app's runs in {@link #MUNICIPALITY_ZONE})
     * @param dataFolder the folder of the settings file and the sync's temporary files
     */
    public CoreServices(Database database, Clock clock, Path dataFolder) {
        this.database = Objects.requireNonNull(database);
        this.clock = Objects.requireNonNull(clock);
        this.dataFolder = Objects.requireNonNull(dataFolder);
        this.offers = new OfferStore(database);
        this.importer = new CatalogImporter(offers, clock);
        // a read-only catalogue (read-only data folder) is read as it is: retention deletes nothing
        this.referrals = database.readOnly() ? new ReferralLog(database, clock, ReferralLog.secureRandom())
                : ReferralLog.open(database, clock);
        this.settings = Settings.in(dataFolder);
        // pooled referrals, from the command line or the window, name only units on this installation's list
        ReferralUnits units = new ReferralUnits(settings);
        this.referrals.checkImportedUnits(units::require);
        this.sources = new SourceStore(database);
        this.offerNotes = new OfferNotes(database, clock);
        SourceFetcher fetcher = new SourceFetcher(SourceFetcher.Settings.DEFAULT, dataFolder.resolve("sync-tmp"));
        if (!database.readOnly()) {
            fetcher.cleanUpStale(); // a killed sync's copy goes at the next start, not a day later
        }
        this.sync = new SyncService(database, sources, new SyncLogStore(database), offers, fetcher,
                importer::importFile, new Backups(database.file()), clock);
        this.publisher = new CatalogPublisher(offers, offerNotes, clock);
        CoordinatorSettings coordinator = new CoordinatorSettings(settings);
        this.flags = new FlagService(new FlagStore(database), offers, sources, coordinator, clock);
        this.staleWatch = new StaleWatch(offers, offerNotes, sources, coordinator, clock);
        // flags travel to and from the coordinator's folder at every sync (window and command line alike)
        this.sync.addAfterSync(report -> flags.exchangeAfterSync());
        this.curation = new OfferCuration(offers, clock);
    }

    /** The services on {@code database} at the municipality's clock, with the database's folder as data folder. */
    public static CoreServices on(Database database) {
        return new CoreServices(database, Clock.system(MUNICIPALITY_ZONE), folderOf(database));
    }

    /** Where the matching keeps its analysis of the offers between starts (a cache: safe to delete). */
    private Path analysisFile() {
        return DataLocations.cacheFileFor(database.file(), "analysis", ".bin");
    }

    /** Where the matching keeps its whole index between starts (a cache: safe to delete; ADR 0024). */
    private Path indexFile() {
        return DataLocations.cacheFileFor(database.file(), "index", ".bin");
    }

    private static Path folderOf(Database database) {
        Path parent = database.file().toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    public Database database() {
        return database;
    }

    /** The one clock every service runs on; the window shows its dates in this clock's zone. */
    public Clock clock() {
        return clock;
    }

    /** The folder that holds the database and the settings. */
    public Path dataFolder() {
        return dataFolder;
    }

    /** True when the data folder cannot be written and the catalogue was opened read-only. */
    public boolean readOnly() {
        return database.readOnly();
    }

    public OfferStore offers() {
        return offers;
    }

    public CatalogImporter importer() {
        return importer;
    }

    /** Ranks offers for a citizen; created on first use, so commands that do not match never load the analysis. */
    public synchronized MatchingService matching() {
        if (matching == null) {
            matching = new MatchingService(offers, Gazetteer.bundled(), InterestVocabulary.bundled(), analysisFile(),
                    indexFile());
        }
        return matching;
    }

    /** Reads citizen profiles (contract §2). */
    public ProfileReader profileReader() {
        return new ProfileReader(Gazetteer.bundled());
    }

    public Gazetteer gazetteer() {
        return Gazetteer.bundled();
    }

    /** Renders handouts; created on first use, so commands that make no handout never load the PDF fonts. */
    public synchronized HandoutRenderer handouts() {
        if (handouts == null) {
            // the unit's phone number is read at each handout, so a change in settings shows at once
            handouts = new HandoutRenderer(
                    () -> HandoutSettings.forUnit(new ReferralUnits(settings).worker().orElse(null),
                            settings.unitPhone().orElse(null)));
        }
        return handouts;
    }

    /** The anonymous referral log (records past the retention period are already deleted). */
    public ReferralLog referrals() {
        return referrals;
    }

    public Settings settings() {
        return settings;
    }

    /** The configured sync sources. */
    public SourceStore sources() {
        return sources;
    }

    /** Pulls the sources into the catalogue; the flag exchange runs after every sync. */
    public SyncService sync() {
        return sync;
    }

    /** Local knowledge about offers (notes, verified by phone); a sync never changes it. */
    public OfferNotes offerNotes() {
        return offerNotes;
    }

    /** Publishes the catalogue (export). */
    public CatalogPublisher publisher() {
        return publisher;
    }

    /** "Udgiv kataloget": the catalogue into one folder in every format. */
    public FolderPublication folderPublication() {
        return new FolderPublication(publisher);
    }

    /** The coordinator's curated catalogue. */
    public OfferCuration curation() {
        return curation;
    }

    /** Feedback flags and their exchange with the coordinator's folder. */
    public FlagService flags() {
        return flags;
    }

    /** The stale-offer watch. */
    public StaleWatch staleWatch() {
        return staleWatch;
    }

    /** The illustrative catalogue shipped in the jar. */
    public SampleCatalog sampleCatalog() {
        return new SampleCatalog(importer, offers);
    }

    /**
     * The program is done with the catalogue. Jdbi opens a connection per handle, so nothing is held open
     * between calls; what is left is to note how the file looks, so the next start need not check it whole
     * again while nothing else writes to it (ADR 0023).
     */
    @Override
    public void close() {
        if (!database.readOnly()) {
            DatabaseGuard.closed(database.file());
        }
    }
}
