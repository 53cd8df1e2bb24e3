package dk.henvis.ui.coordinator;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.curation.Flag;
import dk.henvis.curation.StaleOffer;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.common.Labels;
import dk.henvis.ui.firststart.UnitViewModel;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Koordinator tab: flags from the field, offers not checked for long, and "Udgiv kataloget". */
public final class CoordinatorView extends ScrollPane {
    public static final String FLAGS_ID = "coordFlags";
    public static final String STALE_ID = "coordStale";

    public CoordinatorView(CoordinatorViewModel model, FolderChooser folders) {
        getStyleClass().add("coordinator-view");
        setFitToWidth(true);
        Node flags = flags(model, folders);
        Node stale = stale(model);
        HBox.setHgrow(flags, Priority.ALWAYS);
        HBox.setHgrow(stale, Priority.ALWAYS);
        ((VBox) flags).setPrefWidth(600);
        ((VBox) stale).setPrefWidth(600);
        HBox lists = new HBox(24, flags, stale);
        VBox box = new VBox(18, lists, publish(model, folders));
        box.getStyleClass().add("coordinator-box");
        box.setStyle("-fx-padding: 12;");
        setContent(box);
    }

    private Node flags(CoordinatorViewModel model, FolderChooser folders) {
        Label title = title(i18n("ui.coord.flags.title"));
        Label folderLabel = new Label(i18n("ui.coord.flags.folder"));
        Label folder = new Label();
        folder.textProperty().bind(model.flagsFolderProperty());
        folder.setWrapText(true);
        Button change = new Button(i18n("ui.coord.flags.changeFolder"));
        change.setOnAction(e -> folders.choose(getScene().getWindow(), i18n("ui.coord.flags.chooseFolder"),
                pathOrNull(model.flagsFolderProperty().get())).ifPresent(model::setFlagsFolder));
        Button collect = new Button(i18n("ui.coord.flags.collect"));
        collect.setId("coordCollect");
        collect.setOnAction(e -> model.collectFlags());
        HBox folderRow = row(folderLabel, folder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        folderLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        ListView<CoordinatorViewModel.FlagGroup> list = new ListView<>(model.flagGroups());
        list.setId(FLAGS_ID);
        list.setPrefHeight(280);
        list.setCellFactory(lv -> new FlagCell());
        Label none = new Label(i18n("ui.coord.flags.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        Button resolve = new Button(i18n("ui.coord.flags.resolve"));
        resolve.setId("coordResolve");
        resolve.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        resolve.setOnAction(e -> model.resolve(list.getSelectionModel().getSelectedItem()));
        Label message = message(model.flagsMessageProperty());
        return new VBox(8, title, folderRow, row(change, collect), list, row(resolve), message);
    }

    private Node stale(CoordinatorViewModel model) {
        Label title = title(i18n("ui.coord.stale.title"));
        Spinner<Integer> months = new Spinner<>(1, 120, model.monthsProperty().get());
        months.setId("coordMonths");
        months.setEditable(true);
        months.setPrefWidth(90);
        SpinnerValueFactory<Integer> factory = months.getValueFactory();
        factory.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.monthsProperty().set(b);
            }
        });
        Label monthsLabel = Labels.forControl(i18n("ui.coord.stale.months"), months);
        Label unit = new Label(i18n("ui.coord.stale.monthsUnit"));

        ListView<StaleOffer> list = new ListView<>(model.staleOffers());
        list.setId(STALE_ID);
        list.setPrefHeight(280);
        list.setCellFactory(lv -> new StaleCell());
        Label none = new Label(i18n("ui.coord.stale.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        Button check = new Button(i18n("ui.coord.stale.markChecked"));
        check.setId("coordMarkChecked");
        check.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        check.setOnAction(e -> model.markChecked(list.getSelectionModel().getSelectedItem()));
        Label hint = new Label(i18n("ui.coord.stale.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(8, title, row(monthsLabel, months, unit), list, row(check), message(model.staleMessageProperty()),
                hint);
    }

    private Node publish(CoordinatorViewModel model, FolderChooser folders) {
        Label title = title(i18n("ui.coord.publish.title"));
        TextField folder = new TextField();
        folder.setId("coordPublishFolder");
        folder.setEditable(false);
        folder.textProperty().bind(model.publishFolderProperty());
        folder.setPromptText(i18n("ui.coord.publish.noFolder"));
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label folderLabel = Labels.forControl(i18n("ui.coord.publish.folder"), folder);
        Button choose = new Button(i18n("ui.coord.publish.choose"));
        choose.setId("coordChooseFolder");
        choose.setOnAction(e -> folders.choose(getScene().getWindow(), i18n("ui.coord.publish.chooseTitle"),
                pathOrNull(model.publishFolderProperty().get())).ifPresent(model::setPublishFolder));
        Button publish = new Button(i18n("ui.coord.publish.run"));
        publish.setId("coordPublish");
        publish.getStyleClass().add("default-action");
        publish.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.canPublish(),
                model.publishFolderProperty(), model.publishingProperty()));
        publish.setOnAction(e -> {
            // sample offers are not published without a word: the coordinator says yes first
            var question = model.publishQuestion();
            if (question.isPresent()) {
                javafx.scene.control.Alert ask = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.CONFIRMATION, question.get(),
                        javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
                ask.initOwner(getScene().getWindow());
                ask.setHeaderText(null);
                if (ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.YES).isEmpty()) {
                    return;
                }
            }
            model.publish();
        });
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(model.publishProgressProperty());
        progress.visibleProperty().bind(model.publishingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = message(model.publishMessageProperty());
        model.publishFailedProperty().addListener((o, a, b) -> {
            message.getStyleClass().remove("warning");
            if (b) {
                message.getStyleClass().add("warning");
            }
        });
        message.setId("coordPublishMessage");
        Label hint = new Label(i18n("ui.coord.publish.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(8, title, row(folderLabel, folder, choose), row(publish, progress), message, hint);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label message(javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        return l;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Path pathOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Path.of(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The offer's name, then one line per open flag: date, unit and text. */
    static final class FlagCell extends ListCell<CoordinatorViewModel.FlagGroup> {
        @Override
        protected void updateItem(CoordinatorViewModel.FlagGroup g, boolean empty) {
            super.updateItem(g, empty);
            if (empty || g == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(g.offerName() + "  (" + g.offer().sourceId() + ")");
            name.getStyleClass().add("result-name");
            name.setWrapText(true);
            VBox box = new VBox(2, name);
            for (Flag f : g.flags()) {
                String unit = f.unit() == null ? "" : StaffUnit.fromCode(f.unit()).map(u -> UnitViewModel.label(u).replace("_", ""))
                        .map(u -> " · " + u).orElse("");
                Label line = new Label(f.created().format(CoordinatorViewModel.DATE) + unit + ": " + f.text());
                line.setWrapText(true);
                box.getChildren().add(line);
            }
            setText(null);
            setGraphic(box);
            setPrefWidth(0);
        }
    }

    /** The offer's name; when it was last checked and where it comes from. */
    static final class StaleCell extends ListCell<StaleOffer> {
        @Override
        protected void updateItem(StaleOffer s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(s.offer().name());
            name.getStyleClass().add("result-name");
            name.setWrapText(true);
            String when = s.lastChecked() == null ? i18n("ui.coord.stale.never")
                    : i18n("ui.coord.stale.lastChecked", s.lastChecked().format(CoordinatorViewModel.DATE));
            Label line = new Label(when + " · " + i18n("ui.coord.stale.source", s.offer().key().source()));
            line.getStyleClass().add("result-meta");
            line.setWrapText(true);
            setText(null);
            setGraphic(new VBox(2, name, line));
            setPrefWidth(0);
        }
    }
}
