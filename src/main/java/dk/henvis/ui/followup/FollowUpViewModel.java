package dk.henvis.ui.followup;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.BadInputException;
import dk.henvis.referrals.ReferralCode;
import dk.henvis.referrals.FollowUp;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.ReferredOffer;
import dk.henvis.ui.common.ReferralLabels;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.util.Optional;
import java.util.stream.Collectors;
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

/**
 * The follow-up of one referral: the worker types the code from the handout (case, spaces and the dash
 * do not matter), sees what was referred (date, unit, offers — nothing about the citizen), and records
 * whether the citizen went, is still going and, if the citizen agreed to be asked, the three UCLA items
 * again. Every error is shown beside its field and nothing is saved then.
 */
public final class FollowUpViewModel {
    private final ReferralLog log;
    private final TaskExecutor executor;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty codeError = new SimpleStringProperty("");
    private final ObjectProperty<ReferralRecord> referral = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty consentText = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> attended = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> stillGoing = new SimpleObjectProperty<>();
    private final UclaAnswers ucla = new UclaAnswers();
    private final StringProperty uclaError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding uclaAllowed;
    private final BooleanBinding canSave;
    private Runnable onSaved = () -> { };
    private String lookedUp;
    private int saved;

    public FollowUpViewModel(ReferralLog log, TaskExecutor executor) {
        this.log = log;
        this.executor = executor;
        uclaAllowed = Bindings.createBooleanBinding(
                () -> referral.get() != null && referral.get().followupConsent(), referral);
        canSave = Bindings.createBooleanBinding(
                () -> referral.get() != null && referral.get().followUp() == null && attended.get() != null
                        && !busy.get(), referral, attended, busy);
        code.addListener((o, a, b) -> codeChanged(b));
        for (int i = 1; i <= 3; i++) {
            ucla.item(i).addListener((o, a, b) -> uclaError.set(""));
        }
    }

    /** Run after every saved follow-up (e.g. to refresh the statistics). */
    public void onSaved(Runnable action) {
        this.onSaved = action == null ? () -> { } : action;
    }

    private void codeChanged(String typed) {
        message.set("");
        Optional<String> normalized = ReferralCode.normalize(typed);
        if (normalized.isEmpty()) {
            showReferral(null);
            lookedUp = null;
            String compact = typed == null ? "" : typed.replaceAll("[\\s\u2010\u2013-]", "");
            // only complain once the worker has typed a whole code's worth of characters
            codeError.set(compact.length() >= ReferralCode.LENGTH
                    ? i18n("ui.followup.codeMalformed", ReferralCode.LENGTH) : "");
            return;
        }
        if (normalized.get().equals(lookedUp)) {
            return;
        }
        lookUp(normalized.get());
    }

    private void lookUp(String normalized) {
        lookedUp = normalized;
        codeError.set("");
        executor.submit(BackgroundTask.of(p -> log.find(normalized))
                .onSuccess(found -> {
                    if (!normalized.equals(lookedUp)) {
                        return; // the worker has typed on
                    }
                    if (found.isEmpty()) {
                        showReferral(null);
                        codeError.set(i18n("ui.followup.codeUnknown", normalized));
                        return;
                    }
                    ReferralRecord r = found.get();
                    showReferral(r);
                    if (r.followUp() != null) {
                        codeError.set(i18n("ui.followup.already", normalized,
                                ReferralLabels.date(r.followUp().date())));
                    }
                })
                .onFailure(e -> {
                    if (normalized.equals(lookedUp)) {
                        showReferral(null);
                        codeError.set(e instanceof BadInputException ? e.getMessage() : i18n("ui.followup.failed"));
                    }
                }));
    }

    private void showReferral(ReferralRecord r) {
        referral.set(r);
        if (r == null) {
            summary.set("");
            consentText.set("");
            return;
        }
        String offers = r.offers().stream().map(ReferredOffer::name).collect(Collectors.joining("; "));
        summary.set(i18n("ui.followup.summary", ReferralLabels.date(r.date()), ReferralLabels.unit(r.unit()),
                offers.isEmpty() ? i18n("ui.followup.noOffers") : offers));
        consentText.set(r.followupConsent() ? i18n("ui.followup.consentYes") : i18n("ui.followup.consentNo"));
        if (!r.followupConsent()) {
            ucla.clear();
        }
    }

    /**
     * Saves the follow-up in the background. UCLA answers that are partly filled or outside 1–3, or given
     * although the citizen did not agree to be asked, are shown beside the items and nothing is saved.
     */
    public void save() {
        ReferralRecord r = referral.get();
        if (r == null) {
            if (codeError.get().isEmpty()) {
                codeError.set(i18n("ui.followup.codeMissing"));
            }
            return;
        }
        if (r.followUp() != null || attended.get() == null || busy.get()) {
            return;
        }
        UclaAnswers.Result answers = ucla.read();
        if (!answers.ok()) {
            uclaError.set(answers.error());
            return;
        }
        if (answers.score() != null && !r.followupConsent()) {
            uclaError.set(i18n("ui.followup.uclaNoConsent"));
            return;
        }
        String c = r.code().value();
        boolean went = attended.get();
        Boolean still = stillGoing.get();
        busy.set(true);
        executor.submit(BackgroundTask.of(p -> log.followUp(c, went, still, answers.score()))
                .onSuccess(f -> saved(c, f))
                .onFailure(e -> codeError.set(e instanceof BadInputException ? e.getMessage()
                        : i18n("ui.followup.failed")))
                .onFinished(() -> busy.set(false)));
    }

    private void saved(String savedCode, FollowUp f) {
        saved++;
        clear();
        message.set(i18n("ui.followup.saved", savedCode, ReferralLabels.date(f.date())));
        onSaved.run();
    }

    /** Empties the form for the next code. */
    public void clear() {
        code.set("");
        codeError.set("");
        lookedUp = null;
        showReferral(null);
        attended.set(null);
        stillGoing.set(null);
        ucla.clear();
        uclaError.set("");
    }

    /** How many follow-ups were saved since the form was opened. */
    public int savedCount() {
        return saved;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError;
    }

    public ReadOnlyObjectProperty<ReferralRecord> referralProperty() {
        return referral;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty consentTextProperty() {
        return consentText;
    }

    /** Yes / no; null until chosen. */
    public ObjectProperty<Boolean> attendedProperty() {
        return attended;
    }

    /** Yes / no; null when not asked. */
    public ObjectProperty<Boolean> stillGoingProperty() {
        return stillGoing;
    }

    public UclaAnswers ucla() {
        return ucla;
    }

    public ReadOnlyStringProperty uclaErrorProperty() {
        return uclaError;
    }

    public BooleanBinding uclaAllowed() {
        return uclaAllowed;
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
