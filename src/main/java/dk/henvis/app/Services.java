package dk.henvis.app;

import dk.henvis.catalog.DataLocations;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.cli.CliServices;
import dk.henvis.publish.CatalogPublisher;
import dk.henvis.handout.HandoutRenderer;
import dk.henvis.handout.HandoutRequest;
import dk.henvis.handout.HandoutSettings;
import dk.henvis.matching.InterestVocabulary;
import dk.henvis.matching.MatchingService;
import dk.henvis.matching.ProfileReader;
import dk.henvis.sources.SampleCatalog;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.settings.Settings;
import dk.henvis.sources.CatalogImporter;
import dk.henvis.ui.HandoutPort;
import dk.henvis.ui.Matcher;
import dk.henvis.ui.SampleCatalogue;
import dk.henvis.ui.UiServices;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.BiConsumer;

/** The composition root: every service, wired by hand on one database. */
public final class Services implements CliServices, UiServices {
    /** Dates in the referral log are Danish calendar dates. */
    private static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Copenhagen");

    private final Database database;
    private final OfferStore offers;
    private final HandoutRenderer handouts;
    private MatchingService matching;
    private final CatalogImporter importer;
    private final ReferralLog referrals;
    private final Settings settings;
    private final CatalogPublisher publisher;

    private Services(Database database) {
        this.database = database;
        this.offers = new OfferStore(database);
        this.importer = new CatalogImporter(offers, Clock.systemUTC());
        Clock clock = Clock.system(MUNICIPALITY_ZONE);
        // a read-only catalogue (read-only data folder) is read as it is: retention deletes nothing
        this.referrals = database.readOnly() ? new ReferralLog(database, clock, new SecureRandom())
                : ReferralLog.open(database, clock);
        this.settings = Settings.in(dataFolderOf(database));
        this.publisher = new CatalogPublisher(offers);
        // the unit's phone number is read at each handout, so a change in settings shows at once
        this.handouts = new HandoutRenderer(
                () -> HandoutSettings.defaults().withUnitPhone(settings.unitPhone().orElse(null)));
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

    @Override
    public HandoutRenderer handouts() {
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
        SampleCatalog sample = new SampleCatalog(importer, offers);
        return Optional.of(new SampleCatalogue() {
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
    public Optional<Matcher> matcher() {
        return Optional.empty();
    }

    @Override
    public Optional<HandoutPort> handout() {
        return Optional.of((offers, firstName, note, referralCode, date) ->
                handouts.render(new HandoutRequest(offers, firstName, note, referralCode, date, false)).pdf());
    }

    @Override
    public void close() {
        // Jdbi opens a connection per handle; nothing is held open between calls.
    }
}
