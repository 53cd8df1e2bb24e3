package dk.henvis.ui.handoutpreview;

import static dk.henvis.ui.I18n.i18n;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The handout page as it will be printed, with Print, Save as PDF and Close. */
public final class HandoutPreviewDialog extends Dialog<ButtonType> {
    public static final ButtonType PRINT = new ButtonType(i18n("ui.handout.print"), ButtonBar.ButtonData.LEFT);
    public static final ButtonType SAVE = new ButtonType(i18n("ui.handout.save"), ButtonBar.ButtonData.OK_DONE);

    public HandoutPreviewDialog(Window owner, HandoutViewModel model) {
        initOwner(owner);
        setTitle(i18n("ui.handout.previewTitle"));
        setResizable(true);
        ImageView image = new ImageView();
        image.setPreserveRatio(true);
        // the whole page on a 768-pixel laptop screen too; the dialog's buttons stay visible below it
        image.setFitHeight(Math.max(420, Math.min(760, Screen.getPrimary().getVisualBounds().getHeight() - 230)));
        image.setId("handoutPage");
        if (model.pageProperty().get() != null) {
            image.setImage(SwingFXUtils.toFXImage(model.pageProperty().get(), null));
        }
        model.pageProperty().addListener((o, a, b) -> image.setImage(b == null ? null : SwingFXUtils.toFXImage(b, null)));
        ScrollPane scroll = new ScrollPane(image);
        scroll.getStyleClass().add("handout-preview");
        scroll.setPannable(true);
        Label code = new Label(model.referralCode() == null ? "" : i18n("ui.handout.code", model.referralCode()));
        code.getStyleClass().add("hint");
        VBox box = new VBox(8, scroll, code);
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().addAll(PRINT, SAVE,
                new ButtonType(i18n("ui.handout.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(SAVE).setId("previewSave");
        getDialogPane().lookupButton(PRINT).setId("previewPrint");
        for (ButtonType type : getDialogPane().getButtonTypes()) {
            // never cut a label short ("Gem som PD..."): each button is as wide as its text needs
            Button button = (Button) getDialogPane().lookupButton(type);
            button.setMinWidth(Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        }
    }
}
