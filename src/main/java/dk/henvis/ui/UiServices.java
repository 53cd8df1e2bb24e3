package dk.henvis.ui;

import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.curation.FlagService;
import dk.henvis.curation.OfferCuration;
import dk.henvis.curation.OfferNotes;
import dk.henvis.curation.StaleWatch;
import dk.henvis.publish.FolderPublication;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.settings.Settings;
import dk.henvis.sync.SourceStore;
import dk.henvis.sync.SyncService;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the GUI needs from the rest of Henvis. Implemented on the one core wiring by {@link CoreUiServices}
 * (assembled by {@code dk.henvis.app}, and by the tests on a temporary database), so the GUI never
 * constructs services itself. Every service exists: there are no optional parts.
 */
public interface UiServices {
    OfferStore offers();

    Gazetteer gazetteer();

    Settings settings();

    /** The folder that holds the database (shown in settings). */
    Path dataFolder();

    /** The bundled sample catalogue, loaded into an empty database on first start. */
    SampleCatalogPort sampleCatalog();

    /** The folder with the program's log files (shown in "Om Henvis"). */
    Path logFolder();

    /** True when the data folder cannot be written and the catalogue was opened read-only. */
    boolean readOnly();

    /** The matching service. */
    MatchPort matcher();

    /** The handout renderer. */
    HandoutPort handout();

    /** The anonymous referral log, written when a handout is printed or saved. */
    ReferralLog referrals();

    /** Interest words to suggest while typing. */
    Suggester interestSuggester();

    /** Target-group words to suggest while typing. */
    Suggester groupSuggester();

    /** Syncs the catalogue from the configured sources. */
    SyncService sync();

    /** The configured sync sources (managed in Indstillinger → Kilder og opdatering). */
    SourceStore sources();

    /** Local notes and "verified by phone" per offer; a sync never changes them. */
    OfferNotes offerNotes();

    /** The coordinator's curated catalogue (coordinator mode), on {@link #offers()}. */
    OfferCuration curation();

    /** Feedback flags: raised from an offer's detail, listed and resolved by the coordinator. */
    FlagService flags();

    /** The coordinator's stale-offer watch. */
    StaleWatch staleWatch();

    /** "Udgiv kataloget": the catalogue into one folder in every format. */
    FolderPublication folderPublication();

    /** The core's clock (the municipality's zone): the window shows dates as the services store them. */
    Clock clock();
}
