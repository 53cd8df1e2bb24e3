package dk.henvis.ui.offereditor;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.ui.Suggester;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableNumberValue;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the offer form of coordinator mode in its own window: for a new offer, to edit, duplicate or adopt
 * one, and retires an offer after asking. The one public entry point other screens use (the catalogue
 * browser, the coordinator tab). Each form's view-model comes from the window's view-model, which says what
 * happens after a save or retirement (every screen reloads the catalogue); this class only shows it.
 */
public final class OfferEditor {
    public static final String STYLESHEET = "/dk/henvis/ui/henvis.css";

    private final Supplier<OfferEditorViewModel> forms;
    private final Suggester interests;
    private final Suggester groups;
    private final ObservableNumberValue fontSize;

    /**
     * @param forms     a new form's view-model, told what to do after it saved (built by the window's view-model)
     * @param interests interest words to suggest while typing
     * @param groups    target-group words to suggest while typing
     * @param fontSize  the window's text size (Ctrl+Plus/Minus), or null for the stylesheet's default
     */
    public OfferEditor(Supplier<OfferEditorViewModel> forms, Suggester interests, Suggester groups,
            ObservableNumberValue fontSize) {
        this.forms = Objects.requireNonNull(forms);
        this.interests = Objects.requireNonNull(interests);
        this.groups = Objects.requireNonNull(groups);
        this.fontSize = fontSize;
    }

    /** A blank form for a new offer of the municipality's catalogue. */
    public Stage create(Window owner) {
        return open(owner, OfferEditorViewModel::startNew);
    }

    /** The form on the curated offer {@code key}. */
    public Stage edit(Window owner, OfferKey key) {
        return open(owner, m -> m.startEdit(key));
    }

    /** The form on a copy of {@code key} ("(kopi)"); stored when saved. */
    public Stage duplicate(Window owner, OfferKey key) {
        return open(owner, m -> m.startDuplicate(key));
    }

    /** The form on an imported offer taken into the municipality's catalogue; stored when saved. */
    public Stage adopt(Window owner, OfferKey key) {
        return open(owner, m -> m.startAdopt(key));
    }

    /** Asks, then retires the curated offer (never matched again, kept). */
    public void retire(Window owner, Offer offer) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, i18n("ui.browser.retireConfirm", offer.name()),
                ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(owner);
        ask.setTitle(i18n("ui.browser.retireTitle"));
        ask.setHeaderText(null);
        ask.getDialogPane().getStylesheets().add(stylesheet());
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            model().retire(offer.key());
        }
    }

    /** A new form's view-model (for a caller that shows it itself). */
    public OfferEditorViewModel model() {
        return forms.get();
    }

    private Stage open(Window owner, Consumer<OfferEditorViewModel> start) {
        OfferEditorViewModel model = model();
        OfferEditorView view = new OfferEditorView(model, interests, groups);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.titleProperty().bind(model.titleProperty());
        Scene scene = new Scene(view, 980, 760);
        scene.getStylesheets().add(stylesheet());
        if (fontSize != null) {
            view.styleProperty().bind(javafx.beans.binding.Bindings.format(java.util.Locale.ROOT,
                    "-fx-font-size: %.0fpx;", fontSize));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!model.save()) {
                view.focusFirstProblem();
            }
        });
        view.closeButton().setOnAction(e -> stage.close());
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        model.readyProperty().addListener((o, a, b) -> {
            if (b) {
                Platform.runLater(view::focusName);
            }
        });
        stage.show();
        start.accept(model);
        return stage;
    }

    private String stylesheet() {
        return Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm();
    }
}
