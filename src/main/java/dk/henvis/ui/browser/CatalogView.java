package dk.henvis.ui.browser;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Offer;
import dk.henvis.ui.common.Choices;
import dk.henvis.ui.common.Labels;
import dk.henvis.ui.common.OfferDetailsView;
import dk.henvis.ui.common.OfferText;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The catalogue browser: search, filters, the list and the selected offer's details. */
public final class CatalogView extends BorderPane {
    public static final String SEARCH_ID = "catalogueSearch";
    public static final String LIST_ID = "catalogueList";
    public static final String SUMMARY_ID = "catalogueCount";
    public static final String NOTICE_ID = "catalogueNotice";

    private final TextField search = new TextField();
    private final VBox top = new VBox(8);
    private final OfferDetailsView details = new OfferDetailsView();

    public CatalogView(CatalogViewModel model) {
        getStyleClass().add("catalogue-view");
        Label searchLabel = Labels.forControl(i18n("ui.browser.search"), search);
        search.setId(SEARCH_ID);
        search.setPromptText(i18n("ui.browser.searchPrompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(8, searchLabel, search);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        var town = Choices.optional(model.townProperty(), model.towns(), i18n("ui.browser.allTowns"),
                Function.identity(), String.class);
        town.setId("filterTown");
        var category = Choices.optional(model.categoryProperty(), model.categories(),
                i18n("ui.browser.allCategories"), Function.identity(), String.class);
        category.setId("filterCategory");
        var focus = Choices.optional(model.focusProperty(), Choices.fixed(List.of(FocusLevel.values())),
                i18n("ui.browser.allFocus"), OfferText::focus, FocusLevel.class);
        focus.setId("filterFocus");
        Label townLabel = Labels.forControl(i18n("ui.browser.town"), town);
        Label categoryLabel = Labels.forControl(i18n("ui.browser.category"), category);
        Label focusLabel = Labels.forControl(i18n("ui.browser.focus"), focus);
        CheckBox free = new CheckBox(i18n("ui.browser.free"));
        free.selectedProperty().bindBidirectional(model.freeOnlyProperty());
        CheckBox stepFree = new CheckBox(i18n("ui.browser.stepFree"));
        stepFree.selectedProperty().bindBidirectional(model.stepFreeOnlyProperty());
        Button clear = new Button(i18n("ui.browser.clearFilters"));
        clear.setOnAction(e -> model.clearFilters());
        FlowPane filters = new FlowPane(12, 8, group(townLabel, town), group(categoryLabel, category),
                group(focusLabel, focus), free, stepFree, clear);
        filters.getStyleClass().add("filters");
        top.getChildren().addAll(searchRow, filters);
        top.getStyleClass().add("toolbar");
        setTop(top);

        ListView<Offer> list = new ListView<>(model.results());
        list.setId(LIST_ID);
        list.setCellFactory(lv -> new OfferCell(model::sourcesOf));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.emptyTextProperty());
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        details.setSourcesOf(model::sourcesOf);
        model.selectedProperty().addListener((o, a, b) -> details.show(b));
        Label summary = new Label();
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("hint");
        summary.setId(SUMMARY_ID);
        summary.setPadding(new javafx.geometry.Insets(2, 6, 2, 6));
        Label notice = new Label();
        notice.setId(NOTICE_ID);
        notice.setPadding(new javafx.geometry.Insets(2, 6, 4, 6));
        notice.setWrapText(true);
        notice.getStyleClass().add("warning");
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                list.scrollTo(b);
            }
        });
        VBox left = new VBox(4, list, summary, notice);
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, details);
        split.setDividerPositions(0.45);
        setCenter(split);
    }

    private static HBox group(Label label, javafx.scene.Node control) {
        HBox box = new HBox(6, label, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Adds a row of actions under the filters (e.g. the coordinator's "Nyt tilbud", "Redigér", ...). */
    public void showActions(javafx.scene.Node actions) {
        top.getChildren().add(actions);
    }

    /** The selected offer's details (other features add sections to it). */
    public OfferDetailsView details() {
        return details;
    }

    /** Focuses the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Name on the first line; organiser, town and price on the second. */
    static final class OfferCell extends ListCell<Offer> {
        private final Function<Offer, List<String>> sourcesOf;

        OfferCell(Function<Offer, List<String>> sourcesOf) {
            this.sourcesOf = sourcesOf;
        }

        @Override
        protected void updateItem(Offer o, boolean empty) {
            super.updateItem(o, empty);
            if (empty || o == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(o.name());
            name.getStyleClass().add("result-name");
            name.setWrapText(true);
            String org = o.organisation().name() == null ? "" : o.organisation().name() + " · ";
            String town = OfferText.town(o);
            Label line = new Label(org + (town.isEmpty() ? "" : town + " · ") + OfferText.price(dk.henvis.catalog.StatedConditions.of(o).cost())
                    + (o.isActive() ? "" : " · " + dk.henvis.ui.offereditor.EditorTexts.status(o.status())));
            line.getStyleClass().add("result-meta");
            line.setWrapText(true);
            setText(null);
            VBox box = new VBox(2, name, line);
            List<String> sources = sourcesOf.apply(o);
            if (sources.size() > 1) {
                Label both = new Label(i18n("ui.browser.sources", String.join(", ", sources)));
                both.getStyleClass().add("result-meta");
                both.setWrapText(true);
                box.getChildren().add(both);
            }
            setGraphic(box);
            setPrefWidth(0);
        }
    }
}
