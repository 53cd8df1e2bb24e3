package dk.henvis.app;

import dk.henvis.catalog.DataLocations;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.cli.CliServices;
import dk.henvis.curation.OfferCuration;
import dk.henvis.publish.CatalogPublisher;
import dk.henvis.publish.FolderPublication;
import dk.henvis.curation.FlagService;
import dk.henvis.curation.FlagStore;
import dk.henvis.curation.StaleWatch;
import dk.henvis.settings.CoordinatorSettings;
import dk.henvis.handout.HandoutRenderer;
import dk.henvis.handout.HandoutRequest;
import dk.henvis.handout.HandoutSettings;
import dk.henvis.matching.InterestVocabulary;
import dk.henvis.matching.MatchingService;
import dk.henvis.matching.ProfileReader;
import dk.henvis.formats.SampleCatalog;
import dk.henvis.catalog.Backups;
import dk.henvis.sync.CatalogApplier;
import dk.henvis.formats.CatalogImporter;
import dk.henvis.catalog.DatabaseGuard;
import dk.henvis.curation.OfferNotes;
import dk.henvis.sync.SourceFetcher;
import dk.henvis.formats.SourceFormat;
import dk.henvis.sync.SourceStore;
import dk.henvis.sync.SyncLogStore;
import dk.henvis.sync.SyncService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.settings.Settings;
import dk.henvis.ui.HandoutPort;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.MatchResult;
import dk.henvis.ui.MatchPort;
import dk.henvis.ui.Suggester;
import java.time.LocalDate;
import dk.henvis.ui.SampleCatalogPort;
import dk.henvis.ui.UiServices;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The composition root: every service, wired by hand on one database. */
public final class Services implements CliServices, UiServices {
    /** Dates in the referral log are Danish calendar dates. */
    private static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Copenhagen");

    private final Database database;
    private final OfferStore offers;
    private HandoutRenderer handouts;
    private MatchingService matching;
    private final CatalogImporter importer;
    private final ReferralLog referrals;
    private final Settings settings;
    private final SourceStore sources;
    private final SyncService sync;
    private final OfferNotes offerNotes;
    private final String startupNotice;
    private final CatalogPublisher publisher;
    private final OfferCuration curation;
    private final FlagService flags;
    private final StaleWatch staleWatch;

    private Services(Database database, String startupNotice) {
        this.database = database;
        this.startupNotice = startupNotice;
        this.offers = new OfferStore(database);
        this.importer = new CatalogImporter(offers, Clock.systemUTC());
        Clock clock = Clock.system(MUNICIPALITY_ZONE);
        // a read-only catalogue (read-only data folder) is read as it is: retention deletes nothing
        this.referrals = database.readOnly() ? new ReferralLog(database, clock, new SecureRandom())
                : ReferralLog.open(database, clock);
        this.settings = Settings.in(dataFolderOf(database));
        this.sources = new SourceStore(database);
        this.offerNotes = new OfferNotes(database, clock);
        SourceFetcher fetcher = new SourceFetcher(SourceFetcher.Settings.DEFAULT,
                dataFolderOf(database).resolve("sync-tmp"));
        CatalogApplier applier = (name, file, kind, mode) ->
                importer.importFile(name, file, kind, mode);
        this.sync = new SyncService(database, sources, new SyncLogStore(database), offers, fetcher, applier,
                new Backups(database.file()), clock);
        this.publisher = new CatalogPublisher(offers, offerNotes, clock);
        CoordinatorSettings coordinator = new CoordinatorSettings(settings);
        this.flags = new FlagService(new FlagStore(database), offers, sources, coordinator, clock);
        this.staleWatch = new StaleWatch(offers, offerNotes, sources, coordinator, clock);
        // flags travel to and from the coordinator's folder at every sync (GUI and command line alike)
        this.sync.addAfterSync(report -> flags.exchangeAfterSync());
        this.curation = new OfferCuration(offers, clock);
    }

    /**
     * Opens the services on {@code dbFile}. A writable catalogue is first checked ({@link DatabaseGuard}):
     * a damaged one is restored from the newest good backup, and the message is kept for the window and the
     * command line ({@link #startupNotice()}; {@code Launcher} prints it on stderr).
     */
    public static Services open(Path dbFile) {
        DatabaseGuard.Outcome guard = Files.isWritable(dbFile) ? DatabaseGuard.check(dbFile)
                : DatabaseGuard.Outcome.FINE;
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

    /** Created on first use, so commands that do not match never load the Danish analysis. */
    @Override
    public synchronized MatchingService matching() {
        if (matching == null) {
            matching = new MatchingService(offers, Gazetteer.bundled(), InterestVocabulary.bundled());
        }
        return matching;
    }

    @Override
    public ProfileReader profileReader() {
        return new ProfileReader(Gazetteer.bundled());
    }

    /** Created on first use, so commands that make no handout never load the PDF fonts. */
    @Override
    public synchronized HandoutRenderer handouts() {
        if (handouts == null) {
            // the unit's phone number is read at each handout, so a change in settings shows at once
            handouts = new HandoutRenderer(
                    () -> HandoutSettings.defaults().withUnitPhone(settings.unitPhone().orElse(null)));
        }
        return handouts;
    }

    @Override
    public CatalogImporter importer() {
        return importer;
    }

    @Override
    public CatalogPublisher publisher() {
        return publisher;
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

    @Override
    public Optional<SyncService> catalogueSync() {
        return Optional.of(sync);
    }

    @Override
    public Optional<SourceStore> sourceStore() {
        return Optional.of(sources);
    }

    @Override
    public Optional<OfferNotes> localNotes() {
        return Optional.of(offerNotes);
    }

    @Override
    public FlagService flags() {
        return flags;
    }

    @Override
    public StaleWatch staleWatch() {
        return staleWatch;
    }

    @Override
    public FolderPublication folderPublication() {
        return new FolderPublication(publisher);
    }

    /** Local knowledge about offers (notes, verified by phone). */
    public OfferNotes offerNotes() {
        return offerNotes;
    }

    @Override
    public OfferCuration curation() {
        return curation;
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
    public Optional<SampleCatalogPort> sampleCatalog() {
        SampleCatalog sample = new SampleCatalog(importer, offers);
        return Optional.of(new SampleCatalogPort() {
            @Override
            public int load(BiConsumer<Long, Long> progress) {
                return sample.load(progress);
            }

            @Override
            public boolean isSampleSource(String source) {
                return SampleCatalog.isSampleSource(source);
            }
        });
    }

    @Override
    public Path logFolder() {
        return DataLocations.system().dataFolder().resolve(Logging.FOLDER);
    }

    @Override
    public boolean readOnly() {
        return database.readOnly();
    }

    @Override
    public Optional<MatchPort> matcher() {
        MatchingService m = matching();
        return Optional.of(new MatchPort() {
            @Override
            public MatchResult match(CitizenProfile profile, int top, LocalDate today) {
                return m.match(profile, top, today);
            }

            @Override
            public void refresh() {
                m.refresh();
                m.warmUp();
            }
        });
    }

    @Override
    public Suggester interestSuggester() {
        return (prefix, limit) -> matching().vocabulary().suggest(prefix, limit);
    }

    @Override
    public Suggester groupSuggester() {
        return (prefix, limit) -> {
            String p = prefix.strip().toLowerCase(java.util.Locale.ROOT);
            return matching().vocabulary().groupLabels().stream().filter(g -> g.startsWith(p)).limit(limit).toList();
        };
    }

    @Override
    public Optional<HandoutPort> handout() {
        return Optional.of((offers, firstName, note, referralCode, date) ->
                handouts().render(new HandoutRequest(offers, firstName, note, referralCode, date, false)).pdf());
    }

    @Override
    public void close() {
        // Jdbi opens a connection per handle; nothing is held open between calls.
    }
}
