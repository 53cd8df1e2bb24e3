package dk.henvis.ui.offereditor;

import static dk.henvis.ui.I18n.i18n;
import static dk.henvis.ui.offereditor.FormParts.choice;
import static dk.henvis.ui.offereditor.FormParts.error;
import static dk.henvis.ui.offereditor.FormParts.row;
import static dk.henvis.ui.offereditor.FormParts.section;
import static dk.henvis.ui.offereditor.FormParts.text;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Provenance;
import dk.henvis.curation.Problem.Field;
import dk.henvis.ui.Suggester;
import dk.henvis.ui.citizen.ChipsField;
import dk.henvis.ui.common.Choices;
import dk.henvis.ui.common.Labels;
import dk.henvis.ui.common.OfferText;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The offer form: sections for the offer, when, where, who, topics, price and contact, each field with its
 * message under it. Save (Alt+G or Ctrl+S) and close are always visible at the bottom.
 */
public final class OfferEditorView extends BorderPane {
    public static final String ID = "offerEditor";
    public static final String NAME_ID = "editorName";
    public static final String SAVE_ID = "editorSave";
    public static final String MESSAGE_ID = "editorMessage";
    public static final String NO_PLACE_ID = "editorNoPlace";
    /** The categories of the conventions (HSDS-CONVENTIONS.md), suggested while typing. */
    static final List<String> CATEGORIES = List.of("Sang og musik", "Motion og bevægelse", "Natur og gåture",
            "Håndarbejde og kreativitet", "Kunst og kultur", "Læsning og litteratur", "Spil og kort",
            "Mad og fællesspisning", "Samtale og netværk", "Frivilligt arbejde", "Tro og kirke", "Børn og familie",
            "Unge", "Støtte og rådgivning", "Undervisning og kurser", "Digital hjælp", "Have og værksted", "Dans");

    private final OfferEditorViewModel model;
    private final TextField nameField;
    private final Button save = new Button(i18n("ui.editor.save"));
    private final Button close = new Button(i18n("ui.editor.close"));
    private final VBox scheduleBox = new VBox(10);
    private final VBox placeBox = new VBox(10);
    private final VBox contactBox = new VBox(10);

    public OfferEditorView(OfferEditorViewModel model, Suggester interests, Suggester groups) {
        this.model = model;
        setId(ID);
        getStyleClass().add("offer-editor");
        nameField = text(NAME_ID, model.nameProperty());

        VBox form = new VBox(14, aboutSection(), whenSection(), whereSection(), whoSection(groups),
                topicsSection(interests), priceSection(), contactSection(), checkedSection());
        noTruncation(form);
        form.setPadding(new Insets(12, 16, 16, 16));
        form.getStyleClass().add("editor-form");
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        setCenter(scroll);
        setBottom(buttonBar());
        form.disableProperty().bind(model.readyProperty().not());
    }

    // --- sections --------------------------------------------------------------------------------------

    private Node aboutSection() {
        GridPane g = FormParts.grid();
        int r = 0;
        Label source = new Label();
        source.getStyleClass().add("hint");
        source.setWrapText(true);
        Runnable showSource = () -> {
            var base = model.base();
            if (base == null) {
                source.setText("");
                return;
            }
            String text = i18n("ui.editor.source", base.id());
            if (Provenance.adoptedFrom(base) != null) {
                text += " · " + i18n("ui.editor.adoptedFrom", Provenance.adoptedFrom(base));
            }
            source.setText(text);
        };
        model.titleProperty().addListener((o, a, b) -> showSource.run());
        showSource.run();
        g.add(source, 0, r++, 2, 1);
        r = row(g, r, i18n("ui.editor.name"), nameField, model.errors().of(Field.NAME));
        r = row(g, r, i18n("ui.editor.alternateName"), text("editorAlternateName", model.alternateNameProperty()), null);
        TextArea description = new TextArea();
        description.setId("editorDescription");
        description.setWrapText(true);
        description.setPrefRowCount(4);
        // Tab and Shift+Tab go on to the next field, as in the citizen panel's note
        dk.henvis.ui.common.TabLeaves.install(description);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        r = row(g, r, i18n("ui.editor.description"), description, null);
        r = row(g, r, i18n("ui.editor.organisation"), text("editorOrganisation", model.organisationProperty()), null);
        r = row(g, r, i18n("ui.editor.organisationUrl"),
                text("editorOrganisationUrl", model.organisationUrlProperty(), "https://", 30), null);
        r = row(g, r, i18n("ui.editor.url"), text("editorUrl", model.urlProperty(), "https://", 30),
                model.errors().of(Field.URL));
        r = row(g, r, i18n("ui.editor.email"), text("editorEmail", model.emailProperty()),
                model.errors().of(Field.EMAIL));
        ComboBox<OfferStatus> status = choice("editorStatus", model.statusProperty(),
                List.of(OfferStatus.values()), EditorTexts::status);
        row(g, r, i18n("ui.editor.status"), status, null);
        return new VBox(6, section(i18n("ui.editor.section.about")), g);
    }

    private Node whenSection() {
        Button add = new Button(i18n("ui.editor.addSchedule"));
        add.setId("editorAddSchedule");
        add.setOnAction(e -> {
            model.addSchedule();
            focusLast(scheduleBox);
        });
        rebuildOn(model.schedules(), scheduleBox, this::scheduleRow);
        CheckBox byAppointment = new CheckBox(i18n("ui.editor.byAppointment"));
        byAppointment.setId("editorByAppointment");
        byAppointment.setMnemonicParsing(true);
        byAppointment.selectedProperty().bindBidirectional(model.byAppointmentProperty());
        TextField appointment = text("editorAppointmentText", model.appointmentTextProperty(),
                i18n("ui.editor.byAppointmentDefault"), 24);
        appointment.disableProperty().bind(byAppointment.selectedProperty().not());
        HBox.setHgrow(appointment, Priority.ALWAYS);
        HBox appointmentRow = new HBox(8, byAppointment, appointment);
        appointmentRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox dropIn = new CheckBox(i18n("ui.editor.dropIn"));
        dropIn.selectedProperty().bindBidirectional(model.openDropInProperty());
        Label none = error(model.errors().of(Field.SCHEDULES), null);
        none.setId("editorSchedulesError");
        return new VBox(8, section(i18n("ui.editor.section.when")), scheduleBox, add, appointmentRow, none, dropIn);
    }

    private Node scheduleRow(ScheduleRow s) {
        ComboBox<ScheduleRow.Rhythm> rhythm = choice("scheduleRhythm", s.rhythmProperty(),
                List.of(ScheduleRow.Rhythm.values()), EditorTexts::rhythm);
        rhythm.setAccessibleText(i18n("ui.editor.rhythm"));
        TextField interval = text("scheduleInterval", s.intervalProperty(), "2", 2);
        HBox intervalBox = labelled(i18n("ui.editor.interval"), interval, i18n("ui.editor.weeks"));
        showWhen(intervalBox, s, ScheduleRow.Rhythm.EVERY_N_WEEKS);
        ComboBox<Integer> monthWeek = choice("scheduleMonthWeek", s.monthWeekProperty(), ScheduleRow.MONTH_WEEKS,
                n -> n == -1 ? i18n("ui.editor.monthWeek.last") : i18n("ui.editor.monthWeek.n", n));
        HBox monthBox = labelled(i18n("ui.editor.monthWeek"), monthWeek, null);
        showWhen(monthBox, s, ScheduleRow.Rhythm.MONTHLY);
        FlowPane days = new FlowPane(6, 4);
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox c = new CheckBox(d.getDisplayName(TextStyle.SHORT, Messages.DANISH));
            c.setId("scheduleDay" + d.name());
            c.setAccessibleText(d.getDisplayName(TextStyle.FULL, Messages.DANISH));
            c.selectedProperty().bindBidirectional(s.day(d));
            days.getChildren().add(c);
        }
        VBox daysBox = new VBox(2, days, error(s.errors().of(Field.SCHEDULE_DAYS), null),
                error(s.errors().of(Field.SCHEDULE_MONTH_WEEK), null));
        showWhen(daysBox, s, ScheduleRow.Rhythm.WEEKLY, ScheduleRow.Rhythm.EVERY_N_WEEKS, ScheduleRow.Rhythm.MONTHLY);
        DatePicker date = dk.henvis.ui.common.DanishDates.picker();
        date.valueProperty().bindBidirectional(s.dateProperty());
        HBox dateBox = labelled(i18n("ui.editor.date"), date, null);
        VBox dateWithError = new VBox(2, dateBox, error(s.errors().of(Field.SCHEDULE_DATE), date));
        showWhen(dateWithError, s, ScheduleRow.Rhythm.ONCE);

        TextField opens = text("scheduleOpens", s.opensProperty(), "14:00", 5);
        TextField closes = text("scheduleCloses", s.closesProperty(), "16:00", 5);
        HBox times = new HBox(8, Labels.forControl(i18n("ui.editor.opens"), opens), opens,
                Labels.forControl(i18n("ui.editor.closes"), closes), closes);
        times.setAlignment(Pos.CENTER_LEFT);
        DatePicker from = dk.henvis.ui.common.DanishDates.picker();
        from.setPrefWidth(160);
        from.valueProperty().bindBidirectional(s.validFromProperty());
        DatePicker to = dk.henvis.ui.common.DanishDates.picker();
        to.setPrefWidth(160);
        to.valueProperty().bindBidirectional(s.validToProperty());
        HBox period = new HBox(8, Labels.forControl(i18n("ui.editor.validFrom"), from), from,
                Labels.forControl(i18n("ui.editor.validTo"), to), to);
        period.setAlignment(Pos.CENTER_LEFT);
        showWhen(period, s, ScheduleRow.Rhythm.WEEKLY, ScheduleRow.Rhythm.EVERY_N_WEEKS, ScheduleRow.Rhythm.MONTHLY,
                ScheduleRow.Rhythm.DAILY);
        TextField note = text("scheduleNote", s.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox noteRow = new HBox(8, Labels.forControl(i18n("ui.editor.note"), note), note);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        Button remove = removeButton(() -> model.schedules().remove(s), i18n("ui.editor.section.when"));
        HBox head = new HBox(10, rhythm, intervalBox, monthBox, spacer(), remove);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, daysBox, dateWithError, times,
                error(s.errors().of(Field.SCHEDULE_OPENS), opens), error(s.errors().of(Field.SCHEDULE_CLOSES), closes),
                error(s.errors().of(Field.SCHEDULE_INTERVAL), interval), period,
                error(s.errors().of(Field.SCHEDULE_VALID_TO), to), noteRow);
        box.getStyleClass().add("editor-row");
        return box;
    }

    private Node whereSection() {
        Button add = new Button(i18n("ui.editor.addPlace"));
        add.setId("editorAddPlace");
        add.setOnAction(e -> {
            model.addPlace();
            focusLast(placeBox);
        });
        rebuildOn(model.places(), placeBox, this::placeRow);
        // saved without any place: said here, in a space kept for it (its text is always set, only shown when it
        // applies), so nothing below moves when it comes or goes
        Label noPlace = new Label(i18n("ui.editor.noPlace"));
        noPlace.setId(NO_PLACE_ID);
        noPlace.setWrapText(true);
        noPlace.getStyleClass().add("warning");
        noPlace.setMinHeight(Region.USE_PREF_SIZE);
        noPlace.setMaxWidth(Double.MAX_VALUE);
        noPlace.visibleProperty().bind(model.noPlaceProperty());
        return new VBox(8, section(i18n("ui.editor.section.where")), placeBox, add, noPlace);
    }

    private Node placeRow(PlaceRow p) {
        GridPane g = FormParts.grid();
        int r = 0;
        TextField town = new TextField();
        town.setId("placeTown");
        town.setPromptText(i18n("ui.editor.townPrompt"));
        dk.henvis.ui.common.SuggestionPopups.bind(town, req -> model.placeSuggestions(req.getUserText()).stream()
                .map(Gazetteer.Place::label).toList()).setOnAutoCompleted(e -> pick(p, town, e.getCompletion()));
        town.setOnAction(e -> pick(p, town, town.getText()));
        r = row(g, r, i18n("ui.editor.town"), town, null);
        r = row(g, r, i18n("ui.editor.placeName"), text("placeName", p.nameProperty()), null);
        r = row(g, r, i18n("ui.editor.street"), text("placeStreet", p.streetProperty()), null);
        TextField postcode = text("placePostcode", p.postcodeProperty(), "3600", 5);
        TextField city = text("placeCity", p.cityProperty());
        HBox.setHgrow(city, Priority.ALWAYS);
        HBox pc = new HBox(8, postcode, Labels.forControl(i18n("ui.editor.city"), city), city);
        pc.setAlignment(Pos.CENTER_LEFT);
        Label pcLabel = Labels.forControl(i18n("ui.editor.postcode"), postcode);
        g.add(pcLabel, 0, r);
        g.add(new VBox(2, pc, error(p.errors().of(Field.PLACE_POSTCODE), postcode)), 1, r++);
        TextField lat = text("placeLatitude", p.latitudeProperty(), "55,85", 9);
        TextField lon = text("placeLongitude", p.longitudeProperty(), "11,98", 9);
        HBox coords = new HBox(8, lat, Labels.forControl(i18n("ui.editor.longitude"), lon), lon);
        coords.setAlignment(Pos.CENTER_LEFT);
        g.add(Labels.forControl(i18n("ui.editor.latitude"), lat), 0, r);
        g.add(new VBox(2, coords, error(p.errors().of(Field.PLACE_COORDINATES), lat)), 1, r++);
        r = row(g, r, i18n("ui.editor.transport"), text("placeTransport", p.transportProperty()), null);
        ComboBox<Access> access = choice("placeAccess", p.accessProperty(), List.of(Access.STEP_FREE,
                Access.NOT_STEP_FREE, Access.UNKNOWN), EditorTexts::access);
        r = row(g, r, i18n("ui.editor.access"), access, null);
        r = row(g, r, i18n("ui.editor.accessibility"), text("placeAccessibility", p.accessibilityProperty()),
                p.errors().of(Field.PLACE_ACCESS));
        CheckBox online = new CheckBox(i18n("ui.editor.online"));
        online.selectedProperty().bindBidirectional(p.onlineProperty());
        Button remove = removeButton(() -> model.places().remove(p), i18n("ui.editor.section.where"));
        HBox foot = new HBox(10, online, spacer(), remove);
        foot.setAlignment(Pos.CENTER_LEFT);
        g.add(foot, 1, r);
        g.getStyleClass().add("editor-row");
        return g;
    }

    private void pick(PlaceRow p, TextField town, String text) {
        model.resolvePlace(text).ifPresent(place -> {
            p.pick(place);
            Platform.runLater(() -> town.setText(place.label()));
        });
    }

    private Node whoSection(Suggester groups) {
        GridPane g = FormParts.grid();
        int r = 0;
        TextField min = text("editorAgeMin", model.ageMinProperty(), "", 4);
        TextField max = text("editorAgeMax", model.ageMaxProperty(), "", 4);
        HBox ages = new HBox(8, min, Labels.forControl(i18n("ui.editor.ageMax"), max), max);
        ages.setAlignment(Pos.CENTER_LEFT);
        g.add(Labels.forControl(i18n("ui.editor.ageMin"), min), 0, r);
        g.add(new VBox(2, ages, error(model.errors().of(Field.AGE_MIN), min),
                error(model.errors().of(Field.AGE_MAX), max)), 1, r++);
        var focus = Choices.optional(model.focusProperty(), Choices.fixed(List.of(FocusLevel.values())),
                i18n("ui.editor.noFocus"), OfferText::focus, FocusLevel.class);
        focus.setId("editorFocus");
        r = row(g, r, i18n("ui.editor.focus"), focus, null);
        ComboBox<AudienceSex> sex = choice("editorSex", model.audienceSexProperty(), List.of(AudienceSex.values()),
                EditorTexts::sex);
        r = row(g, r, i18n("ui.editor.sex"), sex, null);
        ChipsField targets = new ChipsField("editorTargetGroups", model.targetGroups(),
                model.targetGroupDraftProperty(), model::addTargetGroup, groups);
        g.add(Labels.forControl(i18n("ui.editor.targetGroups"), targets.input()), 0, r);
        g.add(targets, 1, r++);
        r = row(g, r, i18n("ui.editor.eligibility"), text("editorEligibility", model.eligibilityProperty()), null);
        row(g, r, i18n("ui.editor.languages"), text("editorLanguages", model.languagesProperty(), "da", 12), null);
        return new VBox(6, section(i18n("ui.editor.section.who")), g);
    }

    private Node topicsSection(Suggester interests) {
        GridPane g = FormParts.grid();
        ChipsField tags = new ChipsField("editorTags", model.tags(), model.tagDraftProperty(), model::addTag,
                interests);
        g.add(Labels.forControl(i18n("ui.editor.tags"), tags.input()), 0, 0);
        g.add(tags, 1, 0);
        Suggester categories = (prefix, limit) -> CATEGORIES.stream()
                .filter(c -> c.toLowerCase(Messages.DANISH).startsWith(prefix.toLowerCase(Messages.DANISH)))
                .limit(limit).toList();
        ChipsField cats = new ChipsField("editorCategories", model.categories(), model.categoryDraftProperty(),
                model::addCategory, categories);
        g.add(Labels.forControl(i18n("ui.editor.categories"), cats.input()), 0, 1);
        g.add(cats, 1, 1);
        return new VBox(6, section(i18n("ui.editor.section.what")), g);
    }

    private Node priceSection() {
        GridPane g = FormParts.grid();
        ComboBox<PriceKind> kind = choice("editorPriceKind", model.priceKindProperty(),
                List.of(PriceKind.values()), EditorTexts::price);
        TextField amount = text("editorPriceAmount", model.priceAmountProperty(), "25", 6);
        Label kr = new Label(i18n("ui.editor.priceAmount"));
        amount.visibleProperty().bind(model.priceKindProperty().isEqualTo(PriceKind.AMOUNT));
        amount.managedProperty().bind(amount.visibleProperty());
        kr.visibleProperty().bind(amount.visibleProperty());
        kr.managedProperty().bind(amount.visibleProperty());
        HBox line = new HBox(8, kind, amount, kr);
        line.setAlignment(Pos.CENTER_LEFT);
        g.add(Labels.forControl(i18n("ui.editor.price"), kind), 0, 0);
        g.add(new VBox(2, line, error(model.errors().of(Field.PRICE), amount)), 1, 0);
        TextField priceText = text("editorPriceText", model.priceTextProperty());
        priceText.disableProperty().bind(model.priceKindProperty().isEqualTo(PriceKind.UNKNOWN));
        row(g, 1, i18n("ui.editor.priceText"), priceText, null);
        return new VBox(6, section(i18n("ui.editor.section.price")), g);
    }

    private Node contactSection() {
        Button add = new Button(i18n("ui.editor.addContact"));
        add.setId("editorAddContact");
        add.setOnAction(e -> {
            model.addContact();
            focusLast(contactBox);
        });
        rebuildOn(model.contacts(), contactBox, this::contactRow);
        return new VBox(8, section(i18n("ui.editor.section.contact")), contactBox, add);
    }

    private Node contactRow(ContactRow c) {
        GridPane g = FormParts.grid();
        int r = 0;
        r = row(g, r, i18n("ui.editor.contactName"), text("contactName", c.nameProperty()), null);
        r = row(g, r, i18n("ui.editor.contactRole"), text("contactRole", c.roleProperty()), null);
        r = row(g, r, i18n("ui.editor.contactPhone"), text("contactPhone", c.phoneProperty(), "47 35 10 00", 14),
                c.errors().of(Field.CONTACT_PHONE));
        r = row(g, r, i18n("ui.editor.contactEmail"), text("contactEmail", c.emailProperty()),
                c.errors().of(Field.CONTACT_EMAIL));
        g.add(removeButton(() -> model.contacts().remove(c), i18n("ui.editor.section.contact")), 1, r);
        g.getStyleClass().add("editor-row");
        return g;
    }

    private Node checkedSection() {
        DatePicker checked = dk.henvis.ui.common.DanishDates.picker();
        checked.setId("editorLastChecked");
        checked.valueProperty().bindBidirectional(model.lastCheckedProperty());
        Button today = new Button(i18n("ui.editor.today"));
        today.setOnAction(e -> model.checkedToday());
        HBox line = new HBox(8, Labels.forControl(i18n("ui.editor.lastChecked"), checked), checked, today);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(2, line, error(model.errors().of(Field.LAST_CHECKED), checked));
    }

    private Node buttonBar() {
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("editor-message");
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        save.setId(SAVE_ID);
        save.setDefaultButton(false);
        save.getStyleClass().add("primary");
        save.setMnemonicParsing(true);
        save.disableProperty().bind(model.busyProperty().or(model.readyProperty().not()));
        save.setOnAction(e -> {
            if (!model.save()) {
                Platform.runLater(this::focusFirstProblem);
            }
        });
        close.setMnemonicParsing(true);
        HBox bar = new HBox(10, message, save, close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(8, 12, 8, 12));
        return bar;
    }

    // --- helpers -------------------------------------------------------------------------------------

    private <R> void rebuildOn(ObservableList<R> rows, VBox box, java.util.function.Function<R, Node> view) {
        Runnable rebuild = () -> box.getChildren().setAll(rows.stream().map(view).peek(OfferEditorView::noTruncation)
                .toList());
        rows.addListener((ListChangeListener<R>) c -> rebuild.run());
        rebuild.run();
    }

    /**
     * Labels and check boxes keep their whole text at any text size (the fields beside them shrink instead);
     * messages and hints wrap.
     */
    private static void noTruncation(Node root) {
        if (root instanceof javafx.scene.control.Labeled l && !l.isWrapText()) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (root instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(OfferEditorView::noTruncation);
        }
    }

    private static void showWhen(Node node, ScheduleRow s, ScheduleRow.Rhythm... rhythms) {
        List<ScheduleRow.Rhythm> when = Arrays.asList(rhythms);
        node.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> when.contains(s.rhythmProperty().get()), s.rhythmProperty()));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static HBox labelled(String before, Node control, String after) {
        HBox box = new HBox(6, Labels.forControl(before, control), control);
        if (after != null) {
            box.getChildren().add(new Label(after));
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button removeButton(Runnable action, String what) {
        Button b = new Button(i18n("ui.editor.remove"));
        b.setAccessibleText(i18n("ui.editor.removeRow", what));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static void focusLast(VBox box) {
        Platform.runLater(() -> {
            if (!box.getChildren().isEmpty()) {
                Node last = box.getChildren().get(box.getChildren().size() - 1);
                last.lookupAll(".combo-box, .text-field").stream().findFirst().ifPresent(Node::requestFocus);
            }
        });
    }

    /** Moves the focus to the first field that has a message, scrolled into view. */
    public void focusFirstProblem() {
        lookupAll(".invalid").stream().filter(Node::isVisible).findFirst().ifPresentOrElse(n -> {
            n.requestFocus();
            ScrollPane scroll = (ScrollPane) getCenter();
            double y = n.localToScene(0, 0).getY() - scroll.getContent().localToScene(0, 0).getY();
            double h = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(h <= 0 ? 0 : Math.max(0, Math.min(1, (y - 40) / h)));
        }, () -> {
            if (!model.errors().message(Field.SCHEDULES).isEmpty()) {
                lookupAll("#editorAddSchedule").stream().findFirst().ifPresent(Node::requestFocus);
            }
        });
    }

    /** Focuses the name field (the form opens there). */
    public void focusName() {
        nameField.requestFocus();
    }

    public Button closeButton() {
        return close;
    }

    public OfferEditorViewModel model() {
        return model;
    }
}
