package dk.henvis.ui.followup;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.TestOffers;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.FollowUp;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.UclaScore;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpViewModelTest {
    @TempDir
    Path dir;
    ReferralLog log;
    FollowUpViewModel model;
    int refreshed;

    @BeforeEach
    void setUp() {
        log = new TestUiServices(dir).referrals();
        model = new FollowUpViewModel(log, new SameThreadTaskExecutor());
        model.onSaved(() -> refreshed++);
    }

    private ReferralRecord referral(boolean consent) {
        ReferralRecord r = log.draft("doegnplejen", FocusLevel.TIDLIG, 78, "3630", consent, new UclaScore(3, 3, 2),
                List.of(TestOffers.offer("kommunen", "kor", "Hornsherred Seniorkor")));
        log.record(r);
        return r;
    }

    private FollowUp storedFollowUp() {
        return log.records(DateRange.ALL).get(0).followUp();
    }

    @Test
    void aCodeTypedInAnyFormShowsWhatWasReferredAndSavesTheFollowUp() {
        ReferralRecord r = referral(true);
        String typed = " " + r.code().value().toLowerCase().replace("-", " ") + " ";

        model.codeProperty().set(typed);

        assertThat(model.codeErrorProperty().get()).isEmpty();
        assertThat(model.referralProperty().get().code()).isEqualTo(r.code());
        assertThat(model.summaryProperty().get()).contains("27. november 2026", "Døgnplejen", "Hornsherred Seniorkor")
                .doesNotContain("78", "3630");
        assertThat(model.uclaAllowed().get()).isTrue();
        assertThat(model.canSave().get()).as("went yes/no is not chosen yet").isFalse();

        model.attendedProperty().set(true);
        model.stillGoingProperty().set(true);
        model.ucla().item(1).set("2");
        model.ucla().item(2).set(" 1");
        model.ucla().item(3).set("2 ");
        assertThat(model.canSave().get()).isTrue();
        model.save();

        assertThat(storedFollowUp()).isEqualTo(new FollowUp(LocalDate.of(2026, 11, 27), true, true, new UclaScore(2, 1, 2)));
        assertThat(log.statistics(DateRange.ALL).followups()).isEqualTo(1);
        assertThat(model.messageProperty().get()).contains(r.code().value());
        assertThat(model.codeProperty().get()).as("ready for the next code").isEmpty();
        assertThat(model.attendedProperty().get()).isNull();
        assertThat(refreshed).isEqualTo(1);
        assertThat(model.savedCount()).isEqualTo(1);
    }

    @Test
    void anUnknownOrMalformedCodeIsShownBesideTheFieldAndNothingCanBeSaved() {
        referral(true);
        model.codeProperty().set("K7M");
        assertThat(model.codeErrorProperty().get()).as("still typing").isEmpty();

        model.codeProperty().set("AAA-AAA");
        assertThat(model.codeErrorProperty().get()).startsWith("Ukendt kode AAA-AAA");
        assertThat(model.referralProperty().get()).isNull();
        model.attendedProperty().set(true);
        assertThat(model.canSave().get()).isFalse();
        model.save();
        assertThat(storedFollowUp()).isNull();

        model.codeProperty().set("K0O-1IL");
        assertThat(model.codeErrorProperty().get()).startsWith("Ugyldig kode");

        model.codeProperty().set("");
        model.save();
        assertThat(model.codeErrorProperty().get()).isEqualTo("Skriv henvisningskoden fra borgerens folder");
        assertThat(refreshed).isZero();
    }

    @Test
    void aSecondFollowUpIsRefusedWithTheDateOfTheFirst() {
        ReferralRecord r = referral(true);
        log.followUp(r.code().value(), false, null, null);

        model.codeProperty().set(r.code().value());

        assertThat(model.codeErrorProperty().get()).contains(r.code().value(), "allerede", "27. november 2026");
        model.attendedProperty().set(true);
        assertThat(model.canSave().get()).isFalse();
        model.save();
        assertThat(storedFollowUp().attended()).isFalse();
    }

    @Test
    void uclaAnswersOutsideOneToThreeOrIncompleteAreShownAndNothingIsSaved() {
        ReferralRecord r = referral(true);
        model.codeProperty().set(r.code().value());
        model.attendedProperty().set(true);
        model.ucla().item(1).set("2");
        model.ucla().item(2).set("4");
        model.ucla().item(3).set("1");

        model.save();
        assertThat(model.uclaErrorProperty().get()).isEqualTo("UCLA-spørgsmål 2: svaret 4 ligger ikke mellem 1 og 3");
        assertThat(storedFollowUp()).isNull();

        model.ucla().item(2).set("");
        assertThat(model.uclaErrorProperty().get()).as("typing clears the error").isEmpty();
        model.save();
        assertThat(model.uclaErrorProperty().get()).contains("Spørgsmål 2 mangler");
        model.ucla().item(2).set("x");
        model.save();
        assertThat(model.uclaErrorProperty().get()).contains("'x' er ikke et tal");
        assertThat(storedFollowUp()).isNull();

        model.ucla().item(2).set("3");
        model.save();
        assertThat(storedFollowUp().ucla()).isEqualTo(new UclaScore(2, 3, 1));
    }

    @Test
    void withoutConsentTheLonelinessQuestionsAreNotAskedOrSaved() {
        ReferralRecord r = referral(false);
        model.codeProperty().set(r.code().value());

        assertThat(model.consentTextProperty().get()).contains("sagde ikke ja");
        assertThat(model.uclaAllowed().get()).isFalse();
        model.attendedProperty().set(true);
        model.ucla().item(1).set("1");
        model.ucla().item(2).set("1");
        model.ucla().item(3).set("1");
        model.save();
        assertThat(model.uclaErrorProperty().get()).contains("svarene om ensomhed gemmes ikke");
        assertThat(storedFollowUp()).isNull();

        model.ucla().clear();
        model.save();
        assertThat(storedFollowUp()).isEqualTo(new FollowUp(LocalDate.of(2026, 11, 27), true, null, null));
    }
}
