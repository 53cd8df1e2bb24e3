package dk.henvis.cli;

import dk.henvis.catalog.OfferStore;
import dk.henvis.curation.FlagService;
import dk.henvis.curation.StaleWatch;
import dk.henvis.publish.CatalogPublisher;
import dk.henvis.handout.HandoutRenderer;
import dk.henvis.matching.MatchingService;
import dk.henvis.matching.ProfileReader;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.settings.Settings;
import dk.henvis.sync.SourceStore;
import dk.henvis.sync.SyncService;
import dk.henvis.formats.CatalogImporter;

/**
 * The services the command line uses, opened on one database. Implemented by the composition root
 * in {@code dk.henvis.app}; the commands never construct services themselves.
 */
public interface CliServices extends AutoCloseable {
    OfferStore offers();

    /** Renders and writes referral handouts. */
    HandoutRenderer handouts();

    /** Ranks offers for a citizen (built on first use). */
    MatchingService matching();

    /** Reads citizen profiles (contract §2). */
    ProfileReader profileReader();

    CatalogImporter importer();

    /** The anonymous referral log (records past the retention period are already deleted). */
    ReferralLog referrals();

    /** The configured sync sources. */
    SourceStore sources();

    /** Pulls the sources into the catalogue. */
    SyncService sync();

    /** Publishes the catalogue (export). */
    CatalogPublisher publisher();

    /** Feedback flags and their exchange with the coordinator's folder. */
    FlagService flags();

    /** The stale-offer watch. */
    StaleWatch staleWatch();

    /** The installation's settings (the units a referral may name). */
    Settings settings();

    @Override
    void close();
}
