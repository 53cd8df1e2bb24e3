package dk.henvis.ui.shell;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.settings.Settings;
import dk.henvis.ui.sources.SyncPreferences;
import dk.henvis.ui.UiServices;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The main window's state: the catalogue status line, background progress, the text size and the
 * first-start loading of the sample catalogue.
 */
public final class ShellViewModel {
    public static final String FONT_SIZE = "ui.fontSize";
    public static final double DEFAULT_FONT_SIZE = 16;
    public static final double MIN_FONT_SIZE = 12;
    public static final double MAX_FONT_SIZE = 24;

    private final UiServices services;
    private final TaskExecutor executor;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty stale = new SimpleBooleanProperty();
    private final BooleanProperty sample = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(DEFAULT_FONT_SIZE);
    private final BooleanProperty coordinatorMode = new SimpleBooleanProperty();
    private final java.util.List<Runnable> catalogueListeners = new java.util.ArrayList<>();
    private final java.util.List<Runnable> startedListeners = new java.util.ArrayList<>();

    public ShellViewModel(UiServices services, TaskExecutor executor) {
        this.services = services;
        this.executor = executor;
        fontSize.set(clamp(services.settings().getDouble(FONT_SIZE, DEFAULT_FONT_SIZE)));
        coordinatorMode.set(services.settings().coordinatorMode());
    }

    /** Switches coordinator mode on or off and remembers it. */
    public void setCoordinatorMode(boolean on) {
        services.settings().setCoordinatorMode(on);
        coordinatorMode.set(on);
    }

    /** True when this installation curates the catalogue; coordinator screens bind to it. */
    public ReadOnlyBooleanProperty coordinatorModeProperty() {
        return coordinatorMode;
    }

    /** Called when the catalogue changed (loaded, synced), so screens reload. */
    public void onCatalogChanged(Runnable listener) {
        catalogueListeners.add(listener);
    }

    /** Tells every screen the catalogue changed (after a sync) and re-reads the status line. */
    public void catalogueChanged() {
        catalogueListeners.forEach(Runnable::run);
        refreshStatus();
    }

    /** Called once the start-up work (sample catalogue check) is done; e.g. the sync at start. */
    public void onStarted(Runnable listener) {
        startedListeners.add(listener);
    }

    /** On start: loads the sample catalogue into an empty database, then shows the status. */
    public void start() {
        start(Runnable::run, this::refreshStatus);
    }

    /**
     * As {@link #start()}; the status line's read of the whole catalogue ({@code readStatus}, which ends in a
     * {@code refreshStatus}) and the start listeners (the sync at start) are handed to {@code afterFirstScreen},
     * which runs them once the first screen's own work is done (issue 17: on two cores they took CPU from the
     * first suggestions).
     */
    public void start(Consumer<Runnable> afterFirstScreen, Runnable readStatus) {
        busy.set(true);
        progressMessage.set(i18n("ui.status.checking"));
        executor.submit(BackgroundTask.of(p -> {
                    if (services.offers().count() > 0) {
                        return false;
                    }
                    p.update(0, 1, i18n("ui.status.loadingSample"));
                    return services.sampleCatalog()
                            .load((done, total) -> p.update(done, total, i18n("ui.status.loadingSample"))) > 0;
                })
                .onProgress((f, m) -> {
                    progress.set(f);
                    if (m != null) {
                        progressMessage.set(m);
                    }
                })
                .onSuccess(loaded -> {
                    if (loaded) {
                        catalogueListeners.forEach(Runnable::run);
                    }
                })
                .onFailure(e -> status.set(i18n("ui.status.loadFailed")))
                .onFinished(() -> afterFirstScreen.accept(() -> {
                    // "checking the catalogue" stays until the status line's own read starts: no blank status
                    busy.set(false);
                    progressMessage.set("");
                    readStatus.run();
                    startedListeners.forEach(Runnable::run);
                })));
    }

    public void refreshStatus() {
        refreshStatus(OptionalInt.empty());
    }

    /**
     * As {@link #refreshStatus()} with the activities already counted by the matching's index (at start, just
     * built for the first suggestions): reads the offers' times and sources, not the offers (issue 17).
     */
    public void refreshStatus(int activities) {
        refreshStatus(OptionalInt.of(activities));
    }

    private void refreshStatus(OptionalInt counted) {
        executor.submit(BackgroundTask.of(p -> {
                    CatalogStatus s = counted.isPresent()
                            ? new CatalogStatus(counted.getAsInt(), services.offers().newestChange().orElse(null),
                                    services.offers().currentSources().stream()
                                            .anyMatch(services.sampleCatalog()::isSampleSource))
                            : CatalogStatus.of(services.offers().current(), services.sampleCatalog()::isSampleSource);
                    var lastGood = services.sync().lastGoodSync();
                    return lastGood.isPresent()
                            ? s.syncedAt(lastGood.get(), new SyncPreferences(services.settings()).interval()) : s;
                })
                .onSuccess(this::show)
                .onFailure(e -> status.set(i18n("ui.status.loadFailed"))));
    }

    private void show(CatalogStatus s) {
        status.set(s.text(services.clock()));
        stale.set(s.isStale(services.clock()));
        sample.set(s.sample());
    }

    public void biggerText() {
        setFontSize(fontSize.get() + 2);
    }

    public void smallerText() {
        setFontSize(fontSize.get() - 2);
    }

    public void setFontSize(double size) {
        fontSize.set(clamp(size));
        services.settings().put(FONT_SIZE, Double.toString(fontSize.get()));
    }

    private static double clamp(double size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
    }

    public ReadOnlyBooleanProperty sampleProperty() {
        return sample;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage;
    }

    public ReadOnlyDoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Used by the settings dialog to show the configured unit. */
    public Settings settings() {
        return services.settings();
    }

}
