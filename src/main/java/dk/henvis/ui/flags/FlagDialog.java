package dk.henvis.ui.flags;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.curation.FlagFile;
import dk.henvis.ui.common.Labels;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Meld fejl i oplysningerne…": what is wrong with the offer, in a few words. The dialog says plainly to
 * write nothing about the citizen; a text with a CPR number is refused.
 */
public final class FlagDialog extends Dialog<ButtonType> {
    public static final String TEXT_ID = "flagText";
    public static final String SAVE_ID = "flagSave";

    public FlagDialog(Window owner, FlagViewModel model) {
        initOwner(owner);
        setTitle(i18n("ui.flag.title"));
        setHeaderText(i18n("ui.flag.header", model.offer().name()));

        TextArea text = dk.henvis.ui.common.TabLeaves.install(new TextArea());
        text.setId(TEXT_ID);
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setPrefColumnCount(40);
        text.setPromptText(i18n("ui.flag.prompt"));
        text.textProperty().bindBidirectional(model.textProperty());
        Label label = Labels.forControl(i18n("ui.flag.label"), text);
        Label privacy = new Label(i18n("ui.flag.privacy"));
        privacy.getStyleClass().add("warning");
        privacy.setWrapText(true);
        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n("ui.flag.count", model.textProperty().get().strip().length(), FlagFile.MAX_TEXT),
                model.textProperty()));
        Label where = new Label(model.whereItGoes());
        where.getStyleClass().add("hint");
        where.setWrapText(true);
        Label error = new Label();
        error.setId("flagError");
        error.getStyleClass().add("warning");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        for (Label l : new Label[] {privacy, where, error}) {
            // a wrapping label in a dialog is otherwise cut to one line with "…"
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(8, privacy, label, text, count, error, where);
        box.setStyle("-fx-pref-width: 35em;"); // grows with the text size
        getDialogPane().setContent(box);

        ButtonType save = new ButtonType(i18n("ui.flag.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(i18n("ui.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId(SAVE_ID);
        ((Region) saveButton).setMinWidth(Region.USE_PREF_SIZE);
        ButtonBar.setButtonUniformSize(saveButton, false);
        saveButton.disableProperty().bind(model.canSave().not());
        // a text that may not be saved keeps the dialog open with the reason beside the field
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.save()) {
                e.consume();
            }
        });
        setOnShown(e -> text.requestFocus());
    }
}
