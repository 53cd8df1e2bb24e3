package dk.henvis.ui;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.curation.FlagService;
import dk.henvis.curation.FlagStore;
import dk.henvis.curation.StaleWatch;
import dk.henvis.publish.CatalogPublisher;
import dk.henvis.publish.FolderPublication;
import dk.henvis.settings.CoordinatorSettings;
import dk.henvis.curation.OfferNotes;
import dk.henvis.sync.SourceStore;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.settings.Settings;
import dk.henvis.catalog.Backups;
import dk.henvis.formats.CatalogImporter;
import dk.henvis.sync.SourceFetcher;
import dk.henvis.formats.SourceFormat;
import dk.henvis.sync.SyncLogStore;
import dk.henvis.sync.SyncService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The GUI's services on a database in a temporary folder, with a fixed clock. */
public class TestUiServices implements UiServices {
    public static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private final Path folder;
    private final Database db;
    private final OfferStore offers;
    private final Settings settings;
    private Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));
    private final ReferralLog referrals;
    private MatchPort matcher;
    private HandoutPort handout;
    private SyncService sync;
    private SourceStore sources;
    private OfferNotes notes;
    private FlagService flags;
    private StaleWatch staleWatch;

    public TestUiServices(Path folder) {
        this.folder = folder;
        this.db = Database.open(folder.resolve("henvis.db"));
        this.offers = new OfferStore(db);
        this.settings = Settings.in(folder);
        this.referrals = ReferralLog.open(db, clock);
    }

    public TestUiServices matcher(MatchPort m) {
        this.matcher = m;
        return this;
    }

    public TestUiServices handout(HandoutPort h) {
        this.handout = h;
        return this;
    }

    /**
     * Adds the real sync stack on this database (sources, sync log, notes, fetcher, importer, backups);
     * it syncs at the services' clock.
     */
    public TestUiServices withSync() {
        sources = new SourceStore(db);
        notes = new OfferNotes(db, clock);
        CatalogImporter importer = new CatalogImporter(offers, clock);
        SourceFetcher fetcher = new SourceFetcher(SourceFetcher.Settings.DEFAULT, folder.resolve("sync-tmp"));
        sync = new SyncService(db, sources, new SyncLogStore(db), offers, fetcher,
                importer::importFile, new Backups(db.file()), clock);
        return this;
    }

    @Override
    public Optional<SyncService> catalogueSync() {
        return Optional.ofNullable(sync);
    }

    @Override
    public Optional<SourceStore> sourceStore() {
        return Optional.ofNullable(sources);
    }

    @Override
    public Optional<OfferNotes> localNotes() {
        return Optional.ofNullable(notes);
    }

    @Override
    public Optional<MatchPort> matcher() {
        return Optional.ofNullable(matcher);
    }

    @Override
    public Optional<HandoutPort> handout() {
        return Optional.ofNullable(handout);
    }

    @Override
    public ReferralLog referrals() {
        return referrals;
    }

    public TestUiServices with(String source, Instant when, List<Offer> list) {
        offers.write(source, OfferStore.Mode.MERGE, when, sink -> list.forEach(sink));
        return this;
    }

    public TestUiServices clock(Clock c) {
        this.clock = c;
        return this;
    }

    public Database database() {
        return db;
    }

    @Override
    public OfferStore offers() {
        return offers;
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
        return folder;
    }

    @Override
    public Optional<SampleCatalogPort> sampleCatalog() {
        return Optional.empty();
    }

    /** One instance, as the composition root has (it remembers the last exchange); built on first use. */
    @Override
    public synchronized FlagService flags() {
        if (flags == null) {
            flags = new FlagService(new FlagStore(db), offers, new SourceStore(db), new CoordinatorSettings(settings),
                    clock);
        }
        return flags;
    }

    @Override
    public synchronized StaleWatch staleWatch() {
        if (staleWatch == null) {
            staleWatch = new StaleWatch(offers, new OfferNotes(db, clock), new SourceStore(db),
                    new CoordinatorSettings(settings), clock);
        }
        return staleWatch;
    }

    @Override
    public FolderPublication folderPublication() {
        return new FolderPublication(new CatalogPublisher(offers, new OfferNotes(db, clock), clock));
    }

    @Override
    public Clock clock() {
        return clock;
    }
}
