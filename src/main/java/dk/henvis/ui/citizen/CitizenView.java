package dk.henvis.ui.citizen;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.matching.Need;
import dk.henvis.ui.Suggester;
import dk.henvis.ui.common.Choices;
import dk.henvis.ui.common.Labels;
import dk.henvis.ui.common.OfferText;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The citizen panel: everything the worker knows, in the order they would ask. */
public final class CitizenView extends ScrollPane {
    public static final String AGE_ID = "citizenAge";
    public static final String HOME_ID = "citizenHome";
    public static final String INTEREST_ID = "interestInput";
    public static final String GROUP_ID = "groupInput";
    public static final String DEFAULTS_ID = "citizenDefaults";

    /** Plain languages a worker may pick; codes as in the catalogue. */
    static final Map<String, String> LANGUAGES = Map.of("da", "Dansk", "en", "English", "ar", "العربية",
            "uk", "Українська", "tr", "Türkçe", "pl", "Polski", "fa", "فارسی", "so", "Soomaali");

    private final TextField age = new TextField();

    public CitizenView(CitizenViewModel model, Suggester interests, Suggester groups) {
        getStyleClass().add("citizen-view");
        setFitToWidth(true);
        VBox box = new VBox(6);
        box.getStyleClass().add("citizen-form");

        age.setId(AGE_ID);
        age.setPrefColumnCount(4);
        age.setMaxWidth(120);
        age.textProperty().bindBidirectional(model.ageProperty());
        age.setTextFormatter(new javafx.scene.control.TextFormatter<String>(c ->
                c.getControlNewText().matches("\\d{0,3}") ? c : null));

        TextField home = new TextField();
        home.setId(HOME_ID);
        home.setPromptText(i18n("ui.citizen.homePrompt"));
        home.textProperty().bindBidirectional(model.homeProperty());
        dk.henvis.ui.common.SuggestionPopups.bind(home, req -> model.homeSuggestions(req.getUserText()));

        ChipsField interestField = new ChipsField(INTEREST_ID, model.interests(), model.interestDraftProperty(),
                model::addInterest, interests);
        ChipsField groupField = new ChipsField(GROUP_ID, model.groups(), model.groupDraftProperty(),
                model::addGroup, groups);

        // two columns when they fit, one at large text: a check box is never cut short
        javafx.scene.layout.TilePane needs = new javafx.scene.layout.TilePane(8, 6);
        needs.setPrefColumns(2);
        needs.setTileAlignment(javafx.geometry.Pos.CENTER_LEFT);
        needs.getStyleClass().add("needs");
        for (Need n : Need.values()) {
            CheckBox cb = new CheckBox(needText(n));
            cb.setMnemonicParsing(true);
            cb.setId("need-" + n.code());
            cb.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            cb.selectedProperty().bindBidirectional(model.need(n));
            needs.getChildren().add(cb);
        }

        var distance = Choices.optional(model.maxDistanceKmProperty(), Choices.fixed(CitizenViewModel.DISTANCES),
                i18n("ui.citizen.noLimit"), km -> i18n("ui.citizen.km", km), Integer.class);
        distance.setId("citizenDistance");
        var sex = Choices.optional(model.sexProperty(), Choices.fixed(List.of(dk.henvis.matching.Sex.values())),
                i18n("ui.citizen.sex.unknown"), s -> s == dk.henvis.matching.Sex.FEMALE ? i18n("ui.citizen.sex.female") : i18n("ui.citizen.sex.male"), dk.henvis.matching.Sex.class);
        sex.setId("citizenSex");
        var focus = Choices.optional(model.focusProperty(), Choices.fixed(List.of(FocusLevel.values())),
                i18n("ui.focus.unknown"), OfferText::focus, FocusLevel.class);
        focus.setId("citizenFocus");
        javafx.beans.property.ObjectProperty<String> lang = new javafx.beans.property.SimpleObjectProperty<>();
        lang.bindBidirectional(model.languageProperty());
        var language = Choices.optional(lang, Choices.fixed(List.of("da", "en", "ar", "uk", "tr", "pl", "fa", "so")),
                i18n("ui.citizen.anyLanguage"), LANGUAGES::get, String.class);
        language.setId("citizenLanguage");

        box.getChildren().addAll(
                section(i18n("ui.citizen.title")),
                ageAndSex(age, sex),
                Labels.forControl(i18n("ui.citizen.home"), home), home,
                Labels.forControl(i18n("ui.citizen.interests"), interestField.input()), interestField,
                Labels.forControl(i18n("ui.citizen.groups"), groupField.input()), groupField, defaultsNotice(model),
                section(i18n("ui.citizen.needs")), needs,
                section(i18n("ui.citizen.freeTime")), weekGrid(model),
                Labels.forControl(i18n("ui.citizen.distance"), distance), distance,
                Labels.forControl(i18n("ui.citizen.focus"), focus), focus,
                Labels.forControl(i18n("ui.citizen.language"), language), language);
        setContent(box);
    }

    /** Age and sex side by side: one row, so the panel below keeps its place. */
    private static Node ageAndSex(Node age, Node sex) {
        VBox left = new VBox(Labels.forControl(i18n("ui.citizen.age"), age), age);
        VBox right = new VBox(Labels.forControl(i18n("ui.citizen.sex"), sex), sex);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(12, left, right);
        javafx.scene.layout.HBox.setHgrow(left, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }

    /**
     * What the unit added by itself ("Fra enheden: senior"), or — in its place, so nothing below moves — the
     * warning when a default contradicts the citizen (age 17 and "senior").
     */
    private static Label defaultsNotice(CitizenViewModel model) {
        Label l = new Label();
        l.setId(DEFAULTS_ID);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.textProperty().bind(javafx.beans.binding.Bindings.when(model.defaultsWarningProperty().isEmpty())
                .then(model.defaultsNoticeProperty()).otherwise(model.defaultsWarningProperty()));
        model.defaultsWarningProperty().addListener((o, a, b) -> {
            l.getStyleClass().removeAll("hint", "warning");
            l.getStyleClass().add(b.isEmpty() ? "hint" : "warning");
        });
        l.getStyleClass().add("hint");
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** Formiddag / eftermiddag / aften × Monday..Sunday as check boxes. */
    private static Node weekGrid(CitizenViewModel model) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("week-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        DayOfWeek[] days = DayOfWeek.values();
        for (int d = 0; d < days.length; d++) {
            Label head = new Label(shortDay(days[d]));
            head.getStyleClass().add("week-day");
            head.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            GridPane.setHalignment(head, HPos.CENTER);
            grid.add(head, d + 1, 0);
        }
        int row = 1;
        for (TimeOfDay t : TimeOfDay.values()) {
            Label time = new Label(timeText(t));
            time.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(time, 0, row);
            for (int d = 0; d < days.length; d++) {
                CheckBox cb = new CheckBox();
                cb.setId("free-" + t.name().toLowerCase(java.util.Locale.ROOT) + "-" + days[d].getValue());
                cb.setAccessibleText(OfferText.daySingular(days[d]) + " " + timeText(t));
                cb.selectedProperty().bindBidirectional(model.free(t, days[d]));
                GridPane.setHalignment(cb, HPos.CENTER);
                grid.add(cb, d + 1, row);
            }
            row++;
        }
        return grid;
    }

    static String timeText(TimeOfDay t) {
        return switch (t) {
            case MORNING -> i18n("ui.citizen.morning");
            case AFTERNOON -> i18n("ui.citizen.afternoon");
            case EVENING -> i18n("ui.citizen.evening");
        };
    }

    static String shortDay(DayOfWeek d) {
        String s = OfferText.daySingular(d);
        // two letters (Ma Ti On To Fr Lø Sø): the week fits the panel at large text
        return Character.toUpperCase(s.charAt(0)) + s.substring(1, Math.min(2, s.length()));
    }

    static String needText(Need n) {
        return switch (n) {
            case WHEELCHAIR -> i18n("ui.need.wheelchair");
            case FREE -> i18n("ui.need.free");
            case DAYTIME -> i18n("ui.need.daytime");
            case EVENING -> i18n("ui.need.evening");
            case NEAR_TRANSPORT -> i18n("ui.need.nearTransport");
            case WOMEN_ONLY -> i18n("ui.need.womenOnly");
            case MEN_ONLY -> i18n("ui.need.menOnly");
        };
    }

    /** Puts the cursor in the first field (after "Ny borger"). */
    public void focusFirstField() {
        setVvalue(0); // the age field is seen, not only focused, after "Ny borger"
        age.requestFocus();
    }
}
