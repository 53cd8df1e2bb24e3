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
        VBox header = new VBox(2, notice, summary, chosen);
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
            String org = m.offer().organisation().name();
            Label organiser = new Label(org == null ? "" : org);
            organiser.getStyleClass().add("result-meta");
            ProgressBar bar = new ProgressBar(m.score());
            bar.getStyleClass().add("match-bar");
            bar.setFocusTraversable(false);
            bar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            bar.setAccessibleText(i18n("ui.results.score", Math.round(m.score() * 100)));
            HBox head = new HBox(10, name, bar);
            HBox.setHgrow(name, Priority.ALWAYS);

            VBox reasons = new VBox(1);
            for (String r : m.reasons()) {
                Label l = new Label("• " + r);
                l.setWrapText(true);
                l.getStyleClass().add("reason");
                reasons.getChildren().add(l);
            }
            StringBuilder facts = new StringBuilder(OfferText.next(m.next()));
            String distance = OfferText.distance(m.distanceKm(), m.offer());
            if (!distance.isEmpty()) {
                facts.append(" · ").append(distance);
            }
            dk.henvis.catalog.StatedConditions stated = dk.henvis.catalog.StatedConditions.of(m.offer());
            facts.append(" · ").append(OfferText.price(stated.cost()));
            Location loc = m.offer().primaryLocation();
            if (loc != null && stated.access() == Access.STEP_FREE) {
                facts.append(" · ").append(i18n("ui.results.stepFree"));
            }
            if (loc != null && loc.transport() != null && !loc.transport().isBlank()) {
                facts.append(" · ").append(i18n("ui.results.transport"));
            }
            Label factLine = new Label(facts.toString());
            factLine.getStyleClass().add("result-meta");
            factLine.setWrapText(true);
            VBox body = new VBox(2, head, organiser, reasons, factLine);
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
