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
        DatePicker from = dk.henvis.ui.common.DanishDates.picker();
        from.setId("statsFrom");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = dk.henvis.ui.common.DanishDates.picker();
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
        table.getStyleClass().add("stats-figures"); // row height in em (henvis.css): rows grow with the text
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
                monthChart(model.perMonth()),
                countChart("chartPerUnit", i18n("ui.stats.perUnit"), model.perUnit()),
                countChart("chartPerCategory", i18n("ui.stats.perCategory"), model.perCategory()),
                countChart("chartPerFocus", i18n("ui.stats.perFocus"), model.perFocus()),
                lonelinessChart(model.loneliness()));
    }

    /** Months left to right; a month of 1–4 is labelled "(<5)" and gets no bar. */
    private static BarChart<String, Number> monthChart(ObservableList<LabelledCount> data) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        setUp(chart, "chartPerMonth", i18n("ui.stats.perMonth"));
        Runnable fill = () -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (LabelledCount c : data) {
                series.getData().add(new XYChart.Data<>(label(c), c.hidden() ? 0 : c.count()));
            }
            chart.getData().setAll(List.of(series));
            scale((NumberAxis) chart.getYAxis(), data.stream().mapToDouble(c -> c.hidden() ? 0 : c.count()).max()
                    .orElse(0));
        };
        data.addListener((ListChangeListener<LabelledCount>) c -> fill.run());
        fill.run();
        return chart;
    }

    /**
     * Horizontal bars, the largest on top, labels readable beside them. A count of 1–4 is never drawn:
     * its label says "(<5)" and its bar is left out, so the group is visible but not its size.
     */
    private static BarChart<Number, String> countChart(String id, String title, ObservableList<LabelledCount> data) {
        return horizontal(id, title, data, c -> new XYChart.Data<>(c.hidden() ? 0 : c.count(), label(c)), c -> false);
    }

    private static String label(LabelledCount c) {
        return c.hidden() ? c.label() + " (" + SmallCounts.HIDDEN + ")" : c.label();
    }

    /** The share with UCLA 7+ among the referred, at referral and at follow-up, under the plan's grey bars. */
    private static BarChart<Number, String> lonelinessChart(ObservableList<StatsViewModel.PercentBar> data) {
        BarChart<Number, String> chart = horizontal("chartLoneliness", i18n("ui.stats.lonelinessChart"), data,
                b -> new XYChart.Data<>(b.percent().orElse(0), b.label() + ": " + b.shown()),
                StatsViewModel.PercentBar::plan);
        ((NumberAxis) chart.getXAxis()).setLabel("%");
        return chart;
    }

    private static <T> BarChart<Number, String> horizontal(String id, String title, ObservableList<T> data,
            Function<T, XYChart.Data<Number, String>> toBar, java.util.function.Predicate<T> grey) {
        BarChart<Number, String> chart = new BarChart<>(new NumberAxis(), new CategoryAxis());
        setUp(chart, id, title);
        Runnable fill = () -> {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            List<T> items = new java.util.ArrayList<>(data);
            java.util.Collections.reverse(items); // a category axis runs bottom to top
            for (T item : items) {
                XYChart.Data<Number, String> bar = toBar.apply(item);
                if (grey.test(item)) {
                    // inline, since the chart resets a bar's style classes when it makes the node
                    bar.nodeProperty().addListener((o, a, node) -> {
                        if (node != null) {
                            node.setStyle("-fx-bar-fill: #8a8a8a;");
                        }
                    });
                }
                series.getData().add(bar);
            }
            chart.getData().setAll(List.of(series));
            scale((NumberAxis) chart.getXAxis(), series.getData().stream()
                    .mapToDouble(d -> d.getXValue().doubleValue()).max().orElse(0));
            chart.setPrefHeight(Math.max(220, 90 + 34 * items.size()));
        };
        data.addListener((ListChangeListener<T>) c -> fill.run());
        fill.run();
        return chart;
    }

    /** Whole, round ticks from 0 (1, 2, 5, 10, 20, ...) instead of the axis's own 2.5-steps. */
    static void scale(NumberAxis axis, double max) {
        double step = niceStep(max / 5);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setLowerBound(0);
        axis.setTickUnit(step);
        axis.setUpperBound(Math.max(step, Math.ceil(max / step) * step));
    }

    static double niceStep(double rough) {
        if (rough <= 1) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double r = rough / magnitude;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * magnitude;
    }

    private static void setUp(BarChart<?, ?> chart, String id, String title) {
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        // in em, so a chart and its title grow with the text size (stats.css-like rule in henvis.css)
        chart.getStyleClass().add("stats-chart");
    }
}
