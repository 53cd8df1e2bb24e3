package dk.henvis.ui;

import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.curation.OfferCuration;
import dk.henvis.curation.FlagService;
import dk.henvis.curation.StaleWatch;
import dk.henvis.publish.FolderPublication;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.settings.Settings;
import dk.henvis.curation.OfferNotes;
import dk.henvis.sync.SourceStore;
import dk.henvis.sync.SyncService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What the GUI needs from the rest of Henvis. Implemented by the composition root
 * ({@code dk.henvis.app.Services}), so the GUI never constructs services itself and tests can
 * hand it services on a temporary database.
 */
public interface UiServices {
    OfferStore offers();

    Gazetteer gazetteer();

    Settings settings();

    /** The folder that holds the database (shown in settings). */
    Path dataFolder();

    /** The bundled sample catalogue, when this build ships one. */
    Optional<SampleCatalogPort> sampleCatalog();

    /** The folder with the program's log files (shown in "Om Henvis"). */
    default Path logFolder() {
        return dataFolder().resolve("logs");
    }

    /** True when the data folder cannot be written and the catalogue was opened read-only. */
    default boolean readOnly() {
        return false;
    }

    /** The matching service; empty in a build without it. */
    Optional<MatchPort> matcher();

    /** The handout renderer; empty in a build without it. */
    Optional<HandoutPort> handout();

    /** The anonymous referral log, written when a handout is printed or saved. */
    ReferralLog referrals();

    /** Interest words to suggest while typing. */
    default Suggester interestSuggester() {
        return Suggester.NONE;
    }

    /** Target-group words to suggest while typing. */
    default Suggester groupSuggester() {
        return Suggester.NONE;
    }

    /** Syncs the catalogue from the configured sources; empty in a build or test without sync. */
    default Optional<SyncService> catalogueSync() {
        return Optional.empty();
    }

    /** The configured sync sources (managed in Indstillinger → Kilder og opdatering). */
    default Optional<SourceStore> sourceStore() {
        return Optional.empty();
    }

    /** Local notes and "verified by phone" per offer; a sync never changes them. */
    default Optional<OfferNotes> localNotes() {
        return Optional.empty();
    }

    /** The coordinator's curated catalogue (coordinator mode), on {@link #offers()}. */
    default OfferCuration curation() {
        return new OfferCuration(offers(), clock());
    }

    /** Feedback flags: raised from an offer's detail, listed and resolved by the coordinator. */
    FlagService flags();

    /** The coordinator's stale-offer watch. */
    StaleWatch staleWatch();

    /** "Udgiv kataloget": the catalogue into one folder in every format. */
    FolderPublication folderPublication();

    default Clock clock() {
        return Clock.systemDefaultZone();
    }
}
