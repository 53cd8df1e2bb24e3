package dk.henvis.ui.handoutpreview;

import static dk.henvis.ui.I18n.i18n;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

/** The handout page as it will be printed, with Print, Save as PDF and Close. */
public final class HandoutPreviewDialog extends Dialog<ButtonType> {
    public static final ButtonType PRINT = new ButtonType(i18n("ui.handout.print"), ButtonBar.ButtonData.LEFT);
    public static final ButtonType SAVE = new ButtonType(i18n("ui.handout.save"), ButtonBar.ButtonData.OK_DONE);

    /** The page as it will be printed (a {@code Region} holding the scaled image). */
    public static final String PAGE_ID = "handoutPage";

    public HandoutPreviewDialog(Window owner, HandoutViewModel model) {
        initOwner(owner);
        setTitle(i18n("ui.handout.previewTitle"));
        setResizable(true);
        // the whole page on a 768-pixel laptop screen too, scaled to the room the dialog has once its buttons
        // are placed at the window's text size: no scroll bar either way (issue 16)
        PageView page = new PageView(Math.max(420, Math.min(760, Screen.getPrimary().getVisualBounds().getHeight() - 230)));
        page.setId(PAGE_ID);
        if (model.pageProperty().get() != null) {
            page.setImage(SwingFXUtils.toFXImage(model.pageProperty().get(), null));
        }
        model.pageProperty().addListener((o, a, b) -> page.setImage(b == null ? null : SwingFXUtils.toFXImage(b, null)));
        Label code = new Label(model.referralCode() == null ? "" : i18n("ui.handout.code", model.referralCode()));
        code.getStyleClass().add("hint");
        VBox box = new VBox(8, page, code);
        VBox.setVgrow(page, Priority.ALWAYS);
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
