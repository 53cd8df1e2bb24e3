package dk.henvis.ui.handoutpreview;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Offer;
import dk.henvis.matching.Match;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.ui.HandoutPort;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import dk.henvis.ui.followup.UclaAnswers;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The handout for the chosen suggestions: the citizen's first name and the worker's note (both only
 * in memory and on the page), the rendered page for the preview, and saving. When the handout is
 * printed or saved, one anonymous referral is recorded (unit, focus, age band, postcode, offers).
 */
public final class HandoutViewModel {
    /** What the referral record needs from the citizen panel (no name, no note, no exact age stored). */
    public record ReferralFacts(String unit, dk.henvis.catalog.FocusLevel focus, Integer age, String postcode) {
    }

    private final HandoutPort renderer;
    private final ReferralLog referrals;
    private final TaskExecutor executor;
    private final ObservableList<Match> chosen;
    private final Supplier<ReferralFacts> facts;
    private final javafx.beans.value.ObservableBooleanValue stepFreeNeeded;
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<BufferedImage> page = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty followupConsent = new SimpleBooleanProperty(false);
    private final UclaAnswers ucla = new UclaAnswers();
    private final ObjectProperty<byte[]> pdf = new SimpleObjectProperty<>();
    private ReferralRecord draft;
    private boolean recorded;

    private final javafx.beans.property.ReadOnlyStringWrapper recordedCode = new javafx.beans.property.ReadOnlyStringWrapper("");

    public HandoutViewModel(HandoutPort renderer, ReferralLog referrals, TaskExecutor executor,
            ObservableList<Match> chosen, Supplier<ReferralFacts> facts) {
        this(renderer, referrals, executor, chosen, facts, new javafx.beans.property.SimpleBooleanProperty(false));
    }

    /**
     * @param stepFreeNeeded the citizen's wheelchair need: while ticked, the page prints each offer's step-free
     *                       access (and a page made before it changed is made again)
     */
    public HandoutViewModel(HandoutPort renderer, ReferralLog referrals, TaskExecutor executor,
            ObservableList<Match> chosen, Supplier<ReferralFacts> facts,
            javafx.beans.value.ObservableBooleanValue stepFreeNeeded) {
        this.renderer = renderer;
        this.stepFreeNeeded = stepFreeNeeded;
        stepFreeNeeded.addListener((o, a, b) -> {
            pdf.set(null);
            page.set(null);
        });
        this.referrals = referrals;
        this.executor = executor;
        this.chosen = chosen;
        this.facts = facts;
        chosen.addListener((ListChangeListener<Match>) c -> forgetDraft());
        firstName.addListener((o, a, b) -> pdf.set(null));
        note.addListener((o, a, b) -> pdf.set(null));
    }

    /** Today on the services' clock (the referral log's), e.g. for the suggested file name. */
    public java.time.LocalDate today() {
        return referrals.today();
    }

    public BooleanBinding canMake() {
        return Bindings.isNotEmpty(chosen);
    }

    private void forgetDraft() {
        draft = null;
        recorded = false;
        pdf.set(null);
        page.set(null);
    }

    private List<Offer> offers() {
        return chosen.stream().map(Match::offer).toList();
    }

    /** A referral with a fresh code for the current choice (the code is printed on the page). */
    private ReferralRecord draft() {
        if (draft == null) {
            ReferralFacts f = facts.get();
            draft = referrals.draft(f.unit(), f.focus(), f.age(), f.postcode(), false, null, offers());
            recorded = false;
        }
        return draft;
    }

    private byte[] render() {
        ReferralRecord r = draft();
        return renderer.render(offers(), firstName.get(), note.get(), r.code().value(), r.date(),
                stepFreeNeeded.get());
    }

    /** Renders the page in the background and shows it as an image. */
    public void preview(Runnable whenShown) {
        if (chosen.isEmpty()) {
            return;
        }
        message.set(i18n("ui.handout.rendering"));
        executor.submit(BackgroundTask.of(p -> {
                    byte[] bytes = render();
                    return new Rendered(bytes, renderer.preview(bytes));
                })
                .onSuccess(r -> {
                    pdf.set(r.bytes);
                    page.set(r.image);
                    message.set("");
                    whenShown.run();
                })
                .onFailure(e -> message.set(i18n("ui.handout.failed"))));
    }

    private record Rendered(byte[] bytes, BufferedImage image) {
    }

    /**
     * True when the optional UCLA answers are empty or whole and in range; otherwise the error is shown as
     * the message and the handout should be neither saved nor printed.
     */
    public boolean answersOk() {
        UclaAnswers.Result r = ucla.read();
        if (!r.ok()) {
            message.set(r.error());
        }
        return r.ok();
    }

    /** Writes the handout to {@code target} (whole or not at all) and records the referral. */
    public void save(Path target, Runnable done) {
        if (chosen.isEmpty() || !answersOk()) {
            return;
        }
        message.set(i18n("ui.handout.saving"));
        Answers answers = answers();
        executor.submit(BackgroundTask.of(p -> {
                    byte[] bytes = pdf.get() != null ? pdf.get() : render();
                    renderer.save(bytes, target);
                    return new Saved(target, recordOnce(answers));
                })
                .onSuccess(saved -> {
                    message.set(i18n("ui.handout.saved", saved.path().getFileName()));
                    recordedCode.set(saved.code());
                    done.run();
                })
                .onFailure(e -> message.set(i18n("ui.handout.saveFailed"))));
    }

    /** The page as PDF bytes for printing (rendered if needed, on the calling thread). */
    public byte[] pdfForPrinting() {
        if (pdf.get() == null) {
            pdf.set(render());
        }
        return pdf.get();
    }

    /** Called after the print job was sent. */
    public void printed() {
        Answers answers = answers();
        executor.submit(BackgroundTask.of(p -> recordOnce(answers))
                .onSuccess(code -> {
                    message.set(i18n("ui.handout.printed"));
                    recordedCode.set(code);
                })
                .onFailure(e -> message.set(i18n("ui.handout.recordFailed"))));
    }

    /** What the citizen answered, read on the JavaFX thread before the work goes to the background. */
    private record Answers(boolean consent, dk.henvis.referrals.UclaScore ucla) {
    }

    private Answers answers() {
        return new Answers(followupConsent.get(), ucla.read().score());
    }

    /** Records the referral once; returns its code. */
    private synchronized String recordOnce(Answers answers) {
        if (!recorded) {
            referrals.record(draft().withAnswers(answers.consent(), answers.ucla()));
            recorded = true;
        }
        return draft().code().value();
    }

    private record Saved(Path path, String code) {
    }

    /** "Ny borger": forgets name, note, page and the unsaved referral. */
    public void clear() {
        firstName.set("");
        note.set("");
        message.set("");
        followupConsent.set(false);
        ucla.clear();
        forgetDraft();
        recordedCode.set("");
    }

    /**
     * The code of the last referral recorded (printed or saved), shown in the window with a copy button so the
     * worker can follow up without the paper; it stays until "Ny borger". Empty before.
     */
    public javafx.beans.property.ReadOnlyStringProperty recordedCodeProperty() {
        return recordedCode.getReadOnlyProperty();
    }

    /** The code printed on the current page, once a page has been made. */
    public String referralCode() {
        return draft == null ? null : draft.code().value();
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The citizen agreed to be asked later how it went (stored with the referral). */
    public BooleanProperty followupConsentProperty() {
        return followupConsent;
    }

    /** The three UCLA items at referral, if the worker asked them (stored with the referral). */
    public UclaAnswers ucla() {
        return ucla;
    }

    public ReadOnlyObjectProperty<BufferedImage> pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
