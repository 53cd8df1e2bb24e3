package dk.henvis.ui.shell;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.ui.UiServices;
import dk.henvis.ui.about.AboutDialog;
import dk.henvis.ui.about.AboutViewModel;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.MatchPort;
import dk.henvis.ui.browser.CatalogView;
import dk.henvis.ui.citizen.CitizenScreen;
import dk.henvis.ui.citizen.CitizenViewModel;
import dk.henvis.ui.citizen.ResultsViewModel;
import dk.henvis.ui.common.FileDialogs;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.handoutpreview.HandoutViewModel;
import dk.henvis.ui.offereditor.CoordinatorActions;
import dk.henvis.ui.offereditor.OfferEditor;
import dk.henvis.ui.common.OfferEvent;
import dk.henvis.ui.coordinator.CoordinatorView;
import dk.henvis.ui.coordinator.CoordinatorViewModel;
import dk.henvis.ui.coordinator.FolderChooser;
import dk.henvis.ui.flags.FlagDialog;
import dk.henvis.ui.flags.FlagViewModel;
import dk.henvis.ui.followup.FollowUpDialog;
import dk.henvis.ui.followup.FollowUpViewModel;
import dk.henvis.ui.retention.RetentionDialog;
import dk.henvis.ui.retention.RetentionViewModel;
import dk.henvis.ui.stats.StatsExports;
import dk.henvis.ui.stats.StatsView;
import dk.henvis.ui.stats.StatsViewModel;
import dk.henvis.ui.browser.CatalogViewModel;
import dk.henvis.ui.concurrent.TaskExecutor;
import dk.henvis.ui.firststart.UnitDialog;
import dk.henvis.ui.firststart.UnitViewModel;
import dk.henvis.ui.sources.SourcesDialog;
import dk.henvis.ui.sources.SourcesViewModel;
import dk.henvis.ui.sources.SyncPreferences;
import dk.henvis.ui.sources.SyncViewModel;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The main window: menus with accelerators, the screens as tabs, and the status bar. */
public final class MainWindow {
    public static final String STYLESHEET = "/dk/henvis/ui/henvis.css";
    public static final String STATUS_ID = "catalogueStatus";
    public static final String SAMPLE_ID = "sampleBadge";
    public static final String SYNC_BUTTON_ID = "syncButton";
    public static final String SYNC_RESULT_ID = "syncResult";
    public static final String SYNC_MESSAGE_ID = "syncMessage";

    private final UiServices services;
    private final ShellViewModel shell;
    private final CatalogViewModel catalogue;
    private final TabPane tabs = new TabPane();
    private final FileDialogs files;
    private final CitizenViewModel citizen;
    private final ResultsViewModel results;
    private final HandoutViewModel handout;
    private final TaskExecutor executor;
    private final SyncViewModel sync;
    private Stage stage;
    private CatalogView catalogueView;
    private CitizenScreen citizenScreen;
    private OfferEditor offerEditor;
    private FolderChooser folders = FolderChooser.system();
    private CoordinatorViewModel coordinator;
    private final StatsViewModel statsModel;

    public MainWindow(UiServices services, TaskExecutor executor) {
        this(services, executor, FileDialogs.system());
    }

    public MainWindow(UiServices services, TaskExecutor executor, FileDialogs files) {
        this.services = Objects.requireNonNull(services);
        this.files = files;
        this.executor = executor;
        this.shell = new ShellViewModel(services, executor);
        this.sync = new SyncViewModel(services.sync(), new SyncPreferences(services.settings()), executor,
                services.clock(), shell::catalogueChanged, shell::refreshStatus);
        shell.onStarted(sync::syncAtStartIfDue);
        this.catalogue = new CatalogViewModel(services.offers(), executor);
        this.statsModel = new StatsViewModel(services.referrals(), executor, services.clock());
        this.citizen = new CitizenViewModel(services.gazetteer(), services.settings().unit().orElse(null));
        MatchPort matcher = services.matcher();
        this.results = new ResultsViewModel(matcher, executor, services.clock(), citizen::toProfile);
        this.handout = new HandoutViewModel(services.handout(), services.referrals(), executor, results.chosen(),
                this::referralFacts);
        citizen.onChange(results::profileChanged);
        shell.onCatalogChanged(() -> {
            catalogue.reload();
            executor.submit(BackgroundTask.of(p -> {
                matcher.refresh();
                return true;
            }).onSuccess(v -> results.recompute()));
        });
    }

    private HandoutViewModel.ReferralFacts referralFacts() {
        String unit = services.settings().unit().map(StaffUnit::code).orElse(null);
        return new HandoutViewModel.ReferralFacts(unit, citizen.focusProperty().get(), citizen.ageValue(),
                citizen.postcode());
    }

    /** Builds the window on {@code stage}, shows it, asks for the unit on first start, loads the catalogue. */
    public void show(Stage stage) {
        this.stage = stage;
        BorderPane root = new BorderPane();
        root.getStyleClass().add("henvis-root");
        root.setTop(menus());
        citizenTab();
        catalogueView = new CatalogView(catalogue);
        offerEditor = new OfferEditor(services, executor, shell.fontSizeProperty(), saved -> shell.catalogueChanged());
        catalogueView.showActions(new CoordinatorActions(offerEditor, catalogue.selectedProperty(),
                shell.coordinatorModeProperty(), () -> stage).bar());
        catalogue.includeInactiveProperty().bind(shell.coordinatorModeProperty());
        addNotes(catalogueView.details());
        addNotes(citizenScreen.details());
        citizenScreen.details().setSourcesOf(o -> {
            var m = results.selectedProperty().get();
            return m != null && m.offer() == o ? m.sources() : java.util.List.of(o.key().source());
        });
        Tab catalogueTab = new Tab(i18n("ui.tab.catalogue").replace("_", ""), catalogueView);
        catalogueTab.setId("tabCatalog");
        catalogueTab.setClosable(false);
        tabs.getTabs().add(catalogueTab);
        StatsExports exports = new StatsExports(services.referrals(), executor, statsModel::currentRange);
        exports.onImported(statsModel::refresh);
        Tab statsTab = new Tab(i18n("ui.tab.stats"), new StatsView(statsModel, exports, files, this::openFollowUp));
        statsTab.setId("tabStats");
        statsTab.setClosable(false);
        statsTab.setOnSelectionChanged(e -> {
            if (statsTab.isSelected()) {
                statsModel.refresh();
            }
        });
        tabs.getTabs().add(statsTab);
        coordinatorTab();
        root.addEventHandler(OfferEvent.FLAG, e -> flagOffer(e.offer()));
        root.setCenter(tabs);
        root.setBottom(statusBar());
        root.styleProperty().bind(shell.fontSizeProperty().asString(java.util.Locale.ROOT, "-fx-font-size: %.0fpx;"));

        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::textSizeKeys);
        stage.setScene(scene);
        stage.setTitle(i18n("ui.window.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        WindowBounds.restore(stage, services.settings());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> WindowBounds.save(stage, services.settings()));
        stage.show();

        if (services.readOnly()) {
            // a read-only data folder: everything can be read, nothing saved; say so once, plainly
            Platform.runLater(() -> {
                Alert alert = new Alert(Alert.AlertType.WARNING,
                        i18n("store.dataFolderReadOnly", services.dataFolder().toAbsolutePath()));
                alert.initOwner(stage);
                alert.setHeaderText(null);
                alert.showAndWait();
            });
        }
        UnitViewModel unit = new UnitViewModel(services.settings());
        if (unit.isFirstStart()) {
            Platform.runLater(() -> {
                new UnitDialog(stage, unit, true).showAndWait();
                unitChanged();
            });
        }
        catalogue.reload();
        shell.start();
        results.recompute();
        Platform.runLater(citizenScreen::focusFirstField);
    }

    private void citizenTab() {
        citizenScreen = new CitizenScreen(citizen, results, handout, services.interestSuggester(),
                services.groupSuggester(), files);
        Tab tab = new Tab(i18n("ui.tab.citizen").replace("_", ""), citizenScreen);
        tab.setId("tabCitizen");
        tab.setClosable(false);
        tabs.getTabs().add(tab);
    }

    /** The Koordinator tab, shown only in coordinator mode; opening it collects the laptops' flags. */
    private void coordinatorTab() {
        coordinator = new CoordinatorViewModel(services, executor, shell::catalogueChanged);
        Tab tab = new Tab(i18n("ui.tab.coordinator"), new CoordinatorView(coordinator, folders));
        tab.setId("tabCoordinator");
        tab.setClosable(false);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                coordinator.open();
            }
        });
        Runnable showOrHide = () -> {
            if (shell.coordinatorModeProperty().get()) {
                if (!tabs.getTabs().contains(tab)) {
                    tabs.getTabs().add(tab);
                }
            } else {
                tabs.getTabs().remove(tab);
            }
        };
        shell.coordinatorModeProperty().addListener((o, a, b) -> showOrHide.run());
        showOrHide.run();
    }

    /** "Meld fejl i oplysningerne…" from any offer's details. */
    private void flagOffer(dk.henvis.catalog.Offer offer) {
        if (offer == null || services.readOnly()) {
            return;
        }
        new FlagDialog(stage, new FlagViewModel(services.flags(), offer)).showAndWait();
        if (shell.coordinatorModeProperty().get()) {
            coordinator.reloadFlags();
        }
    }

    /** Indstillinger → "Mappe til fejlmeldinger…". */
    private void chooseFlagsFolder() {
        var flags = services.flags();
        java.nio.file.Path current = flags.folder().orElse(null);
        folders.choose(stage, i18n("ui.flag.chooseFolder", current == null ? "–" : current.toString()), current)
                .ifPresent(flags::setFolder);
    }

    /** Replaces the system's folder dialog (tests). */
    public void setFolderChooser(FolderChooser chooser) {
        this.folders = chooser;
    }

    private void unitChanged() {
        services.settings().unit().ifPresent(u -> {
            citizen.setUnit(u);
            newCitizen();
        });
    }

    /** "Ny borger" (Ctrl+N): forgets every field, the suggestions, the choice, the name and the note. */
    public void newCitizen() {
        results.clear();
        handout.clear();
        citizen.clear();
        selectTab("tabCitizen");
        citizenScreen.focusFirstField();
    }

    private MenuBar menus() {
        Menu file = new Menu(i18n("ui.menu.file"));
        MenuItem quit = item(i18n("ui.menu.quit"), new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                () -> stage.close());
        MenuItem newCitizen = item(i18n("ui.menu.newCitizen"),
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newCitizen);
        MenuItem preview = item(i18n("ui.menu.preview"),
                new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), () -> withScreen(CitizenScreen::preview));
        MenuItem print = item(i18n("ui.menu.print"),
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> withScreen(CitizenScreen::print));
        MenuItem save = item(i18n("ui.menu.save"),
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> withScreen(CitizenScreen::save));
        for (MenuItem m : new MenuItem[] {preview, print, save}) {
            m.disableProperty().bind(handout.canMake().not());
        }
        MenuItem syncNow = item(i18n("ui.menu.sync"), new KeyCodeCombination(KeyCode.F5), sync::syncNow);
        syncNow.setId("menuSync");
        syncNow.disableProperty().bind(sync.syncingProperty());
        MenuItem followUp = item(i18n("ui.menu.followUp"),
                new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), this::openFollowUp);
        followUp.setId("menuFollowUp");
        file.getItems().addAll(newCitizen, new SeparatorMenuItem(), preview, print, save, new SeparatorMenuItem(),
                followUp, syncNow, new SeparatorMenuItem(), quit);

        Menu view = new Menu(i18n("ui.menu.view"));
        MenuItem toCatalog = item(i18n("ui.menu.catalogue"),
                new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> selectTab("tabCatalog"));
        MenuItem toStats = item(i18n("ui.menu.stats"),
                new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), () -> selectTab("tabStats"));
        MenuItem find = item(i18n("ui.menu.find"), new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> {
                    selectTab("tabCatalog");
                    catalogueView.focusSearch();
                });
        MenuItem bigger = item(i18n("ui.menu.bigger"),
                new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), shell::biggerText);
        MenuItem smaller = item(i18n("ui.menu.smaller"),
                new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), shell::smallerText);
        MenuItem toCitizen = item(i18n("ui.menu.citizen"),
                new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> {
                    selectTab("tabCitizen");
                    withScreen(CitizenScreen::focusFirstField);
                });
        MenuItem toResults = item(i18n("ui.menu.results"),
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), () -> {
                    selectTab("tabCitizen");
                    withScreen(CitizenScreen::focusResults);
                });
        view.getItems().addAll(toCitizen, toResults, toCatalog, toStats, find, new SeparatorMenuItem(), bigger, smaller);

        Menu settings = new Menu(i18n("ui.menu.settings"));
        settings.setId("menuSettings");
        MenuItem unit = item(i18n("ui.menu.unit"), null, this::openSettings);
        MenuItem retention = item(i18n("ui.menu.retention"), null, this::openRetention);
        retention.setId("menuRetention");
        CheckMenuItem coordinator = new CheckMenuItem(i18n("ui.menu.coordinatorMode"));
        coordinator.setId("menuCoordinatorMode");
        coordinator.setMnemonicParsing(true);
        coordinator.setSelected(shell.coordinatorModeProperty().get());
        coordinator.setOnAction(e -> shell.setCoordinatorMode(coordinator.isSelected()));
        MenuItem flagsFolder = item(i18n("ui.menu.flagsFolder"), null, this::chooseFlagsFolder);
        flagsFolder.setId("menuFlagsFolder");
        MenuItem sourcesItem = item(i18n("ui.menu.sources"), null, this::openSources);
        sourcesItem.setId("menuSources");
        settings.getItems().addAll(unit, sourcesItem, flagsFolder, retention, new SeparatorMenuItem(), coordinator);

        Menu help = new Menu(i18n("ui.menu.help"));
        MenuItem keys = item(i18n("ui.menu.keys"), new KeyCodeCombination(KeyCode.F1), this::showKeys);
        MenuItem about = item(i18n("ui.menu.about"), null, this::showAbout);
        about.setId("menuAbout");
        help.getItems().addAll(keys, about);
        return new MenuBar(file, view, settings, help);
    }

    private void showAbout() {
        new AboutDialog(stage, AboutViewModel.load(services)).showAndWait();
    }

    private void withScreen(java.util.function.Consumer<CitizenScreen> action) {
        selectTab("tabCitizen");
        action.accept(citizenScreen);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Ctrl with +, = or the keypad's + and − also changes the text size (keyboard layouts differ). */
    private void textSizeKeys(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.ADD || code == KeyCode.EQUALS || code == KeyCode.PLUS) {
            shell.biggerText();
            e.consume();
        } else if (code == KeyCode.SUBTRACT || code == KeyCode.MINUS) {
            shell.smallerText();
            e.consume();
        }
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId(STATUS_ID);
        status.textProperty().bind(shell.statusProperty());
        shell.staleProperty().addListener((o, a, b) -> {
            status.getStyleClass().remove("warning");
            if (b) {
                status.getStyleClass().add("warning");
            }
        });
        Label sample = new Label(i18n("ui.status.sample"));
        sample.setId(SAMPLE_ID);
        sample.getStyleClass().add("badge");
        sample.visibleProperty().bind(shell.sampleProperty());
        sample.managedProperty().bind(sample.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label progressText = new Label();
        progressText.textProperty().bind(shell.progressMessageProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(shell.progressProperty());
        progress.visibleProperty().bind(shell.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox bar = new HBox(10, status, sample, spacer, syncResult(), progressText, progress, syncProgress(),
                syncButton());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** The outcome of the last sync, per source; a warning when a source failed; click for the log. */
    private javafx.scene.Node syncResult() {
        javafx.scene.control.Hyperlink result = new javafx.scene.control.Hyperlink();
        result.setId(SYNC_RESULT_ID);
        result.textProperty().bind(sync.resultProperty());
        result.setMaxWidth(700);
        result.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        result.visibleProperty().bind(sync.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", sync.resultLines()), sync.resultLines()));
        tip.setWrapText(true);
        tip.setMaxWidth(700);
        result.setTooltip(tip);
        sync.failedProperty().addListener((o, a, b) -> {
            result.getStyleClass().remove("warning");
            if (b) {
                result.getStyleClass().add("warning");
            }
        });
        result.setOnAction(e -> openSources());
        return result;
    }

    private javafx.scene.Node syncProgress() {
        Label text = new Label();
        text.setId(SYNC_MESSAGE_ID);
        text.textProperty().bind(sync.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(sync.progressProperty());
        HBox box = new HBox(6, text, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(sync.syncingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private javafx.scene.control.Button syncButton() {
        javafx.scene.control.Button button = new javafx.scene.control.Button(i18n("ui.sync.button"));
        button.setId(SYNC_BUTTON_ID);
        button.setMnemonicParsing(false);
        button.disableProperty().bind(sync.syncingProperty());
        button.setOnAction(e -> sync.syncNow());
        button.setFocusTraversable(false);
        return button;
    }

    /** The staff's note and "verified by phone" below an offer's details. */
    private void addNotes(dk.henvis.ui.common.OfferDetailsView details) {
        var pane = new dk.henvis.ui.notes.OfferNotePane(
                new dk.henvis.ui.notes.OfferNoteViewModel(services.offerNotes(), executor, services.clock()));
        details.addSection(o -> services.readOnly() ? null : pane.forOffer(o));
    }

    /** Indstillinger → Kilder og opdatering: sources, interval, the sync log. */
    public void openSources() {
        SourcesViewModel model = new SourcesViewModel(services.sources(), services.sync(),
                new SyncPreferences(services.settings()), executor, services.clock());
        SourcesDialog dialog = new SourcesDialog(stage, model, sync,
                Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
        dialog.setOnHidden(e -> shell.refreshStatus());
        dialog.show();
    }

    public SyncViewModel sync() {
        return sync;
    }

    public void selectTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void openSettings() {
        var before = services.settings().unit();
        new UnitDialog(stage, new UnitViewModel(services.settings()), false).showAndWait();
        if (!before.equals(services.settings().unit())) {
            unitChanged();
        }
    }

    /** "Opfølgning" (Ctrl+U): the follow-up of a referral by its code; the statistics follow. */
    public void openFollowUp() {
        FollowUpViewModel model = new FollowUpViewModel(services.referrals(), executor);
        model.onSaved(() -> statsModel.refresh());
        new FollowUpDialog(stage, model).showAndWait();
    }

    /** Indstillinger → "Opbevaring af henvisninger". */
    private void openRetention() {
        RetentionViewModel model = new RetentionViewModel(services.referrals(), executor);
        new RetentionDialog(stage, model).showAndWait();
        statsModel.refresh();
    }

    private void showKeys() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(i18n("ui.keys.title"));
        alert.setHeaderText(i18n("ui.keys.title"));
        Label text = new Label(i18n("ui.keys.text"));
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    public ShellViewModel shell() {
        return shell;
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

    /** The Koordinator tab's view-model (the tab itself shows only in coordinator mode). */
    public CoordinatorViewModel coordinator() {
        return coordinator;
    }

    public CatalogViewModel catalogue() {
        return catalogue;
    }

    /** Opens the coordinator's offer form (new, edit, duplicate, adopt, retire); set once the window is shown. */
    public OfferEditor offerEditor() {
        return offerEditor;
    }

    public StatsViewModel stats() {
        return statsModel;
    }

    TabPane tabs() {
        return tabs;
    }
}
