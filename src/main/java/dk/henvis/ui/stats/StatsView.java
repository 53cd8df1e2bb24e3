package dk.henvis.ui.stats;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.referrals.LabelledCount;
import dk.henvis.ui.common.Labels;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The coordinator's view: key figures as a table, referrals per month, unit and offer category as charts. */
public final class StatsView extends ScrollPane {
    public StatsView(StatsViewModel model) {
        getStyleClass().add("stats-view");
        setFitToWidth(true);
        ComboBox<StatsViewModel.Period> period = new ComboBox<>();
        period.getItems().setAll(StatsViewModel.Period.values());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatsViewModel.Period p) {
                return p == null ? "" : StatsViewModel.periodText(p);
            }

            @Override
            public StatsViewModel.Period fromString(String s) {
                return null;
            }
        });
        period.valueProperty().bindBidirectional(model.periodProperty());
        Button refresh = new Button(i18n("ui.stats.refresh"));
        refresh.setOnAction(e -> model.refresh());
        HBox top = new HBox(8, Labels.forControl(i18n("ui.stats.period"), period), period, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("toolbar");

        TableView<StatsViewModel.Figure> table = new TableView<>(model.figures());
        table.setId("statsTable");
        TableColumn<StatsViewModel.Figure, String> label = new TableColumn<>(i18n("ui.stats.figure"));
        label.setCellValueFactory(new PropertyValueFactory<>("label"));
        label.setPrefWidth(420);
        TableColumn<StatsViewModel.Figure, String> value = new TableColumn<>(i18n("ui.stats.value"));
        value.setCellValueFactory(new PropertyValueFactory<>("value"));
        value.setPrefWidth(300);
        table.getColumns().add(label);
        table.getColumns().add(value);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(330);

        FlowPane charts = new FlowPane(12, 12, chart(i18n("ui.stats.perMonth"), model.perMonth()),
                chart(i18n("ui.stats.perUnit"), model.perUnit()),
                chart(i18n("ui.stats.perCategory"), model.perCategory()));
        VBox box = new VBox(10, top, table, charts);
        box.getStyleClass().add("stats-box");
        setContent(box);
    }

    /** A bar chart of the visible counts; counts of 1–4 are left out (they show as "<5" in exports). */
    private static BarChart<String, Number> chart(String title, ObservableList<LabelledCount> data) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(420, 300);
        Runnable fill = () -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            List<LabelledCount> shown = data.stream().filter(c -> c.visible().isPresent()).toList();
            for (LabelledCount c : shown) {
                series.getData().add(new XYChart.Data<>(c.label(), c.visible().getAsInt()));
            }
            chart.getData().setAll(List.of(series));
        };
        data.addListener((ListChangeListener<LabelledCount>) c -> fill.run());
        fill.run();
        return chart;
    }
}
