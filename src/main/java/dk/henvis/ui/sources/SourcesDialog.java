package dk.henvis.ui.sources;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.ui.common.Labels;
import java.io.File;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Indstillinger → "Kilder og opdatering …": the sources (add, remove, on/off), the sync interval, the
 * sync log and "Opdater katalog nu".
 */
public final class SourcesDialog extends Stage {
    public static final String NAME_ID = "sourceName";
    public static final String KIND_ID = "sourceKind";
    public static final String LOCATION_ID = "sourceLocation";
    public static final String ADD_ID = "sourceAdd";
    public static final String TABLE_ID = "sourcesTable";
    public static final String LOG_ID = "syncLog";
    public static final String SYNC_ID = "sourcesSyncNow";
    public static final String CLOSE_ID = "sourcesClose";

    public SourcesDialog(Window owner, SourcesViewModel model, SyncViewModel sync, String stylesheet) {
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
        setTitle(i18n("ui.sources.title"));

        TableView<SourcesViewModel.Row> table = new TableView<>(model.sources());
        table.setId(TABLE_ID);
        table.setPlaceholder(wrap(new Label(i18n("ui.sources.none"))));
        table.getColumns().add(column(i18n("ui.sources.col.name"), SourcesViewModel.Row::name, 120));
        table.getColumns().add(column(i18n("ui.sources.col.kind"), r -> SourcesViewModel.kindLabel(r.kind()), 150));
        table.getColumns().add(column(i18n("ui.sources.col.location"), SourcesViewModel.Row::location, 260));
        table.getColumns().add(column(i18n("ui.sources.col.lastSync"), SourcesViewModel.Row::lastSync, 140));
        table.getColumns().add(column(i18n("ui.sources.col.outcome"), SourcesViewModel.Row::outcome, 260));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(SourcesViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("warning-row", "muted-row");
                if (!empty && row != null) {
                    if (row.failed() && row.enabled()) {
                        getStyleClass().add("warning-row");
                    } else if (!row.enabled()) {
                        getStyleClass().add("muted-row");
                    }
                }
            }
        });
        table.setPrefHeight(160);
        table.setMinHeight(130);
        Button toggle = new Button(i18n("ui.sources.toggle"));
        toggle.setMnemonicParsing(true);
        toggle.setId("sourceToggle");
        Button remove = new Button(i18n("ui.sources.remove"));
        remove.setMnemonicParsing(true);
        remove.setId("sourceRemove");
        toggle.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        toggle.setOnAction(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.setEnabled(row.name(), !row.enabled());
            }
        });
        remove.setOnAction(e -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.remove(row.name());
            }
        });
        HBox tableButtons = new HBox(8, toggle, remove);

        // add a source: each field with its problem right beside it
        TextField name = new TextField();
        name.setId(NAME_ID);
        name.setPromptText(i18n("ui.sources.namePrompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        ComboBox<String> kind = new ComboBox<>();
        kind.setId(KIND_ID);
        kind.getItems().setAll(SourcesViewModel.kinds());
        kind.setPromptText(i18n("ui.sources.kindPrompt"));
        kind.setCellFactory(lv -> new KindCell());
        kind.setButtonCell(new KindCell());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField location = new TextField();
        location.setId(LOCATION_ID);
        location.setPromptText(i18n("ui.sources.locationPrompt"));
        location.textProperty().bindBidirectional(model.locationProperty());
        HBox.setHgrow(location, Priority.ALWAYS);
        Button chooseFile = new Button(i18n("ui.sources.chooseFile"));
        chooseFile.setMnemonicParsing(true);
        chooseFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n("ui.sources.chooseFileTitle"));
            File f = chooser.showOpenDialog(this);
            if (f != null) {
                model.locationProperty().set(f.getAbsolutePath());
            }
        });
        Button chooseFolder = new Button(i18n("ui.sources.chooseFolder"));
        chooseFolder.setMnemonicParsing(true);
        chooseFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n("ui.sources.chooseFolderTitle"));
            File f = chooser.showDialog(this);
            if (f != null) {
                model.locationProperty().set(f.getAbsolutePath());
            }
        });
        Button add = new Button(i18n("ui.sources.add"));
        add.setMnemonicParsing(true);
        add.setId(ADD_ID);
        add.setDefaultButton(true);
        add.setOnAction(e -> model.add());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, Labels.forControl(i18n("ui.sources.name"), name), name, error(model.nameErrorProperty(), "nameError"));
        form.addRow(1, Labels.forControl(i18n("ui.sources.kind"), kind), kind, error(model.kindErrorProperty(), "kindError"));
        HBox locationRow = new HBox(6, location, chooseFile, chooseFolder);
        form.addRow(2, Labels.forControl(i18n("ui.sources.location"), location), locationRow,
                error(model.locationErrorProperty(), "locationError"));
        form.add(add, 1, 3);
        // labels and buttons keep their whole text; the location field gives way instead
        for (Node n : form.getChildren()) {
            if (n instanceof Label l && !l.getStyleClass().contains("field-error")) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        chooseFile.setMinWidth(Region.USE_PREF_SIZE);
        chooseFolder.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(locationRow, Priority.ALWAYS);
        name.setPrefColumnCount(16);
        location.setPrefColumnCount(30);
        Label locationHint = new Label(i18n("ui.sources.locationHint"));
        locationHint.getStyleClass().add("hint");
        locationHint.setWrapText(true);
        TitledPane addPane = new TitledPane(i18n("ui.sources.addTitle"), new VBox(6, form, locationHint));
        addPane.setCollapsible(false);

        // the interval and sync at start
        CheckBox atStart = new CheckBox(i18n("ui.sources.atStart"));
        atStart.setId("syncAtStart");
        atStart.setWrapText(true);
        atStart.setMinHeight(Region.USE_PREF_SIZE);
        atStart.selectedProperty().bindBidirectional(model.syncAtStartProperty());
        Spinner<Integer> hours = new Spinner<>(SyncPreferences.MIN_INTERVAL_HOURS, SyncPreferences.MAX_INTERVAL_HOURS,
                model.intervalHoursProperty().get());
        hours.setId("syncInterval");
        hours.setEditable(true);
        hours.setPrefWidth(90);
        hours.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.intervalHoursProperty().set(b);
            }
        });
        Label hoursLabel = Labels.forControl(i18n("ui.sources.interval"), hours);
        HBox intervalRow = new HBox(8, hoursLabel, hours, new Label(i18n("ui.sources.hours")));
        intervalRow.setAlignment(Pos.CENTER_LEFT);
        Label intervalHint = new Label(i18n("ui.sources.intervalHint"));
        intervalHint.getStyleClass().add("hint");
        intervalHint.setWrapText(true);
        TitledPane intervalPane = new TitledPane(i18n("ui.sources.intervalTitle"),
                new VBox(6, intervalRow, atStart, intervalHint));
        intervalPane.setCollapsible(false);

        // the sync log
        TableView<SourcesViewModel.LogRow> log = new TableView<>(model.log());
        log.setId(LOG_ID);
        log.setPlaceholder(new Label(i18n("ui.sources.log.empty")));
        log.getColumns().add(column(i18n("ui.sources.log.time"), SourcesViewModel.LogRow::time, 130));
        log.getColumns().add(column(i18n("ui.sources.col.name"), SourcesViewModel.LogRow::source, 110));
        log.getColumns().add(column(i18n("ui.sources.log.outcome"), SourcesViewModel.LogRow::outcome, 560));
        log.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(SourcesViewModel.LogRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("warning-row");
                if (!empty && row != null && row.failed()) {
                    getStyleClass().add("warning-row");
                }
            }
        });
        log.setPrefHeight(180);
        log.setMinHeight(150);
        TitledPane logPane = new TitledPane(i18n("ui.sources.log.title"), log);
        logPane.setCollapsible(false);

        Label message = new Label();
        message.setId("sourcesMessage");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        Label syncResult = new Label();
        syncResult.textProperty().bind(sync.resultProperty());
        syncResult.setWrapText(true);
        Button syncNow = new Button(i18n("ui.sources.syncNow"));
        syncNow.setMnemonicParsing(true);
        syncNow.setId(SYNC_ID);
        syncNow.disableProperty().bind(sync.syncingProperty());
        syncNow.setOnAction(e -> sync.syncNow());
        sync.syncingProperty().addListener((o, a, b) -> {
            if (!b) {
                model.reload();
            }
        });
        Button close = new Button(i18n("ui.sources.close"));
        close.setMnemonicParsing(true);
        close.setId(CLOSE_ID);
        close.setCancelButton(true);
        close.setOnAction(e -> close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, syncNow, spacer, close);

        VBox content = new VBox(10, wrap(new Label(i18n("ui.sources.header"))), table, tableButtons, addPane,
                intervalPane, logPane);
        content.setPadding(new Insets(14));
        VBox.setVgrow(logPane, Priority.ALWAYS);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        VBox bottom = new VBox(6, message, syncResult, buttons);
        bottom.setPadding(new Insets(8, 14, 12, 14));
        root.setBottom(bottom);
        root.getStyleClass().add("sources-dialog");
        Scene scene = new Scene(root, 960, 720);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        if (owner != null && owner.getScene() != null) {
            root.styleProperty().bind(owner.getScene().getRoot().styleProperty());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
            }
        });
        setScene(scene);
        model.reload();
    }

    private static Label wrap(Label l) {
        l.setWrapText(true);
        return l;
    }

    private static Label error(ReadOnlyStringProperty text, String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMaxWidth(320);
        return l;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(Objects.toString(value.apply(cd.getValue()), "")));
        c.setPrefWidth(width);
        return c;
    }

    /** A kind shown by its Danish name. */
    private static final class KindCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : SourcesViewModel.kindLabel(code));
        }
    }
}
