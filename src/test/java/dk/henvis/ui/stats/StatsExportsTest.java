package dk.henvis.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.TestOffers;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsExportsTest {
    @TempDir
    Path dir;

    private static ReferralLog logWith(Path folder, int doegnplejen, int jobcentret) {
        ReferralLog log = new TestUiServices(folder).referrals();
        var choir = TestOffers.offer("kommunen", "kor", "Seniorkor");
        for (int i = 0; i < doegnplejen + jobcentret; i++) {
            log.record(log.draft(i < doegnplejen ? "doegnplejen" : "jobcentret", FocusLevel.TIDLIG, 70, "3630", true,
                    null, List.of(choir)));
        }
        return log;
    }

    private static StatsExports exports(ReferralLog log) {
        return new StatsExports(log, new SameThreadTaskExecutor(), () -> Optional.of(DateRange.ALL));
    }

    @Test
    void writesTheRecordsTheStatisticsAndTheReportOfThePeriod() throws Exception {
        ReferralLog log = logWith(dir.resolve("a"), 6, 2);
        StatsExports exports = new StatsExports(log, new SameThreadTaskExecutor(),
                () -> Optional.of(new DateRange(java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 12, 31))));
        Path out = Files.createDirectories(dir.resolve("out"));
        assertThat(exports.suggestedName(StatsExports.Kind.REPORT_PDF)).isEqualTo("statusrapport_2026-10-01_2026-12-31.pdf");

        exports.export(StatsExports.Kind.RECORDS_CSV, out.resolve("h.csv"));
        exports.export(StatsExports.Kind.STATISTICS_CSV, out.resolve("s.csv"));
        exports.export(StatsExports.Kind.REPORT_PDF, out.resolve("r.pdf"));

        assertThat(exports.errorProperty().get()).isFalse();
        assertThat(exports.messageProperty().get()).startsWith("Gemt: r.pdf");
        assertThat(Files.readAllLines(out.resolve("h.csv"), StandardCharsets.UTF_8)).hasSize(9);
        assertThat(Files.readString(out.resolve("s.csv"))).contains("perUnit,jobcentret,<5").contains("perUnit,doegnplejen,6");
        try (PDDocument pdf = Loader.loadPDF(out.resolve("r.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("2026-10-01 – 2026-12-31");
        }
    }

    @Test
    void aTargetThatCannotBeWrittenIsReportedAndNothingIsLeftBehind() {
        StatsExports exports = exports(logWith(dir.resolve("a"), 1, 0));
        exports.export(StatsExports.Kind.STATISTICS_CSV, dir.resolve("missing/s.csv"));
        assertThat(exports.errorProperty().get()).isTrue();
        assertThat(exports.messageProperty().get()).startsWith("Intet er ændret: kan ikke skrive").contains("missing");
        assertThat(exports.busyProperty().get()).isFalse();
    }

    @Test
    void poolingCountsTheSameReferralOnceAndSaysSo() throws Exception {
        ReferralLog laptop = logWith(dir.resolve("laptop"), 3, 2);
        ReferralLog coordinator = logWith(dir.resolve("coordinator"), 1, 0);
        Path pool = dir.resolve("pool.json");
        exports(laptop).export(StatsExports.Kind.POOL, pool);
        StatsExports mine = exports(coordinator);
        int[] refreshed = {0};
        mine.onImported(() -> refreshed[0]++);

        mine.importPools(List.of(pool));
        assertThat(mine.messageProperty().get()).isEqualTo("Indlæst: 5 nye henvisninger; 0 fandtes allerede.");
        mine.importPools(List.of(pool));
        assertThat(mine.messageProperty().get()).isEqualTo("Indlæst: 0 nye henvisninger; 5 fandtes allerede.");
        assertThat(coordinator.size()).isEqualTo(6);
        assertThat(refreshed[0]).isEqualTo(2);
    }

    @Test
    void aPoolWithAUnitNotOnTheCoordinatorsListImportsNothing() throws Exception {
        ReferralLog laptop = new TestUiServices(dir.resolve("laptop")).referrals();
        laptop.record(laptop.draft("Zyxwort", FocusLevel.TIDLIG, 70, "3630", false, null, List.of()));
        laptop.record(laptop.draft("doegnplejen", FocusLevel.TIDLIG, 70, "3630", false, null, List.of()));
        Path pool = dir.resolve("pool.json");
        exports(laptop).export(StatsExports.Kind.POOL, pool);
        ReferralLog coordinator = logWith(dir.resolve("coordinator"), 1, 0);
        StatsExports mine = exports(coordinator);

        mine.importPools(List.of(pool));
        assertThat(mine.errorProperty().get()).isTrue();
        assertThat(mine.messageProperty().get()).startsWith("Intet er ændret: ").contains("Zyxwort");
        assertThat(coordinator.size()).isEqualTo(1);
    }

    @Test
    void aMalformedOrNewerFileRefusesTheWholeImport() throws Exception {
        ReferralLog laptop = logWith(dir.resolve("laptop"), 3, 0);
        ReferralLog coordinator = logWith(dir.resolve("coordinator"), 1, 0);
        Path good = dir.resolve("good.json");
        exports(laptop).export(StatsExports.Kind.POOL, good);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"henvis-referral-log\", \"version\": 1,");
        Path newer = Files.writeString(dir.resolve("newer.json"),
                Files.readString(good).replace("\"version\" : 1", "\"version\" : 9"));
        StatsExports mine = exports(coordinator);

        mine.importPools(List.of(good, broken));
        assertThat(mine.errorProperty().get()).isTrue();
        assertThat(mine.messageProperty().get()).startsWith("Intet er ændret: ").contains("broken.json", "ikke gyldig JSON");
        mine.importPools(List.of(good, newer));
        assertThat(mine.messageProperty().get()).contains("newer.json", "nyere version");
        assertThat(coordinator.size()).isEqualTo(1);
    }
}
