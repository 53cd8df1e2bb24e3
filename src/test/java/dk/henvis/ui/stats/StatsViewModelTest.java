package dk.henvis.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.TestOffers;
import dk.henvis.referrals.DateRange;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void twoReferralsAreUnderFiveInTheHeadlineAndTheFiguresAsInTheTable() {
        TestUiServices services = new TestUiServices(dir);
        var offer = TestOffers.offer("k", "1", "Seniorkor");
        for (int i = 0; i < 2; i++) {
            services.referrals().record(services.referrals().draft("jobcentret", FocusLevel.TIDLIG, 45, "3600",
                    false, null, List.of(offer)));
        }
        StatsViewModel model = new StatsViewModel(services.referrals(), new SameThreadTaskExecutor(), services.clock());
        model.refresh();
        assertThat(model.headlineProperty().get()).startsWith("<5 henvisninger i dette kvartal").doesNotContain("2 henvisninger");
        assertThat(model.figures().get(0).value()).isEqualTo("<5");
    }

    @Test
    void showsTheQuartersReferralsAndHidesSmallCounts() {
        TestUiServices services = new TestUiServices(dir);
        var offer = TestOffers.offer("k", "1", "Seniorkor");
        for (int i = 0; i < 6; i++) {
            services.referrals().record(services.referrals().draft("doegnplejen", FocusLevel.TIDLIG, 78, "3630",
                    false, null, List.of(offer)));
        }
        for (int i = 0; i < 2; i++) {
            services.referrals().record(services.referrals().draft("jobcentret", FocusLevel.TIDLIG, 45, "3600",
                    false, null, List.of(offer)));
        }
        StatsViewModel model = new StatsViewModel(services.referrals(), new SameThreadTaskExecutor(), services.clock());
        model.refresh();
        assertThat(model.figures().get(0).value()).isEqualTo("8");
        assertThat(model.perUnit()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("doegnplejen");
            assertThat(c.shown()).isEqualTo("6");
        });
        assertThat(model.perUnit()).anySatisfy(c -> {
            assertThat(c.key()).isEqualTo("jobcentret");
            assertThat(c.shown()).isEqualTo("<5");
        });
        // the done-when at a glance: how many this quarter, how many went
        assertThat(model.headlineProperty().get())
                .startsWith("8 henvisninger i dette kvartal (1. oktober 2026 – 31. december 2026)");
        // units read as names; every count of 1-4 in the table of all numbers is "<5"
        assertThat(model.perUnit()).extracting(c -> c.label()).containsExactly("Døgnplejen", "Jobcentret");
        assertThat(model.cells()).contains(new StatsViewModel.Cell("Henvisninger pr. enhed", "Jobcentret", "<5"),
                new StatsViewModel.Cell("Henvisninger pr. enhed", "Døgnplejen", "6"),
                new StatsViewModel.Cell("Henvisninger pr. fokusniveau", "Tidlig indsats", "8"),
                new StatsViewModel.Cell("Henvisninger pr. aldersgruppe", "45-64", "<5"),
                new StatsViewModel.Cell("Henvisninger pr. tilbud", "Seniorkor", "8"));
        assertThat(model.cells()).noneSatisfy(c -> assertThat(c.count()).isIn("1", "2", "3", "4"));
        assertThat(model.loneliness()).extracting(StatsViewModel.PercentBar::shown)
                .containsExactly("11 %", "7 %", "ingen svar", "ingen svar");
    }

    @Test
    void followUpsAndLonelinessBesideThePlan() {
        TestUiServices services = new TestUiServices(dir);
        var offer = TestOffers.offer("k", "1", "Seniorkor");
        for (int i = 0; i < 10; i++) {
            var r = services.referrals().draft("doegnplejen", FocusLevel.STOETTE, 81, "3630", true,
                    i < 8 ? new dk.henvis.referrals.UclaScore(3, 3, 2) : new dk.henvis.referrals.UclaScore(1, 1, 1),
                    List.of(offer));
            services.referrals().record(r);
            if (i < 6) {
                services.referrals().followUp(r.code().value(), i < 5, i < 5,
                        new dk.henvis.referrals.UclaScore(i < 5 ? 2 : 3, 2, 2)); // change -2 five times, -1 once
            }
        }
        StatsViewModel model = new StatsViewModel(services.referrals(), new SameThreadTaskExecutor(), services.clock());
        model.refresh();
        assertThat(model.headlineProperty().get()).isEqualTo(
                "10 henvisninger i dette kvartal (1. oktober 2026 – 31. december 2026) · 6 fulgt op · mødte op: 83 %");
        assertThat(model.loneliness()).extracting(StatsViewModel.PercentBar::shown)
                .containsExactly("11 %", "7 %", "80 %", "<5 af 6");
        assertThat(model.figures()).contains(new StatsViewModel.Figure("Gennemsnitlig ændring i UCLA-score",
                "-1,8 point (6 borgere)"));
    }

    @Test
    void aCustomPeriodWithTheEndBeforeTheStartIsShownAndNotCounted() {
        TestUiServices services = new TestUiServices(dir);
        StatsViewModel model = new StatsViewModel(services.referrals(), new SameThreadTaskExecutor(), services.clock());
        model.periodProperty().set(StatsViewModel.Period.CUSTOM);
        model.fromProperty().set(LocalDate.of(2026, 6, 1));
        model.toProperty().set(LocalDate.of(2026, 5, 1));
        assertThat(model.periodErrorProperty().get()).contains("slutdatoen ligger før startdatoen");
        assertThat(model.currentRange()).isEmpty();
        model.toProperty().set(LocalDate.of(2026, 6, 30));
        assertThat(model.periodErrorProperty().get()).isEmpty();
        assertThat(model.currentRange()).contains(new DateRange(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
        assertThat(model.headlineProperty().get()).isEqualTo("Ingen henvisninger i perioden 1. juni 2026 – 30. juni 2026.");
    }

    @Test
    void periodsAreTheCalendarQuarterAndYear() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(StatsViewModel.range(StatsViewModel.Period.QUARTER, today))
                .isEqualTo(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(StatsViewModel.range(StatsViewModel.Period.PREVIOUS_QUARTER, today))
                .isEqualTo(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(StatsViewModel.range(StatsViewModel.Period.PREVIOUS_QUARTER, LocalDate.of(2026, 2, 3)))
                .isEqualTo(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(StatsViewModel.range(StatsViewModel.Period.YEAR, today))
                .isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }
}
