package dk.henvis.ui.shell;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.ui.sources.SyncViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The main window's status bar: the catalogue's age and size (a warning when old), the sample-data badge,
 * the last sync's outcome (click for the sources and the sync log), background progress and "Opdater".
 */
final class StatusBar extends HBox {

    /** @param openSources opens "Kilder og opdatering" (a click on the sync outcome) */
    StatusBar(ShellViewModel shell, SyncViewModel sync, Runnable openSources) {
        super(10);
        Label status = new Label();
        status.setId(MainWindow.STATUS_ID);
        status.textProperty().bind(shell.statusProperty());
        warnWhen(status, shell.staleProperty());
        Label sample = new Label(i18n("ui.status.sample"));
        sample.setId(MainWindow.SAMPLE_ID);
        sample.getStyleClass().add("badge");
        sample.visibleProperty().bind(shell.sampleProperty());
        sample.managedProperty().bind(sample.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label progressText = new Label();
        progressText.textProperty().bind(shell.progressMessageProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(shell.progressProperty());
        progress.visibleProperty().bind(shell.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        getChildren().addAll(status, sample, spacer, syncResult(sync, openSources), progressText, progress,
                syncProgress(sync), syncButton(sync));
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("status-bar");
    }

    /** The outcome of the last sync, per source; a warning when a source failed; click for the log. */
    private static Node syncResult(SyncViewModel sync, Runnable openSources) {
        Hyperlink result = new Hyperlink();
        result.setId(MainWindow.SYNC_RESULT_ID);
        result.textProperty().bind(sync.resultProperty());
        result.setMaxWidth(700);
        result.setTextOverrun(OverrunStyle.ELLIPSIS);
        result.visibleProperty().bind(sync.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", sync.resultLines()),
                sync.resultLines()));
        tip.setWrapText(true);
        tip.setMaxWidth(700);
        result.setTooltip(tip);
        warnWhen(result, sync.failedProperty());
        result.setOnAction(e -> openSources.run());
        return result;
    }

    private static Node syncProgress(SyncViewModel sync) {
        Label text = new Label();
        text.setId(MainWindow.SYNC_MESSAGE_ID);
        text.textProperty().bind(sync.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(sync.progressProperty());
        HBox box = new HBox(6, text, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(sync.syncingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Button syncButton(SyncViewModel sync) {
        Button button = new Button(i18n("ui.sync.button"));
        button.setId(MainWindow.SYNC_BUTTON_ID);
        button.setMnemonicParsing(false);
        button.disableProperty().bind(sync.syncingProperty());
        button.setOnAction(e -> sync.syncNow());
        button.setFocusTraversable(false);
        return button;
    }

    /** The warning colour on {@code node} while {@code warning} holds. */
    private static void warnWhen(Node node, ReadOnlyBooleanProperty warning) {
        warning.addListener((o, a, b) -> {
            node.getStyleClass().remove("warning");
            if (b) {
                node.getStyleClass().add("warning");
            }
        });
    }
}
