package dk.henvis.ui.retention;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.referrals.ReferralLog;
import dk.henvis.ui.common.Labels;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Indstillinger → "Opbevaring af henvisninger": the months, what they mean, and a question before deleting. */
public final class RetentionDialog extends Dialog<ButtonType> {
    public static final String MONTHS_ID = "retentionMonths";
    public static final String AFFECTED_ID = "retentionAffected";

    public RetentionDialog(Window owner, RetentionViewModel model) {
        initOwner(owner);
        setTitle(i18n("ui.retention.title"));
        setHeaderText(i18n("ui.retention.header"));

        Spinner<Integer> months = new Spinner<>(1, ReferralLog.MAX_RETENTION_MONTHS, model.savedMonths());
        months.setId(MONTHS_ID);
        months.setEditable(true);
        months.setPrefWidth(110);
        months.getValueFactory().valueProperty().bindBidirectional(model.monthsProperty());
        Label unit = new Label(i18n("ui.retention.monthsUnit"));
        HBox row = new HBox(8, months, unit);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label meaning = new Label();
        meaning.setWrapText(true);
        meaning.textProperty().bind(model.meaning());
        Label privacy = new Label(i18n("ui.retention.privacy"));
        privacy.setWrapText(true);
        privacy.getStyleClass().add("hint");
        Label affected = new Label();
        affected.setId(AFFECTED_ID);
        affected.setWrapText(true);
        affected.getStyleClass().add("warning");
        affected.textProperty().bind(Bindings.createStringBinding(() -> model.affectedProperty().get() == 0 ? ""
                : i18n("ui.retention.affected", model.affectedProperty().get()), model.affectedProperty()));
        affected.visibleProperty().bind(affected.textProperty().isNotEmpty());
        affected.managedProperty().bind(affected.visibleProperty());

        VBox box = new VBox(10, Labels.forControl(i18n("ui.retention.months"), months), row, meaning, affected,
                privacy);
        box.setStyle("-fx-pref-width: 39em;"); // grows with the text size
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Label l : new Label[] {meaning, privacy, affected}) {
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // a dialog keeps the size it was shown with: grow it when the warning appears
        affected.textProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        box.getStyleClass().add("retention-form");
        getDialogPane().setContent(box);

        ButtonType save = new ButtonType(i18n("ui.retention.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(i18n("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        for (ButtonType bt : getDialogPane().getButtonTypes()) {
            // never cut a label short ("Annu..."): each button is as wide as its text needs
            javafx.scene.layout.Region button = (javafx.scene.layout.Region) getDialogPane().lookupButton(bt);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        }
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId("retentionSave");
        saveButton.disableProperty().bind(model.changed().not());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            String question = model.confirmation();
            if (question == null) {
                return;
            }
            ButtonType delete = new ButtonType(i18n("ui.retention.confirmYes"), ButtonBar.ButtonData.OK_DONE);
            ButtonType keep = new ButtonType(i18n("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, question, delete, keep);
            confirm.initOwner(getDialogPane().getScene().getWindow());
            confirm.setHeaderText(null);
            confirm.setTitle(i18n("ui.retention.title"));
            if (confirm.showAndWait().orElse(keep) != delete) {
                e.consume();
            }
        });
        setResultConverter(bt -> {
            if (bt == save) {
                model.save();
            }
            return bt;
        });
    }
}
