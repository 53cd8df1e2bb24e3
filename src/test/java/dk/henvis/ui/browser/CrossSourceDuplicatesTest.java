package dk.henvis.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.Match;
import dk.henvis.matching.MatchingService;
import dk.henvis.sync.ProgressListener;
import dk.henvis.sync.SyncReport;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import dk.henvis.ui.sources.HsdsFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same activity synced from two sources (same name after normalisation, same street, same weekday)
 * is matched once and listed once in the catalogue, named with both sources; both copies stay stored.
 */
class CrossSourceDuplicatesTest {
    @TempDir
    Path dir;

    @Test
    void theSameActivityFromTwoSourcesIsMatchedAndListedOnceWithBothSources() throws Exception {
        TestUiServices services = new TestUiServices(dir);
        Path kommunen = HsdsFiles.write(dir.resolve("kommunen.json"), List.of(
                new HsdsFiles.Service("k1", "Strikkecafé", "Jernbanegade 1", "TU"),
                new HsdsFiles.Service("k2", "Seniorkor", "Jernbanegade 1", "WE")));
        Path kultunaut = HsdsFiles.write(dir.resolve("kultunaut.json"), List.of(
                new HsdsFiles.Service("900", "STRIKKECAFE!", "Jernbanegade 1", "TU"),
                new HsdsFiles.Service("901", "Seniorkor", "Jernbanegade 1", "FR")));
        services.sources().add("kommunen", "hsds-json", kommunen.toString());
        services.sources().add("kultunaut", "hsds-json", kultunaut.toString());
        SyncReport report = services.sync().syncAll(ProgressListener.NONE);
        assertThat(report.allOk()).isTrue();
        assertThat(services.offers().current()).hasSize(4);

        MatchingService matching = services.core().matching();
        List<Match> matches = matching.match(CitizenProfile.EMPTY, 10, LocalDate.of(2026, 11, 27)).matches();
        List<Match> strik = matches.stream()
                .filter(m -> m.offer().name().toLowerCase().startsWith("strikkecaf")).toList();
        assertThat(strik).hasSize(1);
        assertThat(strik.get(0).sources()).containsExactlyInAnyOrder("kommunen", "kultunaut");
        // the choir meets on different weekdays in the two sources: two activities, each with its own source
        assertThat(matches).filteredOn(m -> m.offer().name().equals("Seniorkor")).hasSize(2)
                .allSatisfy(m -> assertThat(m.sources()).hasSize(1));

        CatalogViewModel browser = new CatalogViewModel(services.offers(), new SameThreadTaskExecutor());
        browser.shown();
        assertThat(browser.results()).hasSize(3);
        Offer row = browser.results().stream().filter(o -> o.name().toLowerCase().startsWith("strikkecaf"))
                .findFirst().orElseThrow();
        assertThat(browser.sourcesOf(row)).containsExactlyInAnyOrder("kommunen", "kultunaut");
        assertThat(browser.summaryProperty().get()).isEqualTo("3 tilbud");
    }
}
