package dk.henvis.ui.about;

import static dk.henvis.ui.I18n.i18n;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Om Henvis": version, data folder, log folder and the catalogue's sources with their age. */
public final class AboutDialog extends Dialog<Void> {
    public static final String VERSION_ID = "aboutVersion";
    public static final String DATA_FOLDER_ID = "aboutDataFolder";
    public static final String LOG_FOLDER_ID = "aboutLogFolder";
    public static final String SOURCES_ID = "aboutSources";
    public static final String COPY_ID = "aboutCopy";
    public static final String CLOSE_ID = "aboutClose";

    public AboutDialog(Window owner, AboutViewModel model) {
        initOwner(owner);
        setTitle(model.title());
        var icon = AboutDialog.class.getResource("/dk/henvis/icons/henvis-64.png");
        Label version = new Label(model.version());
        version.setId(VERSION_ID);
        version.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        if (icon != null) {
            version.setGraphic(new ImageView(new Image(icon.toExternalForm())));
            version.setGraphicTextGap(16);
        }

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n("ui.about.dataFolder")), selectable(model.dataFolder(), DATA_FOLDER_ID));
        grid.addRow(1, new Label(i18n("ui.about.logFolder")), selectable(model.logFolder(), LOG_FOLDER_ID));
        VBox sources = new VBox(4);
        sources.setId(SOURCES_ID);
        model.sourceLines().forEach(line -> sources.getChildren().add(new Label(line)));
        Label catalogue = new Label(i18n("ui.about.catalogue"));
        grid.addRow(2, catalogue, sources);
        GridPane.setValignment(catalogue, javafx.geometry.VPos.TOP);
        VBox content = new VBox(16, version, grid);
        if (!model.readOnlyNotice().isEmpty()) {
            Label warning = new Label(model.readOnlyNotice());
            warning.setWrapText(true);
            warning.getStyleClass().add("warning");
            content.getChildren().add(warning);
        }
        getDialogPane().setContent(content);

        ButtonType copy = new ButtonType(i18n("ui.about.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(i18n("ui.about.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(copy, close);
        Button copyButton = (Button) getDialogPane().lookupButton(copy);
        copyButton.setId(COPY_ID);
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent text = new ClipboardContent();
            text.putString(model.report());
            Clipboard.getSystemClipboard().setContent(text);
            e.consume(); // copying does not close the dialog
        });
        getDialogPane().lookupButton(close).setId(CLOSE_ID);
    }

    /** A value that can be selected and copied, e.g. a folder path for IT support. */
    private static javafx.scene.control.TextField selectable(String text, String id) {
        var field = new javafx.scene.control.TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(true);
        field.setPrefColumnCount(Math.min(60, Math.max(20, text.length())));
        return field;
    }
}
