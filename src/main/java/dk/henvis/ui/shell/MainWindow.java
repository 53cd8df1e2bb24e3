package dk.henvis.ui.shell;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Offer;
import dk.henvis.ui.UiServices;
import dk.henvis.ui.about.AboutDialog;
import dk.henvis.ui.browser.CatalogViewModel;
import dk.henvis.ui.citizen.CitizenScreen;
import dk.henvis.ui.citizen.CitizenViewModel;
import dk.henvis.ui.citizen.ResultsViewModel;
import dk.henvis.ui.common.FileDialogs;
import dk.henvis.ui.common.OfferEvent;
import dk.henvis.ui.concurrent.TaskExecutor;
import dk.henvis.ui.coordinator.CoordinatorViewModel;
import dk.henvis.ui.coordinator.FolderChooser;
import dk.henvis.ui.firststart.UnitDialog;
import dk.henvis.ui.firststart.UnitViewModel;
import dk.henvis.ui.flags.FlagDialog;
import dk.henvis.ui.followup.FollowUpDialog;
import dk.henvis.ui.handoutpreview.HandoutViewModel;
import dk.henvis.ui.offereditor.OfferEditor;
import dk.henvis.ui.retention.RetentionDialog;
import dk.henvis.ui.sources.SourcesDialog;
import dk.henvis.ui.sources.SyncViewModel;
import dk.henvis.ui.stats.StatsViewModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window: {@link MainMenus} on top, the screens as {@link MainTabs}, the {@link StatusBar} below,
 * and the dialogs the menus open. It holds no logic: what it shows and does comes from {@link MainViewModel}.
 */
public final class MainWindow {
    public static final String STYLESHEET = "/dk/henvis/ui/henvis.css";
    public static final String STATUS_ID = "catalogueStatus";
    public static final String SAMPLE_ID = "sampleBadge";
    public static final String SYNC_BUTTON_ID = "syncButton";
    public static final String SYNC_RESULT_ID = "syncResult";
    public static final String SYNC_MESSAGE_ID = "syncMessage";
    /** Where the worker left the citizen screen's dividers (settings.properties). */
    public static final String CITIZEN_DIVIDERS = "ui.dividers.citizen";

    private final FileDialogs files;
    private final MainViewModel model;
    private FolderChooser folders = FolderChooser.system();
    private Stage stage;
    private MainTabs tabs;
    private MainMenus menus;
    private OfferEditor offerEditor;

    public MainWindow(UiServices services, TaskExecutor executor) {
        this(services, executor, FileDialogs.system());
    }

    public MainWindow(UiServices services, TaskExecutor executor, FileDialogs files) {
        this.files = files;
        this.model = new MainViewModel(Objects.requireNonNull(services), executor);
    }

    /** Builds the window on {@code stage}, shows it, asks for the unit on first start, loads the catalogue. */
    public void show(Stage stage) {
        this.stage = stage;
        ShellViewModel shell = model.shell();
        BorderPane root = new BorderPane();
        root.getStyleClass().add("henvis-root");
        menus = new MainMenus(this, model);
        root.setTop(menus.bar());
        offerEditor = new OfferEditor(model::offerForm, model.interestSuggester(), model.groupSuggester(),
                shell.fontSizeProperty());
        tabs = new MainTabs(model, offerEditor, files, folders, () -> stage, this::openFollowUp);
        root.addEventHandler(OfferEvent.FLAG, e -> flagOffer(e.offer()));
        root.setCenter(tabs);
        root.setBottom(new StatusBar(shell, model.sync(), this::openSources));
        root.styleProperty().bind(shell.fontSizeProperty().asString(Locale.ROOT, "-fx-font-size: %.0fpx;"));

        Scene scene = new Scene(root);
        scene.getStylesheets().add(stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::textSizeKeys);
        stage.setScene(scene);
        stage.setTitle(i18n("ui.window.title"));
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        WindowBounds.restore(stage, model.settings());
        DividerPositions.restore(tabs.citizenScreen().split(), model.settings(), CITIZEN_DIVIDERS);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            WindowBounds.save(stage, model.settings());
            DividerPositions.save(tabs.citizenScreen().split(), model.settings(), CITIZEN_DIVIDERS);
        });
        DialogTextSize.follow(stage, shell.fontSizeProperty(), stylesheet());
        stage.show();

        if (model.readOnly()) {
            // a read-only data folder: everything can be read, nothing saved; say so once, plainly
            Platform.runLater(() -> {
                Alert alert = new Alert(Alert.AlertType.WARNING,
                        i18n("store.dataFolderReadOnly", model.dataFolder().toAbsolutePath()));
                alert.initOwner(stage);
                alert.setHeaderText(null);
                alert.showAndWait();
            });
        }
        UnitViewModel unit = model.unitForm();
        if (unit.isFirstStart()) {
            Platform.runLater(() -> {
                new UnitDialog(stage, unit, true).showAndWait();
                unitChanged();
            });
        }
        model.start();
        Platform.runLater(tabs.citizenScreen()::focusFirstField);
    }

    /** Ctrl with +, = or the keypad's + and − also changes the text size (keyboard layouts differ). */
    private void textSizeKeys(KeyEvent e) {
        int step = Shortcuts.textSizeStep(e);
        if (step > 0) {
            model.shell().biggerText();
            e.consume();
        } else if (step < 0) {
            model.shell().smallerText();
            e.consume();
        }
    }

    // --- what the menus do ----------------------------------------------------------------------------

    void close() {
        stage.close();
    }

    /** "Ny borger" (Ctrl+N): forgets every field, the suggestions, the choice, the name and the note. */
    public void newCitizen() {
        model.clearCitizen();
        withCitizenScreen(CitizenScreen::focusFirstField);
    }

    /** Shows the citizen tab and runs {@code action} on its screen. */
    void withCitizenScreen(Consumer<CitizenScreen> action) {
        selectTab(MainTabs.CITIZEN);
        action.accept(tabs.citizenScreen());
    }

    /** "Søg i kataloget" (Ctrl+F). */
    void findInCatalog() {
        selectTab(MainTabs.CATALOG);
        tabs.catalogView().focusSearch();
    }

    public void selectTab(String id) {
        tabs.select(id);
    }

    private void unitChanged() {
        if (model.takeUnit()) {
            newCitizen();
        }
    }

    void openSettings() {
        var before = model.unit();
        new UnitDialog(stage, model.unitForm(), false).showAndWait();
        if (!before.equals(model.unit())) {
            unitChanged();
        }
    }

    /** Indstillinger → Kilder og opdatering: sources, interval, the sync log. */
    public void openSources() {
        SourcesDialog dialog = new SourcesDialog(stage, model.sources(), model.sync(), stylesheet());
        dialog.setOnHidden(e -> model.shell().refreshStatus());
        dialog.show();
    }

    /** "Opfølgning" (Ctrl+U): the follow-up of a referral by its code; the statistics follow. */
    public void openFollowUp() {
        new FollowUpDialog(stage, model.followUp()).showAndWait();
    }

    /** Indstillinger → "Opbevaring af henvisninger". */
    void openRetention() {
        new RetentionDialog(stage, model.retention()).showAndWait();
        model.referralsChanged();
    }

    /** Indstillinger → "Mappe til fejlmeldinger…". */
    void chooseFlagsFolder() {
        Path current = model.flagsFolder().orElse(null);
        folders.choose(stage, i18n("ui.flag.chooseFolder", current == null ? "–" : current.toString()), current)
                .ifPresent(model::setFlagsFolder);
    }

    /** "Meld fejl i oplysningerne…" from any offer's details. */
    private void flagOffer(Offer offer) {
        if (model.canFlag(offer)) {
            new FlagDialog(stage, model.flag(offer)).showAndWait();
            model.flagged();
        }
    }

    void showKeys() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(i18n("ui.keys.title"));
        alert.setHeaderText(i18n("ui.keys.title"));
        Label text = new Label(keysText());
        text.setWrapText(true);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        alert.getDialogPane().setContent(scroll);
        alert.showAndWait();
    }

    /** F1's list: every shortcut the menus bind, then the keys that are not menu items. */
    String keysText() {
        return String.join("\n", menus.keyLines()) + "\n" + i18n("ui.keys.more");
    }

    void showAbout() {
        new AboutDialog(stage, model.about()).showAndWait();
    }

    private String stylesheet() {
        return Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm();
    }

    /** Replaces the system's folder dialog (tests); before {@link #show}. */
    public void setFolderChooser(FolderChooser chooser) {
        this.folders = chooser;
    }

    // --- the view-models, for tests and screenshot programs -----------------------------------------------

    public ShellViewModel shell() {
        return model.shell();
    }

    public SyncViewModel sync() {
        return model.sync();
    }

    public CitizenViewModel citizen() {
        return model.citizen();
    }

    public ResultsViewModel results() {
        return model.results();
    }

    public HandoutViewModel handout() {
        return model.handout();
    }

    /** The Koordinator tab's view-model (the tab itself shows only in coordinator mode). */
    public CoordinatorViewModel coordinator() {
        return model.coordinator();
    }

    public CatalogViewModel catalogue() {
        return model.catalog();
    }

    /** Opens the coordinator's offer form (new, edit, duplicate, adopt, retire); set once the window is shown. */
    public OfferEditor offerEditor() {
        return offerEditor;
    }

    public StatsViewModel stats() {
        return model.stats();
    }
}
