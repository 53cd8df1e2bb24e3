package dk.henvis.ui.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionViewModelTest {
    @TempDir
    Path dir;

    private static ReferralRecord on(ReferralLog log, LocalDate date) {
        return new ReferralRecord(log.newCode(), date, "jobcentret", null, null, null, false, null, List.of(), null);
    }

    @Test
    void showsTheDefaultAndCountsWhatAShorterPeriodWouldDeleteBeforeSaving() {
        ReferralLog log = new TestUiServices(dir).referrals();
        LocalDate today = log.today(); // 2026-11-27
        log.record(on(log, today.minusMonths(6)));          // kept at 6 months (exactly at the edge)
        log.record(on(log, today.minusMonths(6).minusDays(1)));
        log.record(on(log, today.minusMonths(13)));
        log.record(on(log, today.minusDays(2)));
        RetentionViewModel model = new RetentionViewModel(log, new SameThreadTaskExecutor());

        assertThat(model.savedMonths()).isEqualTo(24);
        assertThat(model.monthsProperty().get()).isEqualTo(24);
        assertThat(model.changed().get()).isFalse();
        assertThat(model.meaning().get()).contains("24 måneder", "27. november 2024");

        model.monthsProperty().set(12);
        assertThat(model.affectedProperty().get()).isEqualTo(1);
        model.monthsProperty().set(6);
        assertThat(model.affectedProperty().get()).isEqualTo(2);
        assertThat(model.confirmation()).isEqualTo("Slet 2 henvisninger, der er ældre end 6 måneder? Det kan ikke fortrydes.");
        assertThat(log.size()).as("nothing deleted before saving").isEqualTo(4);

        assertThat(model.save()).isEqualTo(2);
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.retentionMonths()).isEqualTo(6);
        assertThat(model.messageProperty().get()).contains("6 måneder", "2 slettet");
    }

    @Test
    void aLongerPeriodDeletesNothingAndNeedsNoQuestion() {
        ReferralLog log = new TestUiServices(dir).referrals();
        log.record(on(log, log.today().minusMonths(20)));
        RetentionViewModel model = new RetentionViewModel(log, new SameThreadTaskExecutor());
        model.monthsProperty().set(36);
        assertThat(model.affectedProperty().get()).isZero();
        assertThat(model.confirmation()).isNull();
        assertThat(model.save()).isZero();
        assertThat(log.retentionMonths()).isEqualTo(36);
    }
}
