package dk.henvis.ui.sources;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.formats.SourceFormat;
import dk.henvis.catalog.BadInputException;
import dk.henvis.sync.Source;
import dk.henvis.sync.SourceLocations;
import dk.henvis.sync.SourceStore;
import dk.henvis.sync.SyncLogEntry;
import dk.henvis.sync.SyncService;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Indstillinger → "Kilder og opdatering": the configured sources (add with kind and location, checked
 * next to each field; remove; switch on and off), the sync interval and sync at start, and the sync log.
 */
public final class SourcesViewModel {
    /** How many lines of the sync log are shown. */
    public static final int LOG_LINES = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    /** One source as listed: its settings and how its last sync went, in Danish. */
    public record Row(String name, String kind, String location, boolean enabled, String lastSync, String outcome,
            boolean failed) {
    }

    /** One sync-log line as shown. */
    public record LogRow(String time, String source, String outcome, boolean failed) {
    }

    private final SourceStore store;
    private final SyncService sync;
    private final SyncPreferences preferences;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObservableList<Row> sources = FXCollections.observableArrayList();
    private final ObservableList<LogRow> log = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>();
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty kindError = new SimpleStringProperty("");
    private final StringProperty locationError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty intervalHours = new SimpleIntegerProperty();
    private final BooleanProperty syncAtStart = new SimpleBooleanProperty();

    public SourcesViewModel(SourceStore store, SyncService sync, SyncPreferences preferences, TaskExecutor executor,
            Clock clock) {
        this.store = store;
        this.sync = sync;
        this.preferences = preferences;
        this.executor = executor;
        this.clock = clock;
        intervalHours.set(preferences.intervalHours());
        syncAtStart.set(preferences.syncAtStart());
        intervalHours.addListener((o, a, b) -> preferences.setIntervalHours(b.intValue()));
        syncAtStart.addListener((o, a, b) -> preferences.setSyncAtStart(b));
        name.addListener((o, a, b) -> nameError.set(""));
        kind.addListener((o, a, b) -> kindError.set(""));
        location.addListener((o, a, b) -> locationError.set(""));
    }

    /** The kinds a source may have, as offered in the dialog. */
    public static List<String> kinds() {
        return java.util.Arrays.stream(SourceFormat.values()).map(SourceFormat::code).toList();
    }

    /** Danish name of a kind code ("HSDS-fil (JSON)", ...). */
    public static String kindLabel(String code) {
        if (code == null) {
            return "";
        }
        return switch (code) {
            case "hsds-json" -> i18n("ui.sources.kind.hsds-json");
            case "hsds-package" -> i18n("ui.sources.kind.hsds-package");
            case "kultunaut-json" -> i18n("ui.sources.kind.kultunaut-json");
            case "kultunaut-xml" -> i18n("ui.sources.kind.kultunaut-xml");
            default -> code;
        };
    }

    /** Re-reads the sources and the log. */
    public void reload() {
        executor.submit(BackgroundTask.of(p -> new Loaded(store.all(), sync.recentLog(LOG_LINES)))
                .onSuccess(l -> {
                    sources.setAll(l.sources().stream().map(this::row).toList());
                    log.setAll(l.log().stream().map(this::logRow).toList());
                }));
    }

    private record Loaded(List<Source> sources, List<SyncLogEntry> log) {
    }

    private Row row(Source s) {
        String last = s.lastSuccess() == null ? i18n("ui.sources.never") : when(s.lastSuccess());
        boolean failed = s.lastError() != null;
        String outcome = !s.enabled() ? i18n("ui.sources.off")
                : failed ? i18n("ui.sources.error", s.lastError())
                : s.lastSuccess() == null ? i18n("ui.sources.notYet") : i18n("ui.sources.ok");
        return new Row(s.name(), s.kind().code(), s.location(), s.enabled(), last, outcome, failed);
    }

    private LogRow logRow(SyncLogEntry e) {
        String outcome = switch (e.outcome()) {
            case UPDATED -> i18n("ui.sources.log.updated", e.added(), e.changed(), e.withdrawn(), e.removed());
            case UNCHANGED -> i18n("ui.sources.log.unchanged");
            case FAILED -> i18n("ui.sources.log.failed", e.error());
        };
        return new LogRow(when(e.time()), e.source(), outcome, e.outcome() == SyncLogEntry.Outcome.FAILED);
    }

    private String when(Instant t) {
        return WHEN.withZone(clock.getZone()).format(t);
    }

    /**
     * Checks the fields and adds the source; each problem is shown next to its field. Returns true when
     * the fields were valid and the source is being added.
     */
    public boolean add() {
        message.set("");
        String n = name.get() == null ? "" : name.get().strip();
        String k = kind.get();
        String loc = location.get() == null ? "" : location.get().strip();
        boolean ok = true;
        if (n.isEmpty()) {
            nameError.set(i18n("ui.sources.error.nameMissing"));
            ok = false;
        } else if (sources.stream().anyMatch(r -> r.name().equalsIgnoreCase(n))) {
            nameError.set(i18n("ui.sources.error.nameTaken", n));
            ok = false;
        }
        if (k == null || !kinds().contains(k)) {
            kindError.set(i18n("ui.sources.error.kindMissing"));
            ok = false;
        }
        String locProblem = checkLocation(loc, k);
        if (locProblem != null) {
            locationError.set(locProblem);
            ok = false;
        }
        if (!ok) {
            return false;
        }
        executor.submit(BackgroundTask.of(p -> store.add(n, k, loc))
                .onSuccess(s -> {
                    name.set("");
                    location.set("");
                    kind.set(null);
                    message.set(i18n("ui.sources.added", s.name()));
                    reload();
                })
                .onFailure(e -> message.set(e instanceof BadInputException ? e.getMessage()
                        : i18n("ui.sources.error.save", String.valueOf(e.getMessage())))));
        return true;
    }

    /** Null when {@code loc} is a usable location for {@code kind}, else the Danish problem. */
    static String checkLocation(String loc, String kind) {
        return SourceLocations.problem(loc, kind).orElse(null);
    }

    public void remove(String sourceName) {
        executor.submit(BackgroundTask.of(p -> {
                    store.remove(sourceName);
                    return sourceName;
                })
                .onSuccess(n -> {
                    message.set(i18n("ui.sources.removed", n));
                    reload();
                })
                .onFailure(e -> message.set(String.valueOf(e.getMessage()))));
    }

    public void setEnabled(String sourceName, boolean enabled) {
        executor.submit(BackgroundTask.of(p -> {
                    store.setEnabled(sourceName, enabled);
                    return sourceName;
                })
                .onSuccess(n -> {
                    message.set(i18n(enabled ? "ui.sources.enabled" : "ui.sources.disabled", n));
                    reload();
                })
                .onFailure(e -> message.set(String.valueOf(e.getMessage()))));
    }

    public ObservableList<Row> sources() {
        return sources;
    }

    public ObservableList<LogRow> log() {
        return log;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError;
    }

    public ReadOnlyStringProperty kindErrorProperty() {
        return kindError;
    }

    public ReadOnlyStringProperty locationErrorProperty() {
        return locationError;
    }

    /** What the last action did ("Kilden 'kommunen' er tilføjet"), or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public IntegerProperty intervalHoursProperty() {
        return intervalHours;
    }

    public BooleanProperty syncAtStartProperty() {
        return syncAtStart;
    }
}
