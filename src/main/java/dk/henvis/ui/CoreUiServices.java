package dk.henvis.ui;

import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.core.CoreServices;
import dk.henvis.curation.FlagService;
import dk.henvis.curation.OfferCuration;
import dk.henvis.curation.OfferNotes;
import dk.henvis.curation.StaleWatch;
import dk.henvis.formats.SampleCatalog;
import dk.henvis.handout.HandoutRequest;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.MatchResult;
import dk.henvis.matching.MatchingService;
import dk.henvis.publish.FolderPublication;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.settings.Settings;
import dk.henvis.sync.SourceStore;
import dk.henvis.sync.SyncService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;

/** The GUI's services on the one core wiring ({@link CoreServices}); the ports adapt core services. */
public class CoreUiServices implements UiServices {
    private final CoreServices core;
    private final Path logFolder;

    /**
     * @param core      the headless services
     * @param logFolder the folder with the program's log files (shown in "Om Henvis")
     */
    public CoreUiServices(CoreServices core, Path logFolder) {
        this.core = Objects.requireNonNull(core);
        this.logFolder = Objects.requireNonNull(logFolder);
    }

    /** The headless services this GUI runs on. */
    public CoreServices core() {
        return core;
    }

    @Override
    public OfferStore offers() {
        return core.offers();
    }

    @Override
    public Gazetteer gazetteer() {
        return core.gazetteer();
    }

    @Override
    public Settings settings() {
        return core.settings();
    }

    @Override
    public Path dataFolder() {
        return core.dataFolder();
    }

    @Override
    public SampleCatalogPort sampleCatalog() {
        SampleCatalog sample = core.sampleCatalog();
        return new SampleCatalogPort() {
            @Override
            public int load(BiConsumer<Long, Long> progress) {
                return sample.load(progress);
            }

            @Override
            public boolean isSampleSource(String source) {
                return SampleCatalog.isSampleSource(source);
            }
        };
    }

    @Override
    public Path logFolder() {
        return logFolder;
    }

    @Override
    public boolean readOnly() {
        return core.readOnly();
    }

    @Override
    public MatchPort matcher() {
        MatchingService matching = core.matching();
        return new MatchPort() {
            @Override
            public MatchResult match(CitizenProfile profile, int top, LocalDate today) {
                return matching.match(profile, top, today);
            }

            @Override
            public MatchResult match(CitizenProfile profile, int top, java.time.LocalDateTime now) {
                return matching.match(profile, top, now);
            }

            @Override
            public void refresh() {
                matching.refresh();
                matching.warmUp();
            }

            @Override
            public java.util.OptionalInt activities() {
                return java.util.OptionalInt.of(matching.warmUp());
            }
        };
    }

    @Override
    public HandoutPort handout() {
        return (offers, firstName, note, referralCode, date, stepFree) -> core.handouts()
                .render(new HandoutRequest(offers, firstName, note, referralCode, date, false, stepFree)).pdf();
    }

    @Override
    public ReferralLog referrals() {
        return core.referrals();
    }

    @Override
    public Suggester interestSuggester() {
        return (prefix, limit) -> core.matching().vocabulary().suggest(prefix, limit);
    }

    @Override
    public Suggester groupSuggester() {
        return (prefix, limit) -> {
            String p = prefix.strip().toLowerCase(Locale.ROOT);
            return core.matching().vocabulary().groupLabels().stream().filter(g -> g.startsWith(p)).limit(limit)
                    .toList();
        };
    }

    @Override
    public SyncService sync() {
        return core.sync();
    }

    @Override
    public SourceStore sources() {
        return core.sources();
    }

    @Override
    public OfferNotes offerNotes() {
        return core.offerNotes();
    }

    @Override
    public OfferCuration curation() {
        return core.curation();
    }

    @Override
    public FlagService flags() {
        return core.flags();
    }

    @Override
    public StaleWatch staleWatch() {
        return core.staleWatch();
    }

    @Override
    public FolderPublication folderPublication() {
        return core.folderPublication();
    }

    @Override
    public Clock clock() {
        return core.clock();
    }
}
