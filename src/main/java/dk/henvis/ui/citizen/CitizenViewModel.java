package dk.henvis.ui.citizen;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.GeoPoint;
import dk.henvis.matching.Availability;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.HardRule;
import dk.henvis.matching.Need;
import dk.henvis.matching.Sex;
import dk.henvis.settings.StaffUnit;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the worker has typed about the citizen. Held only in memory: never written to disk,
 * settings or logs. {@link #toProfile()} turns it into the matching service's profile;
 * {@link #clear()} ("Ny borger") forgets it all and restores the unit's defaults.
 */
public final class CitizenViewModel {
    /** Distances the worker can choose; null means no limit. */
    public static final List<Integer> DISTANCES = List.of(1, 2, 5, 10, 15, 25);

    private final Gazetteer gazetteer;
    private final StringProperty age = new SimpleStringProperty("");
    private final StringProperty home = new SimpleStringProperty("");
    private final ObservableList<String> interests = FXCollections.observableArrayList();
    private final StringProperty interestDraft = new SimpleStringProperty("");
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final StringProperty groupDraft = new SimpleStringProperty("");
    private final Map<Need, BooleanProperty> needs = new EnumMap<>(Need.class);
    private final Map<TimeOfDay, Map<DayOfWeek, BooleanProperty>> freeTime = new EnumMap<>(TimeOfDay.class);
    private final ObjectProperty<Integer> maxDistanceKm = new SimpleObjectProperty<>();
    private final ObjectProperty<FocusLevel> focus = new SimpleObjectProperty<>();
    /** The citizen's sex when the worker knows it ("Køn"): a fact, not the wish "kun for kvinder/mænd". */
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty("");
    private final List<Runnable> changeListeners = new ArrayList<>();
    private StaffUnit unit;
    private boolean quiet;
    /** The words the unit's defaults put in (after start or "Ny borger"), so they can be shown as defaults. */
    private final List<String> defaultWords = new ArrayList<>();
    private final javafx.beans.property.ReadOnlyStringWrapper defaultsNotice = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyStringWrapper defaultsWarning = new javafx.beans.property.ReadOnlyStringWrapper("");
    /** From this age a citizen is "senior" — the age the matching uses for the group (Query). */
    static final int SENIOR_FROM_AGE = 60;

    public CitizenViewModel(Gazetteer gazetteer, StaffUnit unit) {
        this.gazetteer = gazetteer;
        this.unit = unit;
        for (Need n : Need.values()) {
            needs.put(n, new SimpleBooleanProperty());
        }
        for (TimeOfDay t : TimeOfDay.values()) {
            Map<DayOfWeek, BooleanProperty> row = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                row.put(d, new SimpleBooleanProperty());
            }
            freeTime.put(t, row);
        }
        InvalidationListener changed = o -> fireChanged();
        List<Observable> all = new ArrayList<>(List.of(age, home, interests, interestDraft, groups, maxDistanceKm, focus, language,
                sex));
        all.addAll(needs.values());
        freeTime.values().forEach(row -> all.addAll(row.values()));
        all.forEach(o -> o.addListener(changed));
        InvalidationListener defaults = o -> updateDefaultsNotice();
        List.of(age, interests, groups).forEach(o -> o.addListener(defaults));
        // women-only and men-only exclude each other
        needs.get(Need.WOMEN_ONLY).addListener((o, a, b) -> {
            if (b) {
                needs.get(Need.MEN_ONLY).set(false);
            }
        });
        needs.get(Need.MEN_ONLY).addListener((o, a, b) -> {
            if (b) {
                needs.get(Need.WOMEN_ONLY).set(false);
            }
        });
        applyDefaults();
    }

    /** Runs after every change to the profile (the results follow the typing). */
    public void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    private void fireChanged() {
        if (!quiet) {
            changeListeners.forEach(Runnable::run);
        }
    }

    /** The unit's defaults change the next "Ny borger" (and the current one if untouched). */
    public void setUnit(StaffUnit unit) {
        this.unit = unit;
    }

    /** "Ny borger": forgets everything typed and restores the unit's defaults, with one change event. */
    public void clear() {
        quiet = true;
        try {
            age.set("");
            home.set("");
            interests.clear();
            interestDraft.set("");
            groups.clear();
            groupDraft.set("");
            needs.values().forEach(p -> p.set(false));
            freeTime.values().forEach(row -> row.values().forEach(p -> p.set(false)));
            maxDistanceKm.set(null);
            focus.set(null);
            language.set("");
            sex.set(null);
            applyDefaults();
        } finally {
            quiet = false;
        }
        fireChanged();
    }

    private void applyDefaults() {
        if (unit == null) {
            return;
        }
        groups.setAll(unit.defaultGroups());
        interests.setAll(unit.defaultInterests());
        focus.set(unit.defaultFocus());
        defaultWords.clear();
        defaultWords.addAll(unit.defaultGroups());
        defaultWords.addAll(unit.defaultInterests());
        updateDefaultsNotice();
    }

    /**
     * Says which words the unit put in by itself (so the worker sees they were added, not typed), and warns
     * when one of them contradicts what was typed: an age under 60 with the unit's "senior".
     */
    private void updateDefaultsNotice() {
        // a default the worker removed is gone for good: typed again, it is the worker's own word
        defaultWords.removeIf(w -> !groups.contains(w) && !interests.contains(w));
        List<String> still = List.copyOf(defaultWords);
        defaultsNotice.set(still.isEmpty() || unit == null ? ""
                : dk.henvis.i18n.Messages.get("ui.citizen.defaults", String.join(", ", still)));
        Integer years = parsedAge();
        defaultsWarning.set(years != null && years < SENIOR_FROM_AGE && still.contains("senior") && groups.contains("senior")
                ? dk.henvis.i18n.Messages.get("ui.citizen.defaultsContradict", years, "senior") : "");
    }

    private Integer parsedAge() {
        try {
            return age.get() == null || age.get().isBlank() ? null : Integer.valueOf(age.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "Fra enheden: senior" while a default the unit added is still there; empty otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty defaultsNoticeProperty() {
        return defaultsNotice.getReadOnlyProperty();
    }

    /** A warning when a default of the unit contradicts the citizen (age 17 and "senior"); empty otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty defaultsWarningProperty() {
        return defaultsWarning.getReadOnlyProperty();
    }

    /** Adds the typed interest as a chip (lower case, no duplicates) and empties the field. */
    public void addInterest() {
        addTo(interests, interestDraft);
    }

    public void addGroup() {
        addTo(groups, groupDraft);
    }

    private static void addTo(ObservableList<String> list, StringProperty draft) {
        String word = draft.get() == null ? "" : draft.get().strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !list.contains(word)) {
            list.add(word);
        }
        draft.set("");
    }

    /** Loosens the hard rule that excluded most offers, so the worker sees something. */
    public void relax(HardRule rule) {
        switch (rule) {
            case AGE -> age.set("");
            case DISTANCE -> maxDistanceKm.set(null);
            case WHEELCHAIR -> needs.get(Need.WHEELCHAIR).set(false);
            case FREE -> needs.get(Need.FREE).set(false);
            case DAYTIME -> needs.get(Need.DAYTIME).set(false);
            case EVENING -> needs.get(Need.EVENING).set(false);
            case NEAR_TRANSPORT -> needs.get(Need.NEAR_TRANSPORT).set(false);
            case SEX -> {
                needs.get(Need.WOMEN_ONLY).set(false);
                needs.get(Need.MEN_ONLY).set(false);
            }
            case AVAILABILITY -> freeTime.values().forEach(row -> row.values().forEach(p -> p.set(false)));
            case NOT_ACTIVE -> {
                // an inactive offer is never shown; nothing to loosen
            }
        }
    }

    /** True when the worker can loosen this rule from the panel. */
    public static boolean isRelaxable(HardRule rule) {
        return rule != HardRule.NOT_ACTIVE;
    }

    /** The profile for the matching service, from what has been typed so far. */
    public CitizenProfile toProfile() {
        Integer ageValue = parseAge(age.get());
        String postcode = null;
        GeoPoint point = null;
        var place = gazetteer.resolve(home.get());
        if (place.isPresent()) {
            postcode = place.get().postcode();
            point = place.get().point();
        }
        Set<Need> needSet = EnumSet.noneOf(Need.class);
        needs.forEach((n, p) -> {
            if (p.get()) {
                needSet.add(n);
            }
        });
        List<Availability> slots = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            for (TimeOfDay t : TimeOfDay.values()) {
                if (freeTime.get(t).get(d).get()) {
                    slots.add(new Availability(d, t.from(), t.to()));
                }
            }
        }
        List<String> interestWords = new ArrayList<>(interests);
        String draft = interestDraft.get() == null ? "" : interestDraft.get().strip().toLowerCase(Locale.ROOT);
        if (draft.length() >= 2 && !interestWords.contains(draft)) {
            interestWords.add(draft);
        }
        String lang = language.get() == null || language.get().isBlank() ? null : language.get();
        return new CitizenProfile(ageValue, postcode, point, interestWords, needSet,
                maxDistanceKm.get() == null ? null : maxDistanceKm.get().doubleValue(), slots, focus.get(),
                List.copyOf(groups), lang == null ? List.of() : List.of(lang), sex.get());
    }

    /** The age typed, or null when the field is empty or not a plausible age. */
    public static Integer parseAge(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int a = Integer.parseInt(text.strip());
            return a >= 0 && a <= 120 ? a : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The age band for the anonymous referral record (never the exact age). */
    public Integer ageValue() {
        return parseAge(age.get());
    }

    public String postcode() {
        return gazetteer.resolve(home.get()).map(Gazetteer.Place::postcode).orElse(null);
    }

    public List<String> homeSuggestions(String prefix) {
        return gazetteer.suggest(prefix, 8).stream().map(Gazetteer.Place::label).toList();
    }

    public StringProperty ageProperty() {
        return age;
    }

    public StringProperty homeProperty() {
        return home;
    }

    public ObservableList<String> interests() {
        return interests;
    }

    public StringProperty interestDraftProperty() {
        return interestDraft;
    }

    public ObservableList<String> groups() {
        return groups;
    }

    public StringProperty groupDraftProperty() {
        return groupDraft;
    }

    public BooleanProperty need(Need need) {
        return needs.get(need);
    }

    public BooleanProperty free(TimeOfDay time, DayOfWeek day) {
        return freeTime.get(time).get(day);
    }

    public ObjectProperty<Integer> maxDistanceKmProperty() {
        return maxDistanceKm;
    }

    public ObjectProperty<FocusLevel> focusProperty() {
        return focus;
    }

    /** The citizen's sex, null when not given. */
    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StaffUnit unit() {
        return unit;
    }
}
