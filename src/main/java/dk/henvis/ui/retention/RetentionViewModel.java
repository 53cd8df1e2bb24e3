package dk.henvis.ui.retention;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.BadInputException;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.ui.common.ReferralLabels;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Opbevaring af henvisninger": how many months the anonymous referral log keeps a record (default 24),
 * what that means, and — before a shorter period is saved — how many records it would delete now.
 */
public final class RetentionViewModel {
    private final ReferralLog log;
    private final TaskExecutor executor;
    private final int saved;
    private final ObjectProperty<Integer> months = new SimpleObjectProperty<>();
    private final IntegerProperty affected = new SimpleIntegerProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringBinding meaning;
    private final BooleanBinding changed;
    private int generation;

    public RetentionViewModel(ReferralLog log, TaskExecutor executor) {
        this.log = log;
        this.executor = executor;
        this.saved = log.retentionMonths();
        months.set(saved);
        meaning = Bindings.createStringBinding(() -> i18n("ui.retention.meaning", value(),
                ReferralLabels.date(log.today().minusMonths(value()))), months);
        changed = Bindings.createBooleanBinding(() -> value() != saved, months);
        months.addListener((o, a, b) -> count());
    }

    private int value() {
        Integer m = months.get();
        return m == null ? saved : Math.max(1, Math.min(ReferralLog.MAX_RETENTION_MONTHS, m));
    }

    private void count() {
        int m = value();
        int mine = ++generation;
        executor.submit(BackgroundTask.of(p -> log.countPastRetention(m)).onSuccess(n -> {
            if (mine == generation) {
                affected.set(n);
            }
        }));
    }

    /** The question to ask before saving, or null when nothing would be deleted. */
    public String confirmation() {
        return affected.get() == 0 ? null : i18n("ui.retention.confirm", affected.get(), value());
    }

    /** Saves the period and deletes what is now past it; returns how many were deleted. */
    public int save() {
        try {
            int deleted = log.setRetentionMonths(value());
            message.set(i18n("ui.retention.saved", value(), deleted));
            return deleted;
        } catch (BadInputException e) {
            message.set(e.getMessage());
            return 0;
        }
    }

    /** The period in months being edited. */
    public ObjectProperty<Integer> monthsProperty() {
        return months;
    }

    public int savedMonths() {
        return saved;
    }

    /** How many records the edited period would delete now. */
    public ReadOnlyIntegerProperty affectedProperty() {
        return affected;
    }

    /** "Henvisninger slettes, når de er 24 måneder gamle: i dag alt fra før 27. november 2024 ...". */
    public StringBinding meaning() {
        return meaning;
    }

    public BooleanBinding changed() {
        return changed;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
