package dk.henvis.ui.shell;

import dk.henvis.catalog.Offer;
import dk.henvis.settings.Settings;
import dk.henvis.ui.MatchPort;
import dk.henvis.ui.Suggester;
import dk.henvis.ui.UiServices;
import dk.henvis.ui.about.AboutViewModel;
import dk.henvis.ui.browser.CatalogViewModel;
import dk.henvis.ui.citizen.CitizenViewModel;
import dk.henvis.ui.citizen.ResultsViewModel;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import dk.henvis.ui.coordinator.CoordinatorViewModel;
import dk.henvis.ui.firststart.UnitViewModel;
import dk.henvis.ui.flags.FlagViewModel;
import dk.henvis.ui.followup.FollowUpViewModel;
import dk.henvis.ui.handoutpreview.HandoutViewModel;
import dk.henvis.ui.notes.OfferNoteViewModel;
import dk.henvis.ui.offereditor.OfferEditorViewModel;
import dk.henvis.ui.retention.RetentionViewModel;
import dk.henvis.ui.sources.SourcesViewModel;
import dk.henvis.ui.sources.SyncPreferences;
import dk.henvis.ui.sources.SyncViewModel;
import dk.henvis.ui.stats.StatsExports;
import dk.henvis.ui.stats.StatsViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The main window's view-models, built from the services, and what the window's menus and dialogs do with
 * them. The only part of the shell that talks to the services: the views ({@link MainWindow},
 * {@link MainMenus}, {@link MainTabs}, {@link StatusBar}) use what this hands them.
 */
public final class MainViewModel {
    private final UiServices services;
    private final TaskExecutor executor;
    private final ShellViewModel shell;
    private final SyncViewModel sync;
    private final CatalogViewModel catalog;
    private final CitizenViewModel citizen;
    private final ResultsViewModel results;
    private final HandoutViewModel handout;
    private final StatsViewModel stats;
    private CoordinatorViewModel coordinator;

    public MainViewModel(UiServices services, TaskExecutor executor) {
        this.services = Objects.requireNonNull(services);
        this.executor = Objects.requireNonNull(executor);
        this.shell = new ShellViewModel(services, executor);
        this.sync = new SyncViewModel(services.sync(), new SyncPreferences(services.settings()), executor,
                services.clock(), shell::catalogueChanged, shell::refreshStatus);
        shell.onStarted(sync::syncAtStartIfDue);
        this.catalog = new CatalogViewModel(services.offers(), executor);
        this.stats = new StatsViewModel(services.referrals(), executor, services.clock());
        this.citizen = new CitizenViewModel(services.gazetteer(), services.settings().unit().orElse(null));
        MatchPort matcher = services.matcher();
        this.results = new ResultsViewModel(matcher, executor, services.clock(), citizen::toProfile);
        this.handout = new HandoutViewModel(services.handout(), services.referrals(), executor, results.chosen(),
                this::referralFacts, citizen.need(dk.henvis.matching.Need.WHEELCHAIR));
        citizen.onChange(results::profileChanged);
        shell.onCatalogChanged(() -> {
            catalog.reload();
            executor.submit(BackgroundTask.of(p -> {
                matcher.refresh();
                return true;
            }).onSuccess(v -> results.recompute()));
        });
    }

    private HandoutViewModel.ReferralFacts referralFacts() {
        // a built-in unit's code or a unit the coordinator added, as the installation's list spells it
        String unit = new dk.henvis.settings.ReferralUnits(services.settings()).worker().orElse(null);
        return new HandoutViewModel.ReferralFacts(unit, citizen.focusProperty().get(), citizen.ageValue(),
                citizen.postcode());
    }

    /** Once the window is shown: loads the catalogue, checks for the sample catalogue, ranks. */
    public void start() {
        // the coordinator's list holds inactive offers too
        catalog.includeInactiveProperty().bind(shell.coordinatorModeProperty());
        // the status line is not the first screen's work: it reads the catalogue once the first suggestions are
        // ranked, so the full read does not share the start; the catalogue tab reads when it is first shown
        // (issue 17)
        shell.start(this::afterRanking, this::showStatus);
        results.recompute();
    }

    /**
     * The status line after the first suggestions: its count is the matching index's, just built for them, so
     * no second read of every offer shares the worker's first typed ranking (issue 17). (The catalogue tab reads
     * when it is first shown, and again after every change of the catalogue: nothing to do for it here.)
     */
    private void showStatus() {
        executor.submit(BackgroundTask.of(p -> services.matcher().activities())
                .onSuccess(counted -> {
                    if (counted.isPresent()) {
                        shell.refreshStatus(counted.getAsInt());
                    } else {
                        shell.refreshStatus();
                    }
                })
                .onFailure(e -> shell.refreshStatus()));
    }

    private void afterRanking(Runnable action) {
        var computing = results.computingProperty();
        if (!computing.get()) {
            action.run();
            return;
        }
        computing.addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (!now) {
                    computing.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** "Ny borger": forgets every field, the suggestions, the choice, the name and the note. */
    public void clearCitizen() {
        results.clear();
        handout.clear();
        citizen.clear();
    }

    /** The unit as set now (compared before and after the unit dialog): a built-in code or an added unit's name. */
    public Optional<String> unit() {
        return services.settings().unitName();
    }

    /**
     * After the unit was set: the citizen form uses its defaults (a unit the coordinator added has none). False
     * when no unit is set.
     */
    public boolean takeUnit() {
        if (unit().isEmpty()) {
            return false;
        }
        citizen.setUnit(services.settings().unit().orElse(null));
        return true;
    }

    /** Which sources carry an offer shown in the citizen's results (the same activity may come from several). */
    public List<String> resultSourcesOf(Offer offer) {
        var m = results.selectedProperty().get();
        return m != null && m.offer() == offer ? m.sources() : List.of(offer.key().source());
    }

    /** True when the data folder cannot be written: everything can be read, nothing saved. */
    public boolean readOnly() {
        return services.readOnly();
    }

    public Path dataFolder() {
        return services.dataFolder();
    }

    /** Where the window's size and text size are kept. */
    public Settings settings() {
        return services.settings();
    }

    /** A new offer form's view-model; after it saved, every screen reloads the catalogue. */
    public OfferEditorViewModel offerForm() {
        OfferEditorViewModel form = new OfferEditorViewModel(services.curation(), services.gazetteer(), executor,
                services.clock());
        form.onSaved(saved -> {
            // the catalogue tab keeps its filters and selects the saved offer, or says what hides it
            catalog.reveal(saved);
            shell.catalogueChanged();
        });
        return form;
    }

    /** Interest words to suggest while typing. */
    public Suggester interestSuggester() {
        return services.interestSuggester();
    }

    /** Target-group words to suggest while typing. */
    public Suggester groupSuggester() {
        return services.groupSuggester();
    }

    /** True when a worker may flag {@code offer} here. */
    public boolean canFlag(Offer offer) {
        return offer != null && !readOnly();
    }

    public FlagViewModel flag(Offer offer) {
        return new FlagViewModel(services.flags(), offer);
    }

    /** After a flag was raised: the coordinator's own list shows it. */
    public void flagged() {
        if (shell.coordinatorModeProperty().get()) {
            coordinator().reloadFlags();
        }
    }

    /** The folder the flags are exchanged through, if one is set. */
    public Optional<Path> flagsFolder() {
        return services.flags().folder();
    }

    public void setFlagsFolder(Path folder) {
        services.flags().setFolder(folder);
        if (coordinator != null) {
            coordinator.flagsFolderChanged();
        }
    }

    /** A note pane's view-model (one per details view). */
    public OfferNoteViewModel notes() {
        return new OfferNoteViewModel(services.offerNotes(), executor, services.clock());
    }

    public SourcesViewModel sources() {
        return new SourcesViewModel(services.sources(), services.sync(), new SyncPreferences(services.settings()),
                executor, services.clock());
    }

    /** "Opfølgning": the statistics follow each saved follow-up. */
    public FollowUpViewModel followUp() {
        FollowUpViewModel model = new FollowUpViewModel(services.referrals(), executor);
        model.onSaved(stats::refresh);
        return model;
    }

    public RetentionViewModel retention() {
        return new RetentionViewModel(services.referrals(), executor);
    }

    /** After the referral log changed (retention): the statistics are read again. */
    public void referralsChanged() {
        stats.refresh();
    }

    public UnitViewModel unitForm() {
        return new UnitViewModel(services.settings());
    }

    public AboutViewModel about() {
        return AboutViewModel.load(services);
    }

    public StatsExports statsExports() {
        StatsExports exports = new StatsExports(services.referrals(), executor, stats::currentRange);
        exports.onImported(stats::refresh);
        return exports;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public SyncViewModel sync() {
        return sync;
    }

    public CatalogViewModel catalog() {
        return catalog;
    }

    public CitizenViewModel citizen() {
        return citizen;
    }

    public ResultsViewModel results() {
        return results;
    }

    public HandoutViewModel handout() {
        return handout;
    }

    public StatsViewModel stats() {
        return stats;
    }

    /** The Koordinator tab's view-model, built when first asked for (the tab shows only in coordinator mode). */
    public CoordinatorViewModel coordinator() {
        if (coordinator == null) {
            coordinator = new CoordinatorViewModel(services, executor, shell::catalogueChanged);
        }
        return coordinator;
    }
}
