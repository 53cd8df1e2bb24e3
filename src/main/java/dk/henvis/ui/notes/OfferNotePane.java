package dk.henvis.ui.notes;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Offer;
import dk.henvis.ui.common.Labels;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Lokal viden" in an offer's details: the saved note and verification, and a small form to change them. */
public final class OfferNotePane extends VBox {
    public static final String NOTE_ID = "offerNote";
    public static final String VERIFIED_ID = "offerVerified";
    public static final String SAVE_ID = "offerNoteSave";
    public static final String SAVED_NOTE_ID = "offerNoteSaved";

    private final OfferNoteViewModel model;

    public OfferNotePane(OfferNoteViewModel model) {
        super(6);
        this.model = model;
        getStyleClass().add("offer-note");
        Label title = new Label(i18n("ui.notes.title"));
        title.getStyleClass().add("details-label");
        Label saved = new Label();
        saved.setId(SAVED_NOTE_ID);
        saved.getStyleClass().add("offer-note-text");
        saved.setWrapText(true);
        saved.textProperty().bind(model.savedNoteProperty());
        saved.visibleProperty().bind(model.savedNoteProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        Label verifiedText = new Label();
        verifiedText.getStyleClass().add("offer-note-verified");
        verifiedText.textProperty().bind(model.savedVerifiedProperty());
        verifiedText.visibleProperty().bind(model.savedVerifiedProperty().isNotEmpty());
        verifiedText.managedProperty().bind(verifiedText.visibleProperty());

        TextArea note = new TextArea();
        note.setId(NOTE_ID);
        dk.henvis.ui.common.TabLeaves.install(note);
        note.setPromptText(i18n("ui.notes.prompt"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        Label noteLabel = Labels.forControl(i18n("ui.notes.noteLabel"), note);
        CheckBox verified = new CheckBox(i18n("ui.notes.verified"));
        verified.setId(VERIFIED_ID);
        verified.selectedProperty().bindBidirectional(model.verifiedProperty());
        DatePicker date = dk.henvis.ui.common.DanishDates.picker();
        date.setPrefWidth(150);
        date.valueProperty().bindBidirectional(model.verifiedOnProperty());
        date.disableProperty().bind(verified.selectedProperty().not());
        Button save = new Button(i18n("ui.notes.save"));
        save.setId(SAVE_ID);
        save.setOnAction(e -> model.save());
        Label message = new Label();
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        verified.setWrapText(true);
        verified.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the date below the check box: a row of the two was never narrower than the check box's whole text, so
        // at large text the details scrolled sideways instead of wrapping it
        VBox verifyRow = new VBox(4, verified, date);
        HBox saveRow = new HBox(8, save, message);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(i18n("ui.notes.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(title, saved, verifiedText, noteLabel, note, verifyRow, saveRow, hint);
    }

    /** Shows the note of {@code offer}; returns this pane, to be placed in the offer's details. */
    public OfferNotePane forOffer(Offer offer) {
        model.load(offer == null ? null : offer.key());
        return this;
    }
}
