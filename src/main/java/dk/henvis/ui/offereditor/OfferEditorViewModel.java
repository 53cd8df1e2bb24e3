package dk.henvis.ui.offereditor;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Provenance;
import dk.henvis.catalog.Schedule;
import dk.henvis.curation.OfferCuration;
import dk.henvis.curation.Problem;
import dk.henvis.curation.Problem.Field;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.math.BigDecimal;
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
    /** How the price is given. */
    public enum PriceKind {
        UNKNOWN, FREE, AMOUNT, TEXT
    }

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
            loadCost(o.cost());
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

    private void loadCost(Cost c) {
        priceAmount.set("");
        priceText.set(nz(c.text()));
        if (c.amountDkk() == null) {
            priceKind.set(c.text() == null ? PriceKind.UNKNOWN : PriceKind.TEXT);
        } else if (c.isFree()) {
            priceKind.set(PriceKind.FREE);
        } else {
            priceKind.set(PriceKind.AMOUNT);
            priceAmount.set(c.amountDkk().toPlainString().replace('.', ','));
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
            FieldErrors target = errors;
            if (p.field().isRow()) {
                String f = p.field().name();
                if (f.startsWith("SCHEDULE_") && p.row() < schedules.size()) {
                    target = schedules.get(p.row()).errors();
                } else if (f.startsWith("PLACE_") && p.row() < usedPlaces.size()) {
                    target = usedPlaces.get(p.row()).errors();
                } else if (f.startsWith("CONTACT_") && p.row() < usedContacts.size()) {
                    target = usedContacts.get(p.row()).errors();
                }
            }
            target.set(p.field(), p.message());
        }
        return problems.isEmpty() ? built : Optional.empty();
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
        boolean ok = true;
        Integer min = null;
        Integer max = null;
        try {
            min = Parse.integer(ageMin.get());
        } catch (Parse.Invalid e) {
            errors.set(Field.AGE_MIN, i18n("ui.editor.check.age"));
            ok = false;
        }
        try {
            max = Parse.integer(ageMax.get());
        } catch (Parse.Invalid e) {
            errors.set(Field.AGE_MAX, i18n("ui.editor.check.age"));
            ok = false;
        }
        Cost cost = Cost.UNKNOWN;
        String text = Parse.text(priceText.get());
        switch (priceKind.get()) {
            case FREE -> cost = new Cost(BigDecimal.ZERO, text);
            case AMOUNT -> {
                try {
                    BigDecimal amount = Parse.amount(priceAmount.get());
                    if (amount == null) {
                        throw new Parse.Invalid();
                    }
                    cost = new Cost(amount, text);
                } catch (Parse.Invalid e) {
                    errors.set(Field.PRICE, i18n("ui.editor.check.amount"));
                    ok = false;
                }
            }
            case TEXT -> {
                if (text == null) {
                    errors.set(Field.PRICE, i18n("ui.editor.check.priceText"));
                    ok = false;
                }
                cost = new Cost(null, text);
            }
            default -> cost = Cost.UNKNOWN;
        }
        List<Location> locs = new ArrayList<>();
        for (PlaceRow r : places) {
            if (!r.isEmpty()) {
                Location l = r.toLocation();
                ok &= l != null;
                locs.add(l);
            }
        }
        List<Schedule> scheds = new ArrayList<>();
        for (ScheduleRow r : schedules) {
            Schedule s = r.toSchedule();
            ok &= s != null;
            scheds.add(s);
        }
        if (byAppointment.get()) {
            String t = Parse.text(appointmentText.get());
            scheds.add(Schedule.textOnly(t == null ? i18n("ui.editor.byAppointmentDefault") : t));
        }
        List<Contact> people = contacts.stream().filter(r -> !r.isEmpty()).map(ContactRow::toContact).toList();
        if (!ok) {
            return Optional.empty();
        }
        Organisation org = base.organisation();
        Organisation newOrg = new Organisation(org.id(), Parse.text(organisation.get()), org.description(),
                Parse.text(organisationUrl.get()));
        if (newOrg.name() == null && newOrg.url() == null && newOrg.description() == null) {
            newOrg = Organisation.NONE;
        }
        List<String> langs = Arrays.stream(nz(languages.get()).split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        Provenance p = base.provenance();
        return Optional.of(new Offer(base.key(), nz(name.get()).strip(), Parse.text(alternateName.get()),
                Parse.text(description.get()), Parse.text(url.get()), Parse.text(email.get()), status.get(), newOrg,
                locs, scheds, min == null && max == null ? AgeRange.ANY : new AgeRange(min, max), cost,
                List.copyOf(categories), List.copyOf(tags), langs, people, focus.get(), List.copyOf(targetGroups),
                audienceSex.get(), Parse.text(eligibility.get()), openDropIn.get(), lastChecked.get(),
                p == null ? null : new Provenance(base.key().source(), base.key().sourceId(), null, null, null,
                        p.adoptedFrom())));
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
        executor.submit(BackgroundTask.of(p -> curation.save(offer.get()))
                .onSuccess(s -> {
                    Purpose was = purpose.get();
                    load(s, Purpose.EDIT);
                    saved.set(s);
                    message.set(i18n(was == Purpose.EDIT ? "ui.editor.savedChanges" : "ui.editor.savedNew", s.name()));
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

    /** The offer as last saved (or retired) from this form. */
    public ReadOnlyObjectProperty<Offer> savedProperty() {
        return saved;
    }
}
