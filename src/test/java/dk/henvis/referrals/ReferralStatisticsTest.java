package dk.henvis.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.henvis.catalog.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statistics of {@link KnownReferrals}, stored and read back, against figures worked out by hand. */
class ReferralStatisticsTest {
    @TempDir
    Path dir;
    ReferralLog log;

    @BeforeEach
    void storeKnownSet() {
        Clock clock = Clock.fixed(LocalDate.of(2027, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        log = new ReferralLog(Database.open(dir.resolve("henvis.db")), clock, new SplittableRandom(1));
        KnownReferrals.all().forEach(log::record);
    }

    @Test
    void totalsAndSharesMatchTheHandCount() {
        ReferralStatistics s = log.statistics(DateRange.ALL);

        assertThat(s.referrals()).isEqualTo(11);
        assertThat(s.followups()).isEqualTo(9);
        assertThat(s.followUpRate()).isEqualTo(new Share(9, 11));
        assertThat(s.followUpRate().percent()).hasValueCloseTo(81.818, org.assertj.core.data.Offset.offset(0.01));
        assertThat(s.attended()).isEqualTo(new Share(6, 9));
        assertThat(s.stillGoing()).isEqualTo(new Share(6, 9));
        assertThat(s.consent()).isEqualTo(new Share(9, 11));
        assertThat(s.severeAtReferral()).isEqualTo(new Share(6, 9));
        assertThat(s.severeAtFollowUp()).isEqualTo(new Share(0, 6));
        assertThat(s.severeAtFollowUp().percent()).hasValue(0.0);
        assertThat(s.uclaChange().n()).isEqualTo(6);
        assertThat(s.uclaChange().visibleMean()).hasValue(-2.0);
    }

    @Test
    void breakdownsHideCountsBelowFive() {
        ReferralStatistics s = log.statistics(DateRange.ALL);

        assertThat(s.perMonth()).extracting(LabelledCount::label, LabelledCount::shown)
                .containsExactly(tuple("2026-11", "9"), tuple("2026-12", "<5"));
        assertThat(s.perUnit()).extracting(LabelledCount::label, LabelledCount::shown)
                .containsExactly(tuple("Hjemmeplejen", "9"), tuple("Jobcenter", "<5"));
        assertThat(s.perFocus()).extracting(LabelledCount::label, LabelledCount::shown)
                .containsExactly(tuple("forebyg", "<5"), tuple("tidlig", "<5"), tuple("stoette", "6"));
        assertThat(s.perAgeBand()).extracting(LabelledCount::label, LabelledCount::shown)
                .containsExactly(tuple("0-15", "0"), tuple("16-24", "0"), tuple("25-44", "<5"), tuple("45-64", "0"),
                        tuple("65-79", "<5"), tuple("80+", "6"));
        // a referral to the choir and the knitting café counts once under each category
        assertThat(s.perOfferCategory()).extracting(LabelledCount::label, LabelledCount::count, LabelledCount::shown)
                .containsExactly(tuple("Musik", 9, "9"), tuple("Håndarbejde", 3, "<5"), tuple("Idræt", 2, "<5"));
        assertThat(s.perOffer()).extracting(LabelledCount::key, LabelledCount::label, LabelledCount::shown)
                .containsExactly(tuple("kommunen:kor", "Sangkoret", "9"), tuple("dgi:fodbold", "Gåfodbold", "<5"),
                        tuple("kommunen:strik", "Strikkecafé", "<5"));
        assertThat(s.perOffer().get(1).visible()).isEmpty();
    }

    @Test
    void aPeriodCountsOnlyItsReferralsAndHidesSmallShares() {
        ReferralStatistics dec = log.statistics(new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));

        assertThat(dec.referrals()).isEqualTo(2);
        assertThat(dec.followups()).isZero();
        assertThat(dec.perMonth()).extracting(LabelledCount::label).containsExactly("2026-12");
        assertThat(dec.followUpRate().hidden()).isTrue();
        assertThat(dec.followUpRate().percent()).isEmpty();
        assertThat(dec.uclaChange().visibleMean()).isEmpty();
    }

    @Test
    void jsonShowsExactTotalsAndHidesSmallCells() {
        var json = StatisticsJson.of(log.statistics(DateRange.ALL));

        assertThat(json.get("referrals").intValue()).isEqualTo(11);
        assertThat(json.get("followups").intValue()).isEqualTo(9);
        assertThat(json.at("/perUnit/1/count").asText()).isEqualTo("<5");
        assertThat(json.at("/perUnit/0/count").intValue()).isEqualTo(9);
        assertThat(json.at("/attended/percent").doubleValue()).isEqualTo(66.7);
        assertThat(json.at("/uclaMeanChange/mean").doubleValue()).isEqualTo(-2.0);
        assertThat(json.at("/planTargets/targetPercent").doubleValue()).isEqualTo(7.0);
        assertThat(json.toString()).doesNotContain("\"count\":2").doesNotContain("\"count\":3");
    }
}
