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
    }

    @Test
    void periodsAreTheCalendarQuarterAndYear() {
        LocalDate today = LocalDate.of(2026, 11, 27);
        assertThat(StatsViewModel.range(StatsViewModel.Period.QUARTER, today))
                .isEqualTo(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(StatsViewModel.range(StatsViewModel.Period.YEAR, today))
                .isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    }
}
