package dk.henvis.ui.firststart;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.settings.StaffUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The first-start question "Hvor arbejder du?" (and the same form in settings): the unit as radio
 * buttons with mnemonics and the unit's phone number for the handout.
 */
public final class UnitDialog extends Dialog<ButtonType> {
    public static final String PHONE_ID = "unitPhone";

    public UnitDialog(Window owner, UnitViewModel model, boolean firstStart) {
        initOwner(owner);
        setTitle(firstStart ? i18n("ui.firststart.title") : i18n("ui.settings.title"));
        setHeaderText(firstStart ? i18n("ui.firststart.header") : i18n("ui.settings.header"));

        VBox box = new VBox(8);
        box.getStyleClass().add("unit-form");
        ToggleGroup group = new ToggleGroup();
        Label unitLabel = new Label(i18n("ui.firststart.unit"));
        box.getChildren().add(unitLabel);
        for (StaffUnit unit : StaffUnit.values()) {
            RadioButton rb = new RadioButton(UnitViewModel.label(unit));
            rb.setMnemonicParsing(true);
            rb.setId("unit-" + unit.code());
            rb.setUserData(unit.code());
            rb.setToggleGroup(group);
            rb.setSelected(unit.code().equals(model.unitProperty().get()));
            box.getChildren().add(rb);
        }
        // the units the coordinator added on this installation (their names as typed: no mnemonics)
        int n = 0;
        for (String added : model.addedUnits()) {
            RadioButton rb = new RadioButton(added);
            rb.setMnemonicParsing(false);
            rb.setId("unit-added-" + n++);
            rb.setUserData(added);
            rb.setToggleGroup(group);
            rb.setSelected(added.equals(model.unitProperty().get()));
            box.getChildren().add(rb);
        }
        group.selectedToggleProperty().addListener((o, a, b) ->
                model.unitProperty().set(b == null ? null : (String) b.getUserData()));

        Label phoneLabel = dk.henvis.ui.common.Labels.forControl(i18n("ui.firststart.phone"), null);
        phoneLabel.setMnemonicParsing(true);
        TextField phone = new TextField();
        phone.setId(PHONE_ID);
        phone.setPromptText(i18n("ui.firststart.phonePrompt"));
        phone.textProperty().bindBidirectional(model.phoneProperty());
        phoneLabel.setLabelFor(phone);
        Label hint = new Label(i18n("ui.firststart.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        box.getChildren().addAll(phoneLabel, phone, hint);
        getDialogPane().setContent(box);

        ButtonType ok = new ButtonType(i18n("ui.firststart.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().add(ok);
        if (!firstStart) {
            getDialogPane().getButtonTypes().add(new ButtonType(i18n("ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        }
        Node okButton = getDialogPane().lookupButton(ok);
        okButton.setId("unitOk");
        okButton.disableProperty().bind(model.canSave().not());
        setOnCloseRequest(e -> {
            if (firstStart && model.unitProperty().get() == null) {
                e.consume();
            }
        });
        setResultConverter(bt -> {
            if (bt == ok) {
                model.save();
            }
            return bt;
        });
    }
}
