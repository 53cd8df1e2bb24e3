package dk.henvis.ui.stats;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.referrals.LabelledCount;
import dk.henvis.referrals.SmallCounts;
import dk.henvis.ui.common.FileDialogs;
import dk.henvis.ui.common.Labels;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The coordinator's view: the period, a headline that answers "how many this quarter, how many went",
 * key figures as a table, charts per month, unit, offer category, focus level and loneliness beside the
 * plan's target, every number as a table ("<5" for 1–4), and the exports for the report.
 */
public final class StatsView extends ScrollPane {
    public static final String HEADLINE_ID = "statsHeadline";
    public static final String EXPORT_MESSAGE_ID = "statsExportMessage";
    public static final String FOLLOWUP_BUTTON_ID = "statsFollowUp";
    public static final String EXPORT_MENU_ID = "statsExport";

    private final FileDialogs files;
    private final StatsExports exports;

    public StatsView(StatsViewModel model, StatsExports exports, FileDialogs files, Runnable openFollowUp) {
        this.files = files;
        this.exports = exports;
        getStyleClass().add("stats-view");
        setFitToWidth(true);

        VBox box = new VBox(10, toolbar(model, openFollowUp), periodError(model), headline(model), exportMessage(),
                figures(model), charts(model), cells(model));
        box.getStyleClass().add("stats-box");
        setContent(box);
    }

    private HBox toolbar(StatsViewModel model, Runnable openFollowUp) {
        ComboBox<StatsViewModel.Period> period = new ComboBox<>();
        period.setId("statsPeriod");
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
        DatePicker from = new DatePicker();
        from.setId("statsFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("statsTo");
        to.valueProperty().bindBidirectional(model.toProperty());
        for (DatePicker d : new DatePicker[] {from, to}) {
            d.setPrefWidth(150);
        }
        HBox custom = new HBox(6, Labels.forControl(i18n("ui.stats.from"), from), from,
                Labels.forControl(i18n("ui.stats.to"), to), to);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(model.periodProperty().isEqualTo(StatsViewModel.Period.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        Button refresh = new Button(i18n("ui.stats.refresh"));
        refresh.setOnAction(e -> model.refresh());
        Button followUp = new Button(i18n("ui.stats.followUpButton"));
        followUp.setId(FOLLOWUP_BUTTON_ID);
        followUp.setMnemonicParsing(true);
        followUp.setOnAction(e -> openFollowUp.run());
        followUp.getStyleClass().add("primary");
        MenuButton export = new MenuButton(i18n("ui.stats.exportMenu"));
        export.setId(EXPORT_MENU_ID);
        export.setMnemonicParsing(true);
        export.disableProperty().bind(exports.busyProperty());
        export.getItems().addAll(
                exportItem("exportRecordsCsv", i18n("ui.stats.exportRecords"), StatsExports.Kind.RECORDS_CSV,
                        FileDialogs.Kind.CSV),
                exportItem("exportStatisticsCsv", i18n("ui.stats.exportStatistics"), StatsExports.Kind.STATISTICS_CSV,
                        FileDialogs.Kind.CSV),
                exportItem("exportReportPdf", i18n("ui.stats.exportReport"), StatsExports.Kind.REPORT_PDF,
                        FileDialogs.Kind.PDF),
                new SeparatorMenuItem(),
                exportItem("exportPool", i18n("ui.stats.exportPool"), StatsExports.Kind.POOL, FileDialogs.Kind.JSON),
                importItem());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, Labels.forControl(i18n("ui.stats.period"), period), period, custom, refresh, spacer,
                followUp, export);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("toolbar");
        return top;
    }

    private MenuItem exportItem(String id, String text, StatsExports.Kind kind, FileDialogs.Kind fileKind) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> files.save(window(), fileKind, exports.suggestedName(kind))
                .ifPresent(path -> exports.export(kind, path)));
        return item;
    }

    private MenuItem importItem() {
        MenuItem item = new MenuItem(i18n("ui.stats.importPool"));
        item.setId("importPool");
        item.setOnAction(e -> exports.importPools(files.openMany(window(), FileDialogs.Kind.JSON)));
        return item;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private static Label periodError(StatsViewModel model) {
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.periodErrorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private static Label headline(StatsViewModel model) {
        Label headline = new Label();
        headline.setId(HEADLINE_ID);
        headline.setWrapText(true);
        headline.getStyleClass().add("stats-headline");
        headline.textProperty().bind(model.headlineProperty());
        return headline;
    }

    private Label exportMessage() {
        Label message = new Label();
        message.setId(EXPORT_MESSAGE_ID);
        message.setWrapText(true);
        message.textProperty().bind(exports.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        exports.errorProperty().addListener((o, a, b) -> {
            message.getStyleClass().removeAll("error-text", "hint");
            message.getStyleClass().add(b ? "error-text" : "hint");
        });
        message.getStyleClass().add("hint");
        return message;
    }

    private static TableView<StatsViewModel.Figure> figures(StatsViewModel model) {
        TableView<StatsViewModel.Figure> table = new TableView<>(model.figures());
        table.setId("statsTable");
        table.getColumns().add(column(i18n("ui.stats.figure"), StatsViewModel.Figure::label, 420));
        table.getColumns().add(column(i18n("ui.stats.value"), StatsViewModel.Figure::value, 300));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(30);
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(10.3));
        return table;
    }

    private static VBox cells(StatsViewModel model) {
        TableView<StatsViewModel.Cell> table = new TableView<>(model.cells());
        table.setId("statsCells");
        table.getColumns().add(column(i18n("ui.stats.section"), StatsViewModel.Cell::section, 260));
        table.getColumns().add(column(i18n("ui.stats.label"), StatsViewModel.Cell::label, 380));
        table.getColumns().add(column(i18n("ui.stats.count"), StatsViewModel.Cell::count, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(320);
        Label title = new Label(i18n("ui.stats.allNumbers"));
        title.getStyleClass().add("section-title");
        table.setPlaceholder(new Label(i18n("ui.stats.noReferrals")));
        return new VBox(4, title, table);
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static FlowPane charts(StatsViewModel model) {
        return new FlowPane(12, 12,
                chart("chartPerMonth", i18n("ui.stats.perMonth"), model.perMonth()),
                chart("chartPerUnit", i18n("ui.stats.perUnit"), model.perUnit()),
                chart("chartPerCategory", i18n("ui.stats.perCategory"), model.perCategory()),
                chart("chartPerFocus", i18n("ui.stats.perFocus"), model.perFocus()),
                lonelinessChart(model.loneliness()));
    }

    /**
     * A bar chart of the counts. A count of 1–4 is never drawn: its label says "(<5)" and its bar is
     * left out, so the category is visible but not its size.
     */
    private static BarChart<String, Number> chart(String id, String title, ObservableList<LabelledCount> data) {
        return barChart(id, title, data, c -> c.hidden()
                ? new XYChart.Data<>(c.label() + " (" + SmallCounts.HIDDEN + ")", 0)
                : new XYChart.Data<>(c.label(), c.count()), null);
    }

    private static BarChart<String, Number> lonelinessChart(ObservableList<StatsViewModel.PercentBar> data) {
        BarChart<String, Number> chart = barChart("chartLoneliness", i18n("ui.stats.lonelinessChart"), data,
                b -> new XYChart.Data<>(b.label() + "\n" + b.shown(), b.percent().orElse(0)),
                b -> b.plan() ? "plan-bar" : null);
        ((NumberAxis) chart.getYAxis()).setLabel("%");
        return chart;
    }

    private static <T> BarChart<String, Number> barChart(String id, String title, ObservableList<T> data,
            Function<T, XYChart.Data<String, Number>> toBar, Function<T, String> styleClass) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(460, 300);
        Runnable fill = () -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (T item : data) {
                XYChart.Data<String, Number> bar = toBar.apply(item);
                String style = styleClass == null ? null : styleClass.apply(item);
                if (style != null) {
                    bar.nodeProperty().addListener((o, a, node) -> {
                        if (node != null) {
                            node.getStyleClass().add(style);
                        }
                    });
                }
                series.getData().add(bar);
            }
            chart.getData().setAll(List.of(series));
        };
        data.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        return chart;
    }
}
