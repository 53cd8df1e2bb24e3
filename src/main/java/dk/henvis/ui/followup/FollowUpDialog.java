package dk.henvis.ui.followup;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.ui.common.Labels;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Opfølgning": the code from the handout, what was referred, went yes/no, still going, and the three
 * UCLA items again when the citizen agreed to be asked. Stays open after saving so several codes can
 * be entered in a row; errors appear beside their field.
 */
public final class FollowUpDialog extends Dialog<ButtonType> {
    public static final String CODE_ID = "followupCode";
    public static final String CODE_ERROR_ID = "followupCodeError";
    public static final String SUMMARY_ID = "followupSummary";
    public static final String UCLA_ERROR_ID = "followupUclaError";
    public static final String MESSAGE_ID = "followupMessage";
    public static final String SAVE_ID = "followupSave";
    public static final String UCLA_PREFIX = "followupUcla";

    private final TextField code = new TextField();

    public FollowUpDialog(Window owner, FollowUpViewModel model) {
        initOwner(owner);
        setTitle(i18n("ui.followup.title"));
        setHeaderText(i18n("ui.followup.header"));
        setResizable(true);

        code.setId(CODE_ID);
        code.setPromptText(i18n("ui.followup.codePrompt"));
        code.setPrefColumnCount(9);
        code.textProperty().bindBidirectional(model.codeProperty());
        Label codeLabel = Labels.forControl(i18n("ui.followup.code"), code);
        Label codeError = errorLabel(CODE_ERROR_ID);
        codeError.textProperty().bind(model.codeErrorProperty());

        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label consent = new Label();
        consent.setWrapText(true);
        consent.getStyleClass().add("hint");
        consent.textProperty().bind(model.consentTextProperty());
        VBox referral = new VBox(2, summary, consent);
        referral.getStyleClass().add("followup-referral");
        referral.visibleProperty().bind(model.referralProperty().isNotNull());
        referral.managedProperty().bind(referral.visibleProperty());

        HBox attended = yesNo(model.attendedProperty(), "followupAttended", false);
        HBox still = yesNo(model.stillGoingProperty(), "followupStillGoing", true);
        Label attendedLabel = new Label(i18n("ui.followup.attended"));
        Label stillLabel = new Label(i18n("ui.followup.stillGoing"));

        Label uclaTitle = new Label(i18n("ui.followup.uclaTitle"));
        uclaTitle.getStyleClass().add("section-title");
        UclaFields ucla = new UclaFields(model.ucla(), UCLA_PREFIX);
        ucla.disableProperty().bind(model.uclaAllowed().not());
        Label uclaError = errorLabel(UCLA_ERROR_ID);
        uclaError.textProperty().bind(model.uclaErrorProperty());

        javafx.scene.layout.GridPane yesNo = new javafx.scene.layout.GridPane();
        yesNo.setHgap(16);
        yesNo.setVgap(6);
        yesNo.addRow(0, attendedLabel, attended);
        yesNo.addRow(1, stillLabel, still);
        javafx.scene.layout.ColumnConstraints questions = new javafx.scene.layout.ColumnConstraints();
        questions.setPercentWidth(55);
        yesNo.getColumnConstraints().add(questions);
        VBox answers = new VBox(6, yesNo, uclaTitle, ucla, uclaError);
        answers.disableProperty().bind(Bindings.createBooleanBinding(() -> model.referralProperty().get() == null
                || model.referralProperty().get().followUp() != null, model.referralProperty()));

        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.setWrapText(true);
        message.getStyleClass().add("followup-saved");
        message.textProperty().bind(model.messageProperty());

        // the message about the code stands beside the field, so nothing below moves when it comes or goes
        HBox codeRow = new HBox(10, code, codeError);
        codeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        codeRow.setStyle("-fx-min-height: 2.8em;"); // room for a two-line message beside the field
        HBox.setHgrow(codeError, javafx.scene.layout.Priority.ALWAYS);
        codeError.setMaxWidth(Double.MAX_VALUE);
        code.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, codeLabel, codeRow, referral, answers, message);
        box.getStyleClass().add("followup-form");
        box.setStyle("-fx-pref-width: 45em;"); // grows with the text size
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (Label l : new Label[] {summary, consent, attendedLabel, stillLabel, uclaTitle, codeError, uclaError,
                message}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getDialogPane().setContent(box);

        ButtonType save = new ButtonType(i18n("ui.followup.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(i18n("ui.followup.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(save, close);
        for (ButtonType bt : getDialogPane().getButtonTypes()) {
            // never cut a label short ("Annu..."): each button is as wide as its text needs
            javafx.scene.layout.Region button = (javafx.scene.layout.Region) getDialogPane().lookupButton(bt);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        }
        Node saveButton = getDialogPane().lookupButton(save);
        saveButton.setId(SAVE_ID);
        saveButton.disableProperty().bind(model.canSave().not());
        // saving keeps the dialog open: the next code can be typed at once
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save();
            code.requestFocus();
        });
        setOnShown(e -> code.requestFocus());
        // a dialog keeps the size it was shown with: grow it when the referral, an error or a message appears
        for (javafx.beans.Observable o : new javafx.beans.Observable[] {model.referralProperty(),
                model.codeErrorProperty(), model.uclaErrorProperty(), model.messageProperty()}) {
            o.addListener(x -> javafx.application.Platform.runLater(this::fitToContent));
        }
    }

    private void fitToContent() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("error-text");
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        // its line is kept while empty, so a message appearing or going does not move the controls below
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** Ja / Nej (and "Ikke spurgt" when {@code notAsked}) bound to a nullable Boolean both ways. */
    private static HBox yesNo(ObjectProperty<Boolean> value, String idPrefix, boolean notAsked) {
        ToggleGroup group = new ToggleGroup();
        RadioButton yes = radio(i18n("ui.followup.yes"), idPrefix + "Yes", Boolean.TRUE, group);
        RadioButton no = radio(i18n("ui.followup.no"), idPrefix + "No", Boolean.FALSE, group);
        HBox box = new HBox(16, yes, no);
        RadioButton unknown = null;
        if (notAsked) {
            unknown = radio(i18n("ui.followup.notAsked"), idPrefix + "NotAsked", null, group);
            box.getChildren().add(unknown);
        }
        RadioButton none = unknown;
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                value.set((Boolean) b.getUserData());
            }
        });
        Runnable show = () -> {
            Boolean v = value.get();
            Toggle t = v == null ? none : v ? yes : no;
            if (t == null) {
                group.selectToggle(null);
            } else if (group.getSelectedToggle() != t) {
                group.selectToggle(t);
            }
        };
        value.addListener((o, a, b) -> show.run());
        show.run();
        return box;
    }

    private static RadioButton radio(String text, String id, Boolean data, ToggleGroup group) {
        RadioButton rb = new RadioButton(text);
        rb.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        rb.setId(id);
        rb.setMnemonicParsing(true);
        rb.setUserData(data);
        rb.setToggleGroup(group);
        return rb;
    }
}
