package dk.henvis.ui.offereditor;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Schedule;
import dk.henvis.curation.OfferCuration;
import dk.henvis.curation.Problem;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The offer form of coordinator mode: every field of the domain model as text a coordinator types, the
 * message next to each field that is wrong, and saving in the background. What is saved passes the
 * same checks as {@link OfferCuration#save}; invalid input is never saved. After a first attempt to save,
 * every change checks the form again, so a message goes away as soon as the field is right.
 */
public final class OfferEditorViewModel {
    /** What the form was opened for (the window title says it). */
    public enum Purpose {
        NEW, EDIT, DUPLICATE, ADOPT
    }

    private final OfferCuration curation;
    private final Gazetteer gazetteer;
    private final TaskExecutor executor;
    private final Clock clock;
    private final List<Consumer<Offer>> savedListeners = new ArrayList<>();
    private final InvalidationListener recheck = o -> recheck();

    private Offer base;
    private boolean checking;
    private boolean loading;

    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(Purpose.NEW);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty alternateName = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty organisationUrl = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<OfferStatus> status = new SimpleObjectProperty<>(OfferStatus.ACTIVE);
    private final StringProperty ageMin = new SimpleStringProperty("");
    private final StringProperty ageMax = new SimpleStringProperty("");
    private final ObjectProperty<PriceKind> priceKind = new SimpleObjectProperty<>(PriceKind.UNKNOWN);
    private final StringProperty priceAmount = new SimpleStringProperty("");
    private final StringProperty priceText = new SimpleStringProperty("");
    private final ObjectProperty<FocusLevel> focus = new SimpleObjectProperty<>();
    private final ObjectProperty<AudienceSex> audienceSex = new SimpleObjectProperty<>(AudienceSex.ANY);
    private final ObservableList<String> targetGroups = FXCollections.observableArrayList();
    private final StringProperty targetGroupDraft = new SimpleStringProperty("");
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringProperty tagDraft = new SimpleStringProperty("");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final StringProperty categoryDraft = new SimpleStringProperty("");
    private final StringProperty languages = new SimpleStringProperty("da");
    private final StringProperty eligibility = new SimpleStringProperty("");
    private final BooleanProperty openDropIn = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> lastChecked = new SimpleObjectProperty<>();
    private final BooleanProperty byAppointment = new SimpleBooleanProperty();
    private final StringProperty appointmentText = new SimpleStringProperty("");
    private final ObservableList<PlaceRow> places = FXCollections.observableArrayList();
    private final ObservableList<ScheduleRow> schedules = FXCollections.observableArrayList();
    private final ObservableList<ContactRow> contacts = FXCollections.observableArrayList();
    private final FieldErrors errors = new FieldErrors();
    private final StringProperty message = new SimpleStringProperty("");
    /** Saved (or about to be) with no place at all: not sortable by distance; a warning, not a block. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper noPlace = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final ObjectProperty<Offer> saved = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");

    public OfferEditorViewModel(OfferCuration curation, Gazetteer gazetteer, TaskExecutor executor, Clock clock) {
        this.curation = curation;
        this.gazetteer = gazetteer;
        this.executor = executor;
        this.clock = clock;
        for (Observable o : List.of(name, alternateName, description, organisation, organisationUrl, url, email,
                status, ageMin, ageMax, priceKind, priceAmount, priceText, focus, audienceSex, targetGroups, tags,
                categories, languages, eligibility, openDropIn, lastChecked, byAppointment, appointmentText)) {
            o.addListener(recheck);
        }
        watchRows(places, PlaceRow::observables);
        watchRows(schedules, ScheduleRow::observables);
        watchRows(contacts, ContactRow::observables);
    }

    private <R> void watchRows(ObservableList<R> rows, Function<R, Observable[]> fields) {
        rows.addListener((javafx.collections.ListChangeListener<R>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> Arrays.stream(fields.apply(r)).forEach(f -> f.addListener(recheck)));
                c.getRemoved().forEach(r -> Arrays.stream(fields.apply(r)).forEach(f -> f.removeListener(recheck)));
            }
            recheck();
        });
    }

    // --- opening -------------------------------------------------------------------------------------

    /** Opens a blank form for a new offer of the curated catalogue. */
    public void startNew() {
        start(Purpose.NEW, curation::newOffer);
    }

    /** Opens the stored offer {@code key} for editing. */
    public void startEdit(OfferKey key) {
        start(Purpose.EDIT, () -> curation.find(key)
                .orElseThrow(() -> new BadInputException(i18n("ui.editor.gone", key))));
    }

    /** Opens a copy of {@code key} with a new id and "(kopi)" in the name; stored when saved. */
    public void startDuplicate(OfferKey key) {
        start(Purpose.DUPLICATE, () -> curation.duplicate(key));
    }

    /** Opens an imported offer adopted into the curated catalogue (or its existing copy); stored when saved. */
    public void startAdopt(OfferKey key) {
        start(Purpose.ADOPT, () -> curation.adopt(key));
    }

    private void start(Purpose p, java.util.function.Supplier<Offer> draft) {
        busy.set(true);
        ready.set(false);
        executor.submit(BackgroundTask.of(progress -> {
                    Offer o = draft.get();
                    // adopting an offer adopted before opens its stored copy: that is editing
                    boolean stored = p != Purpose.EDIT && curation.find(o.key()).isPresent();
                    return new Opened(o, stored);
                })
                .onSuccess(r -> {
                    load(r.offer(), r.stored() ? Purpose.EDIT : p);
                    ready.set(true);
                })
                .onFailure(e -> message.set(e instanceof BadInputException ? e.getMessage()
                        : i18n("ui.editor.openFailed", String.valueOf(e.getMessage()))))
                .onFinished(() -> busy.set(false)));
    }

    private record Opened(Offer offer, boolean stored) {
    }

    /** Fills the form with {@code o}. */
    public void load(Offer o, Purpose p) {
        loading = true;
        try {
            base = o;
            checking = false;
            noPlace.set(false);
            purpose.set(p);
            name.set(nz(o.name()));
            alternateName.set(nz(o.alternateName()));
            description.set(nz(o.description()));
            organisation.set(nz(o.organisation().name()));
            organisationUrl.set(nz(o.organisation().url()));
            url.set(nz(o.url()));
            email.set(nz(o.email()));
            status.set(o.status());
            ageMin.set(Parse.number(o.ages().min()));
            ageMax.set(Parse.number(o.ages().max()));
            CostField price = CostField.of(o.cost());
            priceKind.set(price.kind());
            priceAmount.set(price.amount());
            priceText.set(price.text());
            focus.set(o.focus());
            audienceSex.set(o.audienceSex());
            targetGroups.setAll(o.targetGroups());
            tags.setAll(o.tags());
            categories.setAll(o.categories());
            targetGroupDraft.set("");
            tagDraft.set("");
            categoryDraft.set("");
            languages.set(String.join(", ", o.languages()));
            eligibility.set(nz(o.eligibility()));
            openDropIn.set(o.openDropIn());
            lastChecked.set(o.lastChecked());
            places.setAll(o.locations().stream().map(PlaceRow::new).toList());
            if (places.isEmpty()) {
                places.add(new PlaceRow());
            }
            List<ScheduleRow> rows = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Schedule s : o.schedules()) {
                if (s.isStructured()) {
                    rows.add(new ScheduleRow(s));
                } else if (s.description() != null && !s.description().isBlank()) {
                    texts.add(s.description().strip());
                }
            }
            schedules.setAll(rows);
            byAppointment.set(!texts.isEmpty());
            appointmentText.set(String.join("; ", texts));
            contacts.setAll(o.contacts().stream().map(ContactRow::new).toList());
            errors.clear();
            rowErrors().forEach(FieldErrors::clear);
            message.set("");
            title.set(switch (purpose.get()) {
                case NEW -> i18n("ui.editor.title.new");
                case EDIT -> i18n("ui.editor.title.edit", o.name());
                case DUPLICATE -> i18n("ui.editor.title.duplicate", o.name());
                case ADOPT -> i18n("ui.editor.title.adopt", o.name());
            });
        } finally {
            loading = false;
        }
    }

    // --- editing helpers -------------------------------------------------------------------------------

    public PlaceRow addPlace() {
        PlaceRow row = new PlaceRow();
        places.add(row);
        return row;
    }

    public ScheduleRow addSchedule() {
        ScheduleRow row = new ScheduleRow();
        schedules.add(row);
        return row;
    }

    public ContactRow addContact() {
        ContactRow row = new ContactRow();
        contacts.add(row);
        return row;
    }

    /** Towns and postcode areas of the gazetteer that start with {@code text} ("3630", "Jæg"). */
    public List<Gazetteer.Place> placeSuggestions(String text) {
        return text == null || text.isBlank() ? List.of() : gazetteer.suggest(text.strip(), 8);
    }

    /** The gazetteer place a typed or chosen label ("3630 Jægerspris", "Jægerspris") names, if any. */
    public Optional<Gazetteer.Place> resolvePlace(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Gazetteer.Place p : gazetteer.suggest(text.strip(), 20)) {
            if (p.label().equalsIgnoreCase(text.strip())) {
                return Optional.of(p);
            }
        }
        return gazetteer.resolve(text.strip());
    }

    public void addTargetGroup() {
        addWord(targetGroups, targetGroupDraft, true);
    }

    public void addTag() {
        addWord(tags, tagDraft, true);
    }

    public void addCategory() {
        addWord(categories, categoryDraft, false);
    }

    private static void addWord(ObservableList<String> words, StringProperty draft, boolean lowerCase) {
        String w = draft.get() == null ? "" : draft.get().strip();
        if (lowerCase) {
            w = w.toLowerCase(Locale.ROOT);
        }
        if (!w.isEmpty() && !words.contains(w)) {
            words.add(w);
        }
        draft.set("");
    }

    /** Sets "last checked" to today (the coordinator has just verified the offer). */
    public void checkedToday() {
        lastChecked.set(LocalDate.now(clock));
    }

    // --- checking and saving ---------------------------------------------------------------------------

    /**
     * Checks every field and shows the messages; the offer as it would be saved when all is well.
     * From now on every change checks again.
     */
    public Optional<Offer> check() {
        checking = true;
        noPlace.set(places.stream().noneMatch(PlaceRow::locates));
        errors.clear();
        rowErrors().forEach(FieldErrors::clear);
        Optional<Offer> built = build();
        if (built.isEmpty()) {
            return Optional.empty();
        }
        List<Problem> problems = curation.check(built.get());
        List<PlaceRow> usedPlaces = places.stream().filter(r -> !r.isEmpty()).toList();
        List<ContactRow> usedContacts = contacts.stream().filter(r -> !r.isEmpty()).toList();
        for (Problem p : problems) {
            FieldErrors target = switch (p.field().part()) {
                case OFFER -> errors;
                case SCHEDULE -> rowErrors(schedules, p.row(), ScheduleRow::errors);
                case PLACE -> rowErrors(usedPlaces, p.row(), PlaceRow::errors);
                case CONTACT -> rowErrors(usedContacts, p.row(), ContactRow::errors);
            };
            target.set(p.field(), p.message());
        }
        return problems.isEmpty() ? built : Optional.empty();
    }

    /** The messages of row {@code row}; the offer's own when there is no such row. */
    private <R> FieldErrors rowErrors(List<R> rows, int row, Function<R, FieldErrors> errorsOf) {
        return row >= 0 && row < rows.size() ? errorsOf.apply(rows.get(row)) : errors;
    }

    /** The number of fields that have a message. */
    public int problemCount() {
        int n = errors.fields().size();
        for (FieldErrors e : rowErrors()) {
            n += e.fields().size();
        }
        return n;
    }

    private void recheck() {
        if (checking && !loading) {
            check();
            if (problemCount() == 0 && !busy.get()) {
                message.set("");
            }
        }
    }

    private List<FieldErrors> rowErrors() {
        List<FieldErrors> all = new ArrayList<>();
        places.forEach(r -> all.add(r.errors()));
        schedules.forEach(r -> all.add(r.errors()));
        contacts.forEach(r -> all.add(r.errors()));
        return all;
    }

    /** The offer the fields describe, or empty when a number, time or coordinate cannot be read. */
    private Optional<Offer> build() {
        if (base == null) {
            return Optional.empty();
        }
        // each row reads itself and shows its own messages; null is a row that cannot be read
        List<Location> locs = places.stream().filter(r -> !r.isEmpty()).map(PlaceRow::toLocation).toList();
        List<Schedule> times = schedules.stream().map(ScheduleRow::toSchedule).toList();
        List<Contact> people = contacts.stream().filter(r -> !r.isEmpty()).map(ContactRow::toContact).toList();
        OfferFormBuilder.Result r = new OfferFormBuilder(base)
                .name(name.get())
                .alternateName(alternateName.get())
                .description(description.get())
                .organisation(organisation.get(), organisationUrl.get())
                .url(url.get())
                .email(email.get())
                .status(status.get())
                .ages(ageMin.get(), ageMax.get())
                .price(new CostField(priceKind.get(), priceAmount.get(), priceText.get()))
                .focus(focus.get())
                .audienceSex(audienceSex.get())
                .targetGroups(targetGroups)
                .tags(tags)
                .categories(categories)
                .languages(languages.get())
                .eligibility(eligibility.get())
                .openDropIn(openDropIn.get())
                .lastChecked(lastChecked.get())
                .places(locs)
                .schedules(times)
                .byAppointment(byAppointment.get(), appointmentText.get())
                .contacts(people)
                .build();
        r.problems().forEach(errors::set);
        return r.offer();
    }

    /**
     * Checks the form and, when all is well, saves it in the background. Returns false (and shows the
     * messages) when something must be corrected first.
     */
    public boolean save() {
        if (busy.get()) {
            return false;
        }
        Optional<Offer> offer = check();
        if (offer.isEmpty()) {
            message.set(i18n("ui.editor.fixFirst", Math.max(1, problemCount())));
            return false;
        }
        busy.set(true);
        message.set(i18n("ui.editor.saving"));
        boolean placeless = noPlace.get();
        executor.submit(BackgroundTask.of(p -> curation.save(offer.get()))
                .onSuccess(s -> {
                    Purpose was = purpose.get();
                    load(s, Purpose.EDIT);
                    saved.set(s);
                    // the warning stays, and goes as soon as a place is given
                    noPlace.set(placeless);
                    checking = placeless;
                    message.set(placeless ? i18n("ui.editor.savedNoPlace", s.name())
                            : i18n(was == Purpose.EDIT ? "ui.editor.savedChanges" : "ui.editor.savedNew", s.name()));
                    savedListeners.forEach(l -> l.accept(s));
                })
                .onFailure(e -> message.set(e instanceof BadInputException ? e.getMessage()
                        : i18n("ui.editor.saveFailed", String.valueOf(e.getMessage()))))
                .onFinished(() -> busy.set(false)));
        return true;
    }

    /** Retires the curated offer {@code key} in the background (status inactive: kept, never matched). */
    public void retire(OfferKey key) {
        busy.set(true);
        executor.submit(BackgroundTask.of(p -> curation.retire(key))
                .onSuccess(s -> {
                    saved.set(s);
                    message.set(i18n("ui.editor.retired", s.name()));
                    savedListeners.forEach(l -> l.accept(s));
                })
                .onFailure(e -> message.set(e instanceof BadInputException ? e.getMessage()
                        : i18n("ui.editor.saveFailed", String.valueOf(e.getMessage()))))
                .onFinished(() -> busy.set(false)));
    }

    /** Called on the JavaFX thread with the stored offer after each save or retirement. */
    public void onSaved(Consumer<Offer> listener) {
        savedListeners.add(listener);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // --- properties ------------------------------------------------------------------------------------

    /** The offer the form was loaded with (its key, provenance and anything the form does not show). */
    public Offer base() {
        return base;
    }

    public ReadOnlyObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty alternateNameProperty() {
        return alternateName;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty organisationUrlProperty() {
        return organisationUrl;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<OfferStatus> statusProperty() {
        return status;
    }

    public StringProperty ageMinProperty() {
        return ageMin;
    }

    public StringProperty ageMaxProperty() {
        return ageMax;
    }

    public ObjectProperty<PriceKind> priceKindProperty() {
        return priceKind;
    }

    public StringProperty priceAmountProperty() {
        return priceAmount;
    }

    public StringProperty priceTextProperty() {
        return priceText;
    }

    public ObjectProperty<FocusLevel> focusProperty() {
        return focus;
    }

    public ObjectProperty<AudienceSex> audienceSexProperty() {
        return audienceSex;
    }

    public ObservableList<String> targetGroups() {
        return targetGroups;
    }

    public StringProperty targetGroupDraftProperty() {
        return targetGroupDraft;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public StringProperty tagDraftProperty() {
        return tagDraft;
    }

    public ObservableList<String> categories() {
        return categories;
    }

    public StringProperty categoryDraftProperty() {
        return categoryDraft;
    }

    public StringProperty languagesProperty() {
        return languages;
    }

    public StringProperty eligibilityProperty() {
        return eligibility;
    }

    public BooleanProperty openDropInProperty() {
        return openDropIn;
    }

    public ObjectProperty<LocalDate> lastCheckedProperty() {
        return lastChecked;
    }

    public BooleanProperty byAppointmentProperty() {
        return byAppointment;
    }

    public StringProperty appointmentTextProperty() {
        return appointmentText;
    }

    public ObservableList<PlaceRow> places() {
        return places;
    }

    public ObservableList<ScheduleRow> schedules() {
        return schedules;
    }

    public ObservableList<ContactRow> contacts() {
        return contacts;
    }

    /** The messages of the offer's own fields (places, schedules and contacts have their own). */
    public FieldErrors errors() {
        return errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once the offer to edit is loaded. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    /**
     * True once the form was checked (saved) with no place at all (no address, no town, no coordinates, not
     * online), until a place is given: the offer then cannot be sorted by distance and ranks far down for a citizen
     * with a home area. A warning only: such an offer is saved.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty noPlaceProperty() {
        return noPlace.getReadOnlyProperty();
    }

    /** The offer as last saved (or retired) from this form. */
    public ReadOnlyObjectProperty<Offer> savedProperty() {
        return saved;
    }
}
