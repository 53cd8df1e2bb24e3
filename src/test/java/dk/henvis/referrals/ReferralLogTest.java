package dk.henvis.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.FocusLevel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralLogTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    Database db;
    ReferralLog log;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("henvis.db"));
        log = logOn(TODAY);
    }

    ReferralLog logOn(LocalDate day) {
        return new ReferralLog(db, Clock.fixed(day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new SplittableRandom(42));
    }

    ReferralRecord referral(LocalDate date) {
        return new ReferralRecord(log.newCode(), date, "Hjemmeplejen", FocusLevel.STOETTE, AgeBand.of(78), "3600",
                true, new UclaScore(3, 2, 3), List.of(KnownReferrals.CHOIR), null);
    }

    @Test
    void aDraftKeepsOnlyTheAgeBandAndReadsBackWhole() {
        ReferralRecord draft = log.draft(" Hjemmeplejen  Nord ", FocusLevel.TIDLIG, 78, "3630", true,
                new UclaScore(2, 3, 3), List.of());
        log.record(draft);

        ReferralRecord back = log.records(DateRange.ALL).get(0);
        assertThat(back).isEqualTo(draft);
        assertThat(back.ageBand()).isEqualTo(AgeBand.FROM_65_TO_79);
        assertThat(back.unit()).isEqualTo("Hjemmeplejen Nord");
        assertThat(back.date()).isEqualTo(TODAY);
        assertThat(back.code().value()).matches("[" + ReferralCode.ALPHABET + "]{3}-[" + ReferralCode.ALPHABET + "]{3}");
    }

    @Test
    void followUpIsStoredOnceByTheTypedCode() {
        ReferralRecord r = referral(TODAY.minusWeeks(6));
        log.record(r);

        log.followUp(r.code().value().toLowerCase().replace("-", " "), true, false, new UclaScore(2, 2, 2));

        FollowUp f = log.records(DateRange.ALL).get(0).followUp();
        assertThat(f).isEqualTo(new FollowUp(TODAY, true, false, new UclaScore(2, 2, 2)));
    }

    @Test
    void findReadsOneReferralByTheTypedCodeWithItsOffersAndFollowUp() {
        ReferralRecord r = referral(TODAY.minusWeeks(6));
        log.record(r);
        log.record(referral(TODAY.minusWeeks(2)));

        assertThat(log.find(r.code().value().toLowerCase().replace("-", ""))).contains(r);
        log.followUp(r.code().value(), true, null, null);
        assertThat(log.find(r.code().value()).orElseThrow().followUp()).isEqualTo(new FollowUp(TODAY, true, null, null));
        assertThat(log.find("AAA-AAA")).isEmpty();
        assertThatThrownBy(() -> log.find("K0O-1IL")).isInstanceOf(BadInputException.class);
    }

    @Test
    void countPastRetentionCountsWithoutDeleting() {
        log.record(referral(TODAY.minusMonths(6)));
        log.record(referral(TODAY.minusMonths(6).minusDays(1)));
        assertThat(log.countPastRetention(6)).isEqualTo(1);
        assertThat(log.countPastRetention(24)).isZero();
        assertThatThrownBy(() -> log.countPastRetention(0)).isInstanceOf(BadInputException.class);
        assertThat(log.size()).isEqualTo(2);
    }

    @Test
    void followUpErrorsAreBadInputAndChangeNothing() {
        ReferralRecord r = referral(TODAY.minusWeeks(6));
        log.record(r);
        String code = r.code().value();

        assertThatThrownBy(() -> log.followUp("AAA-AAA", true, null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("AAA-AAA");
        assertThatThrownBy(() -> log.followUp("K0O-1IL", true, null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("K0O-1IL");
        assertThatThrownBy(() -> log.followUp(code, true, null, UclaScore.parse("2,4,1")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("4");
        assertThatThrownBy(() -> UclaScore.parse("2,2"))
                .isInstanceOf(BadInputException.class);
        assertThat(log.records(DateRange.ALL).get(0).followUp()).isNull();

        log.followUp(code, false, null, null);
        assertThatThrownBy(() -> log.followUp(code, true, true, new UclaScore(1, 1, 1)))
                .isInstanceOf(BadInputException.class).hasMessageContaining(code);
        assertThat(log.records(DateRange.ALL).get(0).followUp().attended()).isFalse();
    }

    @Test
    void badReferralFieldsAreRefused() {
        assertThatThrownBy(() -> AgeBand.of(-1)).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> AgeBand.of(121)).isInstanceOf(BadInputException.class);
        assertThat(AgeBand.of(15)).isEqualTo(AgeBand.UNDER_16);
        assertThat(AgeBand.of(16)).isEqualTo(AgeBand.FROM_16_TO_24);
        assertThat(AgeBand.of(79)).isEqualTo(AgeBand.FROM_65_TO_79);
        assertThat(AgeBand.of(80)).isEqualTo(AgeBand.FROM_80);
        assertThatThrownBy(() -> log.draft("Hjemmeplejen", null, 70, "36OO", false, null, List.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("36OO");
        assertThatThrownBy(() -> log.draft("x".repeat(61), null, 70, null, false, null, List.of()))
                .isInstanceOf(BadInputException.class);
        ReferralRecord r = referral(TODAY);
        log.record(r);
        assertThatThrownBy(() -> log.record(r)).isInstanceOf(BadInputException.class);
        assertThat(log.size()).isEqualTo(1);
    }

    @Test
    void uclaScoreCountsSevereFromSeven() {
        assertThat(new UclaScore(3, 2, 1).severe()).isFalse();
        assertThat(new UclaScore(3, 2, 2).severe()).isTrue();
        assertThat(UclaScore.parse(" 3, 3 ,3").sum()).isEqualTo(9);
    }

    @Test
    void retentionRemovesExactlyTheRecordsPastThePeriod() {
        LocalDate cutoff = TODAY.minusMonths(24); // 2024-11-27 is still kept
        ReferralRecord kept = referral(cutoff);
        ReferralRecord gone = referral(cutoff.minusDays(1));
        ReferralRecord recent = referral(TODAY.minusDays(3));
        ReferralRecord old = referral(TODAY.minusYears(5));
        for (ReferralRecord r : List.of(kept, gone, recent, old)) {
            log.record(r);
        }
        log.followUp(gone.code().value(), true, true, null);

        assertThat(log.retentionMonths()).isEqualTo(24);
        assertThat(log.applyRetention()).isEqualTo(2);
        assertThat(log.records(DateRange.ALL)).extracting(ReferralRecord::code)
                .containsExactlyInAnyOrder(kept.code(), recent.code());
        assertThat(count("referral_offer")).isEqualTo(2);
        assertThat(count("followup")).isZero();

        // a day later, on open, the record at the edge goes too
        ReferralLog tomorrow = new ReferralLog(db, Clock.fixed(TODAY.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC), new SplittableRandom(1));
        assertThat(tomorrow.applyRetention()).isEqualTo(1);
        assertThat(tomorrow.records(DateRange.ALL)).extracting(ReferralRecord::code).containsExactly(recent.code());
    }

    private int count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one());
    }

    @Test
    void shorterRetentionIsStoredAndAppliedAtOnce() {
        log.record(referral(TODAY.minusMonths(7)));
        log.record(referral(TODAY.minusMonths(5)));

        assertThat(log.setRetentionMonths(6)).isEqualTo(1);
        assertThat(logOn(TODAY).retentionMonths()).isEqualTo(6);
        assertThat(log.size()).isEqualTo(1);
        assertThatThrownBy(() -> log.setRetentionMonths(0)).isInstanceOf(BadInputException.class);
        assertThat(log.retentionMonths()).isEqualTo(6);
    }
}
