package dk.henvis.ui.citizen;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.Location;
import dk.henvis.matching.Match;
import dk.henvis.ui.common.OfferText;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The suggestions: each with a check box for the handout, name, organiser, a match bar, the reasons,
 * next session, distance, price and access. Space on a suggestion chooses it for the handout.
 */
public final class ResultsView extends VBox {
    public static final String LIST_ID = "resultsList";
    public static final String RELAX_ID = "relaxRule";

    private final ListView<Match> list;

    public ResultsView(ResultsViewModel model, CitizenViewModel citizen) {
        super(4);
        getStyleClass().add("results-view");
        list = new ListView<>(model.matches());
        list.setId(LIST_ID);
        list.setCellFactory(lv -> new MatchCell(model));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        list.setOnKeyPressed(e -> {
            Match m = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && m != null) {
                model.toggleChosen(m);
                e.consume();
            }
        });
        model.chosen().addListener((ListChangeListener<Match>) c -> list.refresh());

        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.when(model.emptyMessageProperty().isEmpty())
                .then(i18n("ui.results.start")).otherwise(model.emptyMessageProperty()));
        Button relax = new Button();
        relax.setId(RELAX_ID);
        relax.setMnemonicParsing(true);
        relax.textProperty().bind(Bindings.createStringBinding(() -> model.relaxableProperty().get() == null ? ""
                : i18n("ui.results.relax", ResultsViewModel.ruleText(model.relaxableProperty().get())),
                model.relaxableProperty()));
        relax.visibleProperty().bind(model.relaxableProperty().isNotNull());
        relax.managedProperty().bind(relax.visibleProperty());
        relax.setOnAction(e -> citizen.relax(model.relaxableProperty().get()));
        VBox placeholder = new VBox(10, empty, relax);
        placeholder.getStyleClass().add("results-empty");
        placeholder.setMaxWidth(480);
        list.setPlaceholder(placeholder);

        Label summary = new Label();
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(model.summaryProperty());
        Label chosen = new Label();
        chosen.textProperty().bind(Bindings.size(model.chosen()).asString(i18n("ui.results.chosen")));
        chosen.getStyleClass().add("chosen-count");
        summary.setWrapText(true);
        Label notice = new Label();
        notice.setId("resultsNotice");
        notice.getStyleClass().add("results-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        // the heading and how many are chosen on one line: the list keeps the height
        Label title = new Label(i18n("ui.results.title"));
        title.getStyleClass().add("section-title");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        chosen.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(8, title, gap, chosen);
        titleRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        VBox header = new VBox(2, titleRow, notice, summary);
        getChildren().addAll(header, list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    ListView<Match> list() {
        return list;
    }

    /**
     * A reason that gives the distance ("6,0 km hjemmefra, bus 320R") already says what the fact line would; so
     * does "I samme by" (a distance of 0 measured between town centres, which the fact line would call 0 km).
     */
    static boolean distanceInReasons(Match m) {
        if (m.distanceKm() == null) {
            return false;
        }
        String sameTown = i18n("match.reason.sameTown");
        if (m.reasons().stream().anyMatch(r -> r.startsWith(sameTown))) {
            return true;
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(dk.henvis.i18n.Messages.DANISH);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        String km = f.format(m.distanceKm()) + " km";
        return m.reasons().stream().anyMatch(r -> r.contains(km));
    }

    static final class MatchCell extends ListCell<Match> {
        private final ResultsViewModel model;

        MatchCell(ResultsViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Match m, boolean empty) {
            super.updateItem(m, empty);
            if (empty || m == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            CheckBox pick = new CheckBox();
            pick.setFocusTraversable(false);
            pick.setSelected(model.isChosen(m));
            pick.setDisable(!pick.isSelected() && model.chosen().size() >= ResultsViewModel.MAX_CHOSEN);
            pick.setOnAction(e -> model.toggleChosen(m));
            pick.setAccessibleText(i18n("ui.results.pick", m.offer().name()));
            pick.getStyleClass().add("pick");

            Label name = new Label(m.offer().name());
            name.getStyleClass().add("result-name");
            name.setWrapText(true);
            name.setMaxWidth(Double.MAX_VALUE);
            String org = m.offer().organisation().name();
            Label organiser = new Label(org == null ? "" : org);
            organiser.getStyleClass().add("result-meta");
            // "Hornsherred Seniorkor" by "Hornsherred Seniorkor": the name said it, the line is left out
            boolean orgInName = org == null || org.isBlank() || java.util.regex.Pattern.compile(
                    "(?iu)(^|\\W)" + java.util.regex.Pattern.quote(org.strip()) + "($|\\W)")
                    .matcher(m.offer().name()).find();
            ProgressBar bar = new ProgressBar(m.score());
            bar.getStyleClass().add("match-bar");
            bar.setFocusTraversable(false);
            bar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            bar.setAccessibleText(i18n("ui.results.score", Math.round(m.score() * 100)));

            // the reasons as one line that wraps at spaces: a row per reason left room for one suggestion
            Label reasons = new Label(String.join(" · ", m.reasons()));
            reasons.setWrapText(true);
            reasons.getStyleClass().add("reason");
            StringBuilder facts = new StringBuilder(OfferText.next(m.next()));
            String distance = OfferText.distance(m.distanceKm(), m.offer());
            // said once: a reason that already gives the distance ("0,9 km hjemmefra, bus 312") keeps the line short
            if (!distance.isEmpty() && !distanceInReasons(m)) {
                facts.append(" · ").append(distance);
            }
            dk.henvis.catalog.StatedConditions stated = dk.henvis.catalog.StatedConditions.of(m.offer());
            facts.append(" · ").append(OfferText.price(stated.cost()));
            Location loc = m.offer().primaryLocation();
            boolean saidInReasons = m.reasons().contains(i18n("match.reason.stepFree"));
            if (loc != null && stated.access() == Access.STEP_FREE && !saidInReasons) {
                facts.append(" · ").append(i18n("ui.results.stepFree"));
            }
            if (loc != null && loc.transport() != null && !loc.transport().isBlank()
                    && m.reasons().stream().noneMatch(r -> r.toLowerCase(java.util.Locale.ROOT)
                            .contains(loc.transport().strip().toLowerCase(java.util.Locale.ROOT)))) {
                facts.append(" · ").append(i18n("ui.results.transport"));
            }
            Label factLine = new Label(facts.toString());
            factLine.getStyleClass().add("result-meta");
            factLine.setWrapText(true);
            // the bar beside the organiser (a short line), else beside the facts; never beside the name, so at
            // large text a long name keeps whole words, and the facts keep the column's width when they can
            VBox body;
            if (orgInName) {
                HBox factRow = new HBox(10, factLine, bar);
                HBox.setHgrow(factLine, Priority.ALWAYS);
                factLine.setMaxWidth(Double.MAX_VALUE);
                body = new VBox(2, name, reasons, factRow);
            } else {
                organiser.setWrapText(true);
                organiser.setMaxWidth(Double.MAX_VALUE);
                HBox.setHgrow(organiser, Priority.ALWAYS);
                HBox orgRow = new HBox(10, organiser, bar);
                orgRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                body = new VBox(2, name, orgRow, reasons, factLine);
            }
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(8, pick, body);
            row.getStyleClass().add("match-row");
            if (model.isChosen(m)) {
                row.getStyleClass().add("chosen");
            }
            setText(null);
            setGraphic(row);
            setPrefWidth(0);
        }
    }
}
