package dk.henvis.ui.coordinator;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.OfferKey;
import dk.henvis.curation.Flag;
import dk.henvis.curation.FlagExchangeReport;
import dk.henvis.curation.FlagService;
import dk.henvis.curation.StaleOffer;
import dk.henvis.curation.StaleWatch;
import dk.henvis.publish.FolderPublication;
import dk.henvis.settings.CoordinatorSettings;
import dk.henvis.ui.UiServices;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Koordinator tab: open flags per offer (resolve), offers not checked for too long (mark checked) and
 * "Udgiv kataloget" (every format into one remembered folder, in the background).
 */
public final class CoordinatorViewModel {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** The open flags about one offer. */
    public record FlagGroup(OfferKey offer, String offerName, List<Flag> flags) {
    }

    private final FlagService flags;
    private final StaleWatch stale;
    private final FolderPublication publication;
    private final CoordinatorSettings settings;
    private final TaskExecutor executor;
    private final Runnable catalogueChanged;
    private final ObservableList<FlagGroup> flagGroups = FXCollections.observableArrayList();
    private final ObservableList<StaleOffer> staleOffers = FXCollections.observableArrayList();
    private final IntegerProperty months = new SimpleIntegerProperty();
    private final StringProperty flagsFolder = new SimpleStringProperty("");
    private final StringProperty flagsMessage = new SimpleStringProperty("");
    private final StringProperty staleMessage = new SimpleStringProperty("");
    private final StringProperty publishFolder = new SimpleStringProperty("");
    private final StringProperty publishMessage = new SimpleStringProperty("");
    private final BooleanProperty publishFailed = new SimpleBooleanProperty();
    private final BooleanProperty publishing = new SimpleBooleanProperty();
    private final DoubleProperty publishProgress = new SimpleDoubleProperty(0);

    /** @param catalogueChanged told after an offer was marked checked, so other screens reload */
    private final java.util.function.IntSupplier sampleOffers;
    private final java.util.concurrent.atomic.AtomicLong collections = new java.util.concurrent.atomic.AtomicLong();

    public CoordinatorViewModel(UiServices services, TaskExecutor executor, Runnable catalogueChanged) {
        this.flags = services.flags();
        this.stale = services.staleWatch();
        this.publication = services.folderPublication();
        this.sampleOffers = () -> (int) services.offers().current().stream()
                .filter(o -> services.sampleCatalog().isSampleSource(o.key().source())).count();
        this.settings = new CoordinatorSettings(services.settings());
        this.executor = executor;
        this.catalogueChanged = catalogueChanged;
        months.set(stale.months());
        publishFolder.set(settings.publishFolder().map(Path::toString).orElse(""));
        showFlagsFolder();
        months.addListener((o, a, b) -> {
            if (b.intValue() != stale.months()) {
                try {
                    stale.setMonths(b.intValue());
                } catch (BadInputException e) {
                    staleMessage.set(e.getMessage());
                    return;
                }
                reloadStale();
            }
        });
    }

    /** When the tab opens: collects the laptops' flag files, then shows flags and stale offers. */
    public void open() {
        collectFlags();
        reloadStale();
    }

    /** "Hent fejlmeldinger": imports the flag files in the folder and writes the answers back. */
    public void collectFlags() {
        // only the last collection speaks: an older one that found no folder must not answer a folder just chosen
        long mine = collections.incrementAndGet();
        executor.submit(BackgroundTask.of(p -> flags.folder().map(flags::collect).orElse(null))
                .onSuccess(r -> {
                    if (collections.get() == mine) {
                        flagsMessage.set(describe(r));
                    }
                    reloadFlags();
                })
                .onFailure(e -> {
                    if (collections.get() == mine) {
                        flagsMessage.set(i18n("ui.coord.flags.failed", String.valueOf(e.getMessage())));
                    }
                    reloadFlags();
                }));
    }

    /** After the flag folder was chosen elsewhere (Indstillinger): shows it and collects from it. */
    public void flagsFolderChanged() {
        showFlagsFolder();
        collectFlags();
    }

    private static String describe(FlagExchangeReport r) {
        if (r == null) {
            return i18n("ui.coord.flags.noFolderMessage");
        }
        return String.join("\n", r.describe(true));
    }

    public void reloadFlags() {
        executor.submit(BackgroundTask.of(p -> group(flags.open())).onSuccess(flagGroups::setAll));
    }

    static List<FlagGroup> group(List<Flag> open) {
        Map<OfferKey, List<Flag>> byOffer = new LinkedHashMap<>();
        for (Flag f : open) {
            byOffer.computeIfAbsent(f.offer(), k -> new ArrayList<>()).add(f);
        }
        return byOffer.values().stream()
                .map(l -> new FlagGroup(l.get(0).offer(), l.get(l.size() - 1).offerName(), List.copyOf(l)))
                .sorted(java.util.Comparator.comparing(FlagGroup::offerName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Resolves every open flag about the group's offer and writes the answer file at once, so the laptops
     * see it at their next sync.
     */
    public void resolve(FlagGroup group) {
        if (group == null) {
            return;
        }
        executor.submit(BackgroundTask.of(p -> {
                    int n = flags.resolveOffer(group.offer());
                    flags.folder().ifPresent(flags::collect);
                    return n;
                })
                .onSuccess(n -> {
                    flagsMessage.set(i18n("ui.coord.flags.resolved", n, group.offerName()));
                    reloadFlags();
                })
                .onFailure(e -> flagsMessage.set(String.valueOf(e.getMessage()))));
    }

    /** Uses {@code folder} for flag files from now on (null: back to the default) and collects from it. */
    public void setFlagsFolder(Path folder) {
        flags.setFolder(folder);
        showFlagsFolder();
        collectFlags();
    }

    private void showFlagsFolder() {
        flagsFolder.set(flags.folder().map(Path::toString).orElse(i18n("ui.coord.flags.noFolder")));
    }

    public void reloadStale() {
        executor.submit(BackgroundTask.of(p -> stale.stale()).onSuccess(list -> {
            staleOffers.setAll(list);
            staleMessage.set(i18n("ui.coord.stale.count", list.size(), stale.months()));
        }));
    }

    /** Marks the offer checked today; it leaves the list. */
    public void markChecked(StaleOffer offer) {
        if (offer == null) {
            return;
        }
        executor.submit(BackgroundTask.of(p -> stale.markChecked(offer.offer().key()))
                .onSuccess(o -> {
                    staleMessage.set(i18n("ui.coord.stale.checked", o.name()));
                    staleOffers.remove(offer);
                    catalogueChanged.run();
                })
                .onFailure(e -> staleMessage.set(String.valueOf(e.getMessage()))));
    }

    /** The folder to publish to, remembered for next time. */
    public void setPublishFolder(Path folder) {
        settings.setPublishFolder(folder);
        publishFolder.set(folder == null ? "" : folder.toAbsolutePath().toString());
        // without a folder of its own, the flag files go to the publication folder: shown and collected at once
        String flagsBefore = flagsFolder.get();
        showFlagsFolder();
        if (!flagsFolder.get().equals(flagsBefore)) {
            collectFlags();
        }
    }

    /** True when "Udgiv" can run: a folder is chosen and no publication is running. */
    public boolean canPublish() {
        return !publishFolder.get().isBlank() && !publishing.get();
    }

    /**
     * What to ask before publishing, when the catalogue still holds sample offers (they would go to the
     * citizen pages as if they were real); empty when there is nothing to ask.
     */
    public java.util.Optional<String> publishQuestion() {
        int n = sampleOffers.getAsInt();
        return n == 0 ? java.util.Optional.empty() : java.util.Optional.of(i18n("ui.coord.publish.sampleQuestion", n));
    }

    /** Publishes every format into the chosen folder, in the background with progress. */
    public void publish() {
        if (!canPublish()) {
            return;
        }
        Path folder = Path.of(publishFolder.get());
        publishing.set(true);
        publishFailed.set(false);
        publishProgress.set(0);
        publishMessage.set(i18n("ui.coord.publish.running"));
        executor.submit(BackgroundTask.of(p -> publication.publish(folder, (done, total, m) -> p.update(done, total, m)))
                .onProgress((f, m) -> {
                    publishProgress.set(f);
                    if (m != null) {
                        publishMessage.set(m);
                    }
                })
                .onSuccess(r -> {
                    publishProgress.set(1);
                    publishMessage.set(i18n("ui.coord.publish.done", r.offers(), r.citizenPages(), r.folder()));
                })
                .onFailure(e -> {
                    publishFailed.set(true);
                    publishMessage.set(e instanceof BadInputException ? i18n("ui.coord.publish.failed", e.getMessage())
                            : i18n("ui.coord.publish.failed", String.valueOf(e)));
                })
                .onFinished(() -> publishing.set(false)));
    }

    public ObservableList<FlagGroup> flagGroups() {
        return flagGroups;
    }

    public ObservableList<StaleOffer> staleOffers() {
        return staleOffers;
    }

    public IntegerProperty monthsProperty() {
        return months;
    }

    public ReadOnlyStringProperty flagsFolderProperty() {
        return flagsFolder;
    }

    public ReadOnlyStringProperty flagsMessageProperty() {
        return flagsMessage;
    }

    public ReadOnlyStringProperty staleMessageProperty() {
        return staleMessage;
    }

    public ReadOnlyStringProperty publishFolderProperty() {
        return publishFolder;
    }

    public ReadOnlyStringProperty publishMessageProperty() {
        return publishMessage;
    }

    public ReadOnlyBooleanProperty publishFailedProperty() {
        return publishFailed;
    }

    public ReadOnlyBooleanProperty publishingProperty() {
        return publishing;
    }

    public ReadOnlyDoubleProperty publishProgressProperty() {
        return publishProgress;
    }
}
