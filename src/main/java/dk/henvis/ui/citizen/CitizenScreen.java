package dk.henvis.ui.citizen;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.ui.Suggester;
import dk.henvis.ui.common.FileDialogs;
import dk.henvis.ui.common.Labels;
import dk.henvis.ui.common.OfferDetailsView;
import dk.henvis.ui.handoutpreview.HandoutPreviewDialog;
import dk.henvis.ui.handoutpreview.HandoutPrinter;
import dk.henvis.ui.handoutpreview.HandoutViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The worker's main screen: the citizen panel on the left, the suggestions in the middle with the
 * handout bar below them, the chosen suggestion's details on the right.
 */
public final class CitizenScreen extends BorderPane {
    public static final String FIRST_NAME_ID = "handoutFirstName";
    public static final String NOTE_ID = "handoutNote";
    public static final String CONSENT_ID = "handoutConsent";
    public static final String UCLA_PREFIX = "handoutUcla";
    public static final String CODE_ID = "handoutCode";
    public static final String COPY_CODE_ID = "handoutCopyCode";

    private final CitizenView citizenView;
    private final ResultsView resultsView;
    private final HandoutViewModel handout;
    private final FileDialogs files;
    private final OfferDetailsView details;
    private final SplitPane split;

    /** Citizen panel | suggestions | details and handout, as parts of the window's width. */
    public static final double[] DEFAULT_DIVIDERS = {0.26, 0.73};

    public CitizenScreen(CitizenViewModel citizen, ResultsViewModel results, HandoutViewModel handout,
            Suggester interests, Suggester groups, FileDialogs files) {
        this.handout = handout;
        this.files = files;
        getStyleClass().add("citizen-screen");
        citizenView = new CitizenView(citizen, interests, groups);
        resultsView = new ResultsView(results, citizen);
        details = new OfferDetailsView();
        results.selectedProperty().addListener((o, a, b) -> details.show(b == null ? null : b.offer()));

        VBox middle = new VBox(6, resultsView);
        middle.getStyleClass().add("results-column");
        VBox.setVgrow(resultsView, Priority.ALWAYS);
        // the chosen suggestion's details above the handout: the suggestions keep the middle's whole height
        // at large text the two share the height: the details keep a few lines, the handout scrolls
        javafx.scene.control.ScrollPane handoutScroll = new javafx.scene.control.ScrollPane(handoutBar(results));
        handoutScroll.setFitToWidth(true);
        handoutScroll.getStyleClass().add("handout-scroll");
        handoutScroll.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox right = new VBox(0, details, handoutScroll);
        right.getStyleClass().add("details-column");
        VBox.setVgrow(details, Priority.ALWAYS);
        split = new SplitPane(citizenView, middle, right);
        split.setDividerPositions(DEFAULT_DIVIDERS);
        SplitPane.setResizableWithParent(citizenView, false);
        setCenter(split);
    }

    /** The three columns; the window remembers where the worker put the dividers. */
    public SplitPane split() {
        return split;
    }

    private static Label sectionTitle(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private VBox handoutBar(ResultsViewModel results) {
        TextField firstName = new TextField();
        firstName.setId(FIRST_NAME_ID);
        firstName.setPromptText(i18n("ui.handout.firstNamePrompt"));
        firstName.textProperty().bindBidirectional(handout.firstNameProperty());
        TextArea note = new TextArea();
        note.setId(NOTE_ID);
        dk.henvis.ui.common.TabLeaves.install(note);
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText(i18n("ui.handout.notePrompt"));
        note.textProperty().bindBidirectional(handout.noteProperty());
        Label firstNameLabel = Labels.forControl(i18n("ui.handout.firstName"), firstName);
        Label noteLabel = Labels.forControl(i18n("ui.handout.note"), note);
        // each label above its field: the column is narrow, and large text needs the width
        VBox fields = new VBox(2, firstNameLabel, firstName, noteLabel, note, followUpQuestions());
        fields.setId("handoutFields");
        // out of the way until an offer is chosen for the handout
        fields.visibleProperty().bind(handout.canMake());
        fields.managedProperty().bind(fields.visibleProperty());

        Button preview = new Button(i18n("ui.handout.previewButton"));
        preview.setId("handoutPreview");
        preview.setOnAction(e -> preview());
        Button print = new Button(i18n("ui.handout.printButton"));
        print.setId("handoutPrint");
        print.setOnAction(e -> print());
        Button save = new Button(i18n("ui.handout.saveButton"));
        save.setId("handoutSave");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> save());
        for (Button b : new Button[] {preview, print, save}) {
            b.disableProperty().bind(handout.canMake().not());
        }
        Label message = new Label();
        message.setId("handoutMessage");
        message.textProperty().bind(handout.messageProperty());
        message.getStyleClass().add("hint");
        Label hint = new Label(i18n("ui.handout.hint"));
        hint.getStyleClass().add("hint");
        hint.visibleProperty().bind(handout.canMake().not());
        hint.managedProperty().bind(hint.visibleProperty());
        preview.setTooltip(new javafx.scene.control.Tooltip("Ctrl+H"));
        print.setTooltip(new javafx.scene.control.Tooltip("Ctrl+P"));
        save.setTooltip(new javafx.scene.control.Tooltip("Ctrl+S"));
        for (Button b : new Button[] {preview, print, save}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        message.setWrapText(true);
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, preview, print, save, message);
        hint.setWrapText(true);
        VBox bar = new VBox(6, sectionTitle(i18n("ui.handout.title")), referralCode(), hint, fields, buttons);
        bar.getStyleClass().add("handout-bar");
        return bar;
    }

    /** After print or save: the referral's code with a copy button, until "Ny borger" (for the follow-up). */
    private javafx.scene.Node referralCode() {
        Label code = new Label();
        code.setId(CODE_ID);
        code.getStyleClass().add("referral-code");
        code.setWrapText(true);
        code.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                handout.recordedCodeProperty().get().isEmpty() ? ""
                        : i18n("ui.handout.code", handout.recordedCodeProperty().get()), handout.recordedCodeProperty()));
        Button copy = new Button(i18n("ui.handout.copyCode"));
        copy.setId(COPY_CODE_ID);
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(handout.recordedCodeProperty().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 4, code, copy);
        row.getStyleClass().add("referral-code-row");
        row.visibleProperty().bind(handout.recordedCodeProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /**
     * For the anonymous referral log: may the citizen be asked later how it went, and — folded away,
     * optional — the three UCLA loneliness items now. Nothing here is printed on the handout.
     */
    private javafx.scene.Node followUpQuestions() {
        javafx.scene.control.CheckBox consent = new javafx.scene.control.CheckBox(i18n("ui.handout.consent"));
        consent.setId(CONSENT_ID);
        consent.setWrapText(true);
        consent.selectedProperty().bindBidirectional(handout.followupConsentProperty());
        consent.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // a toggle that wraps its text in the narrow column (a titled pane's title would not), with the
        // optional questions folded away below it
        dk.henvis.ui.followup.UclaFields fields = new dk.henvis.ui.followup.UclaFields(handout.ucla(), UCLA_PREFIX);
        javafx.scene.control.ToggleButton ucla = new javafx.scene.control.ToggleButton(i18n("ui.handout.uclaTitle"));
        ucla.setId("handoutUclaPane");
        ucla.getStyleClass().add("fold");
        ucla.setWrapText(true);
        ucla.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ucla.setMaxWidth(Double.MAX_VALUE);
        ucla.textProperty().bind(javafx.beans.binding.Bindings.when(ucla.selectedProperty())
                .then("▾ " + i18n("ui.handout.uclaTitle")).otherwise("▸ " + i18n("ui.handout.uclaTitle")));
        fields.visibleProperty().bind(ucla.selectedProperty());
        fields.managedProperty().bind(fields.visibleProperty());
        return new VBox(4, consent, ucla, fields);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Ctrl+H: renders the page and shows it. */
    public void preview() {
        if (!handout.canMake().get()) {
            return;
        }
        handout.preview(() -> {
            HandoutPreviewDialog dialog = new HandoutPreviewDialog(window(), handout);
            dialog.showAndWait().ifPresent(bt -> {
                if (bt == HandoutPreviewDialog.SAVE) {
                    save();
                } else if (bt == HandoutPreviewDialog.PRINT) {
                    print();
                }
            });
        });
    }

    /** Ctrl+S: asks where, then saves the PDF and records the referral. */
    public void save() {
        if (!handout.canMake().get()) {
            return;
        }
        files.savePdf(window(), i18n("ui.handout.fileName", handout.today()))
                .ifPresent(path -> handout.save(path, () -> { }));
    }

    /** Ctrl+P: the system's print dialog; the referral is recorded when the job is sent. */
    public void print() {
        if (!handout.canMake().get()) {
            return;
        }
        if (!handout.answersOk()) {
            return;
        }
        try {
            if (HandoutPrinter.print(window(), handout.pdfForPrinting())) {
                handout.printed();
            }
        } catch (Exception e) {
            javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                    javafx.scene.control.Alert.AlertType.WARNING, i18n("ui.handout.printFailed"), ButtonType.OK);
            alert.initOwner(window());
            alert.showAndWait();
        }
    }

    /** The chosen suggestion's details (other features add sections to it). */
    public OfferDetailsView details() {
        return details;
    }

    public void focusFirstField() {
        citizenView.focusFirstField();
    }

    public void focusResults() {
        resultsView.focusList();
    }

}
