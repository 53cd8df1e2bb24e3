package dk.henvis.ui.browser;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.DuplicateDetector;
import dk.henvis.catalog.OfferKey;
import java.util.HashMap;
import java.util.Map;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.ui.common.OfferText;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.Debouncer;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.text.Collator;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The catalogue browser: full-text search plus filters on town, category, focus level, free and
 * step-free. Searching runs in the background, a short pause after the last keystroke.
 */
public final class CatalogViewModel {
    static final Duration DEBOUNCE = Duration.ofMillis(150);

    private final OfferStore store;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final AtomicLong generation = new AtomicLong();

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<String> town = new SimpleObjectProperty<>();
    private final ObjectProperty<String> category = new SimpleObjectProperty<>();
    private final ObjectProperty<FocusLevel> focus = new SimpleObjectProperty<>();
    private final BooleanProperty freeOnly = new SimpleBooleanProperty();
    private final BooleanProperty stepFreeOnly = new SimpleBooleanProperty();
    private final BooleanProperty includeInactive = new SimpleBooleanProperty();
    private final ObservableList<String> towns = FXCollections.observableArrayList();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<Offer> results = FXCollections.observableArrayList();
    private final ObjectProperty<Offer> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    /** What the empty list says: that the catalogue is being read, or that nothing fits the search. */
    private final StringProperty emptyText = new SimpleStringProperty(i18n("ui.browser.nothing"));
    private Map<OfferKey, List<String>> sourcesOf = Map.of();
    /** The activities in the whole catalogue, as the status bar counts them (set by {@link #reload()}). */
    private int total = -1;
    /** An offer just saved: selected when the next list holds it, else the worker is told why not. */
    private Offer revealing;
    /**
     * False until the catalogue tab is first shown: until then nothing is read or listed for it, so a start (and
     * a worker who never opens the tab) does not read, group and hold the whole catalogue a second time beside
     * the matching's index (issue 17).
     */
    private boolean shown;
    /** The catalogue changed, or a filter was set, while the tab was not shown yet. */
    private boolean stale = true;

    public CatalogViewModel(OfferStore store, TaskExecutor executor) {
        this.store = store;
        this.executor = executor;
        this.debouncer = new Debouncer(executor, DEBOUNCE, this::search);
        query.addListener((o, a, b) -> debouncer.trigger());
        town.addListener((o, a, b) -> search());
        category.addListener((o, a, b) -> search());
        focus.addListener((o, a, b) -> search());
        freeOnly.addListener((o, a, b) -> search());
        stepFreeOnly.addListener((o, a, b) -> search());
        includeInactive.addListener((o, a, b) -> search());
    }

    /** The catalogue tab is shown: the first time, it reads the catalogue and lists it. */
    public void shown() {
        if (!shown) {
            shown = true;
            if (stale) {
                reload();
            }
        }
    }

    /**
     * Reads the filter choices from the catalogue and runs the search; call after the catalogue changed. Before
     * the tab was first shown, it only notes that the list must be read then.
     */
    public void reload() {
        if (!shown) {
            stale = true;
            return;
        }
        stale = false;
        long mine = generation.incrementAndGet();
        Search search = current();
        emptyText.set(i18n("ui.browser.loading"));
        // sorted, counted and de-duplicated in the background: at 10,000 offers this was a noticeable pause of
        // the window right after the first suggestions (issue 17); the blank search is the active catalogue, so
        // one read serves the filter choices and the list
        executor.submit(BackgroundTask.of(p -> {
                    List<Offer> active = store.active();
                    return new Reloaded(FilterChoices.of(active), search.blank() ? search.run(active, store)
                            : search.run(store.search(search.query()), store));
                })
                .onFailure(e -> emptyText.set(i18n("ui.status.loadFailed")))
                .onSuccess(read -> {
                    emptyText.set(i18n("ui.browser.nothing"));
                    total = read.choices().total();
                    towns.setAll(read.choices().towns());
                    categories.setAll(read.choices().categories());
                    // a choice that went away clears its filter, and that search replaces this one
                    if (generation.get() == mine) {
                        show(read.found(), search);
                    }
                }));
    }

    /** A search's rows and how many activities they hold. */
    private record Found(List<DuplicateDetector.Group> groups, int active) {
    }

    private record Reloaded(FilterChoices choices, Found found) {
    }

    /** What the worker asked for: the text, the filters and whether inactive offers are listed too. */
    private record Search(String query, Filter filter, boolean inactiveToo) {
        boolean blank() {
            return query == null || query.isBlank();
        }

        /** The rows for the offers the text search found ({@code found}: active ones, best first). */
        Found run(List<Offer> found, OfferStore store) {
            List<Offer> all = new java.util.ArrayList<>(found);
            if (inactiveToo) {
                store.inactive().stream().filter(o -> mentions(o, query)).forEach(all::add);
            }
            List<Offer> accepted = all.stream().filter(filter::accepts).toList();
            // workers see one row per activity; the coordinator's full list keeps every copy
            List<DuplicateDetector.Group> groups = inactiveToo
                    ? accepted.stream().map(o -> new DuplicateDetector.Group(o, List.of(o))).toList()
                    : DuplicateDetector.groups(accepted);
            // the worker's rows are already one per activity (active, adopted originals out: the store's search);
            // the coordinator's list shows each source's copy, counted once as everywhere else (off the FX thread)
            return new Found(groups, inactiveToo ? dk.henvis.catalog.CatalogCount.activities(accepted) : groups.size());
        }
    }

    private Search current() {
        return new Search(query.get(), new Filter(town.get(), category.get(), focus.get(), freeOnly.get(),
                stepFreeOnly.get()), includeInactive.get());
    }

    /** The filters' choices and the number of activities, read from the active catalogue. */
    private record FilterChoices(List<String> towns, List<String> categories, int total) {
        static FilterChoices of(List<Offer> all) {
            Collator da = Collator.getInstance(dk.henvis.i18n.Messages.DANISH);
            TreeSet<String> t = new TreeSet<>(da);
            TreeSet<String> c = new TreeSet<>(da);
            for (Offer o : all) {
                String town = OfferText.town(o);
                if (!town.isEmpty()) {
                    t.add(town);
                }
                o.categories().stream().filter(s -> !s.isBlank()).forEach(c::add);
            }
            return new FilterChoices(List.copyOf(t), List.copyOf(c), dk.henvis.catalog.CatalogCount.activities(all));
        }
    }

    /** Runs the search now; results of an older search that finishes later are dropped. */
    public void search() {
        if (!shown) {
            stale = true;
            return;
        }
        long mine = generation.incrementAndGet();
        Search search = current();
        executor.submit(BackgroundTask.of(p -> search.run(store.search(search.blank() ? "" : search.query()), store))
                .onSuccess(result -> {
                    if (generation.get() == mine) {
                        show(result, search);
                    }
                }));
    }

    private void show(Found result, Search search) {
        Map<OfferKey, List<String>> bySource = new HashMap<>();
        result.groups().stream().filter(DuplicateDetector.Group::isDuplicate)
                .forEach(g -> bySource.put(g.primary().key(), g.sources()));
        sourcesOf = bySource;
        show(result, search.filter().isEmpty() && search.blank());
    }

    /**
     * The sources that carry {@code offer}: the same activity from several sources is one row, named
     * with all of them ("Kilder: kommunen, kultunaut").
     */
    public List<String> sourcesOf(Offer offer) {
        return offer == null ? List.of() : sourcesOf.getOrDefault(offer.key(), List.of(offer.key().source()));
    }

    private void show(Found found, boolean unfiltered) {
        List<DuplicateDetector.Group> groups = found.groups();
        List<Offer> list = groups.stream().map(DuplicateDetector.Group::primary).toList();
        Offer keep = selected.get();
        results.setAll(list);
        summary.set(summary(list, found.active(), unfiltered));
        Offer reveal = revealing;
        revealing = null;
        if (reveal != null) {
            Offer shown = groups.stream().filter(g -> g.offers().stream().anyMatch(o -> o.key().equals(reveal.key())))
                    .map(DuplicateDetector.Group::primary).findFirst().orElse(null);
            notice.set(shown != null ? "" : i18n("ui.browser.savedHidden", reveal.name()));
            selected.set(shown);
            return;
        }
        notice.set("");
        // an offer edited meanwhile is a new value with the same key: it stays selected
        selected.set(keep == null ? null
                : list.stream().filter(o -> o.key().equals(keep.key())).findFirst().orElse(null));
    }

    /**
     * Counts as the status bar does: active offers, the same activity from several sources once. Filtered, the
     * count says of how many; the coordinator's list adds the offers that are not active.
     */
    private String summary(List<Offer> list, int active, boolean unfiltered) {
        long inactive = list.stream().filter(o -> !o.isActive()).count();
        String count = unfiltered || total < 0 ? i18n("ui.browser.count", active)
                : i18n("ui.browser.countOf", active, total);
        return inactive == 0 ? count : i18n("ui.browser.countInactive", count, inactive);
    }

    /**
     * After {@code saved} was stored and the catalogue is read again: the filters stay as they are, the offer
     * is selected when it is listed, and when the search or the filters hide it the worker is told so.
     */
    public void reveal(Offer saved) {
        revealing = saved;
        notice.set("");
    }

    public void clearFilters() {
        notice.set("");
        query.set("");
        town.set(null);
        category.set(null);
        focus.set(null);
        freeOnly.set(false);
        stepFreeOnly.set(false);
    }

    /** Every word of {@code query} begins a word of the offer's name, organisation, description or tags. */
    static boolean mentions(Offer o, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = (" " + o.name() + " " + o.organisation().name() + " " + o.description() + " "
                + String.join(" ", o.tags())).toLowerCase(dk.henvis.i18n.Messages.DANISH)
                .replaceAll("[^\\p{L}\\p{N}]+", " ");
        for (String w : query.toLowerCase(dk.henvis.i18n.Messages.DANISH).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty() && !text.contains(" " + w)) {
                return false;
            }
        }
        return true;
    }

    /** The filters, as a value that can be used off the JavaFX thread. */
    record Filter(String town, String category, FocusLevel focus, boolean free, boolean stepFree) {
        boolean isEmpty() {
            return town == null && category == null && focus == null && !free && !stepFree;
        }

        boolean accepts(Offer o) {
            if (town != null && !town.equalsIgnoreCase(OfferText.town(o))) {
                return false;
            }
            if (category != null && !o.categories().contains(category)) {
                return false;
            }
            if (focus != null && o.focus() != focus) {
                return false;
            }
            if (free && !o.cost().isFree()) {
                return false;
            }
            if (stepFree) {
                Location loc = o.primaryLocation();
                return loc != null && (loc.online() || loc.access() == Access.STEP_FREE);
            }
            return true;
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<String> townProperty() {
        return town;
    }

    public ObjectProperty<String> categoryProperty() {
        return category;
    }

    public ObjectProperty<FocusLevel> focusProperty() {
        return focus;
    }

    public BooleanProperty freeOnlyProperty() {
        return freeOnly;
    }

    public BooleanProperty stepFreeOnlyProperty() {
        return stepFreeOnly;
    }

    /** Also list offers that are not active (retired, closed), after the active ones; coordinator mode. */
    public BooleanProperty includeInactiveProperty() {
        return includeInactive;
    }

    public ObservableList<String> towns() {
        return towns;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<Offer> results() {
        return results;
    }

    public ObjectProperty<Offer> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** What the empty list says: the catalogue is being read, or nothing fits the search. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    /** Said once after a save when the saved offer is not in the list (the search or the filters hide it). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }
}
