package dk.henvis.ui.sources;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.sync.ProgressListener;
import dk.henvis.sync.Source;
import dk.henvis.sync.SourceReport;
import dk.henvis.sync.SyncReport;
import dk.henvis.sync.SyncService;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Opdater katalog": runs a sync of every enabled source in the background with progress, and afterwards
 * says per source what happened (added / changed / withdrawn, or the error and the time of the last good
 * sync). At start it syncs by itself when the catalogue is older than the configured interval and a
 * source can be reached; offline it does nothing and the catalogue is used as it is.
 */
public final class SyncViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SyncService sync;
    private final SyncPreferences preferences;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Runnable catalogueChanged;
    private final Runnable synced;
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final ObservableList<String> resultLines = FXCollections.observableArrayList();
    private SyncReport lastReport;

    /**
     * @param catalogueChanged run (on the JavaFX thread) after a sync that changed offers: screens reload
     * @param synced           run after every sync attempt: the status line re-reads the catalogue's age
     */
    public SyncViewModel(SyncService sync, SyncPreferences preferences, TaskExecutor executor, Clock clock,
            Runnable catalogueChanged, Runnable synced) {
        this.sync = sync;
        this.preferences = preferences;
        this.executor = executor;
        this.clock = clock;
        this.catalogueChanged = catalogueChanged;
        this.synced = synced;
    }

    /** Syncs every enabled source now, unless a sync is already running. */
    public void syncNow() {
        if (syncing.get()) {
            return;
        }
        syncing.set(true);
        progress.set(-1);
        message.set(i18n("ui.sync.starting"));
        executor.submit(BackgroundTask.of(p -> {
                    if (sync.sources().stream().noneMatch(Source::enabled)) {
                        return null;
                    }
                    return sync.syncAll(new Progress(p, zone()));
                })
                .onProgress((f, m) -> {
                    progress.set(f);
                    if (m != null) {
                        message.set(m);
                    }
                })
                .onSuccess(this::show)
                .onFailure(e -> showLines(List.of(i18n("ui.sync.crashed", String.valueOf(e.getMessage()))), true))
                .onFinished(() -> {
                    syncing.set(false);
                    message.set("");
                    progress.set(-1);
                    synced.run();
                }));
    }

    /**
     * At start: syncs by itself when sync at start is on, some source is enabled, the catalogue is older
     * than the interval and a source can be reached now. Checked in the background; offline it does nothing.
     */
    public void syncAtStartIfDue() {
        if (!preferences.syncAtStart()) {
            return;
        }
        executor.submit(BackgroundTask.of(p -> sync.sources().stream().anyMatch(Source::enabled)
                        && sync.needsSync(preferences.interval()) && sync.anyReachable())
                .onSuccess(due -> {
                    if (due) {
                        syncNow();
                    }
                }));
    }

    private void show(SyncReport report) {
        lastReport = report;
        if (report == null) {
            showLines(List.of(i18n("ui.sync.noSources")), true);
            return;
        }
        String at = TIME.withZone(zone()).format(report.finished());
        List<String> lines = report.sources().stream().map(r -> r.describe(zone())).toList();
        showLines(lines, !report.allOk());
        result.set(i18n("ui.sync.result", at, String.join("  ·  ", lines)));
        if (report.changedCatalog()) {
            catalogueChanged.run();
        }
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private void showLines(List<String> lines, boolean anyFailed) {
        resultLines.setAll(lines);
        failed.set(anyFailed);
        result.set(String.join("  ·  ", lines));
    }

    /** Turns the sync's progress into the status bar's fraction and Danish message. */
    private static final class Progress implements ProgressListener {
        private final BackgroundTask.Progress p;
        private final ZoneId zone;
        private volatile int index;
        private volatile int count = 1;

        Progress(BackgroundTask.Progress p, ZoneId zone) {
            this.p = p;
            this.zone = zone;
        }

        @Override
        public void sourceStarted(String source, int index, int count) {
            this.index = index;
            this.count = count;
            p.update(index - 1, count, i18n("ui.sync.fetching", source, index, count));
        }

        @Override
        public void phase(String source, Phase phase) {
            String key = switch (phase) {
                case FETCHING -> "ui.sync.fetching";
                case BACKING_UP -> "ui.sync.backingUp";
                case APPLYING -> "ui.sync.applying";
            };
            p.update(index - 1, count, i18n(key, source, index, count));
        }

        @Override
        public void bytesReceived(String source, long bytes) {
            p.update(index - 1, count, i18n("ui.sync.received", source, index, count,
                    String.format(dk.henvis.i18n.Messages.DANISH, "%.1f", bytes / 1_000_000.0)));
        }

        @Override
        public void sourceFinished(SourceReport report) {
            p.update(index, count, report.describe(zone));
        }
    }

    /** The report of the last sync in this window, or null. */
    public SyncReport lastReport() {
        return lastReport;
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The outcome of the last sync, one line per source, for the status bar. */
    public ReadOnlyStringProperty resultProperty() {
        return result;
    }

    public ObservableList<String> resultLines() {
        return resultLines;
    }

    /** True when the last sync had a failing source (shown as a warning). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
