package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.app.Services;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.UclaScore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pooling logs across laptops ({@code referrals export/import}) and the CSV exports. */
class ReferralPoolingTest {
    @TempDir
    Path dir;

    List<String> recordReferrals(Path db, String unit, int n) {
        List<String> codes = new ArrayList<>();
        try (CoreServices s = Services.open(db)) {
            for (int i = 0; i < n; i++) {
                ReferralRecord r = s.referrals().draft(unit, FocusLevel.TIDLIG, 70, "3630", true,
                        new UclaScore(2, 3, 3), List.of());
                s.referrals().record(r);
                codes.add(r.code().value());
            }
        }
        return codes;
    }

    /** The coordinator's list of units must hold the laptops' units before their referrals are imported. */
    void allowUnit(Path db, String unit) {
        assertThat(run("units", "--db", db.toString(), "--add", unit).code()).isZero();
    }

    List<ReferralRecord> records(Path db) {
        try (CoreServices s = Services.open(db)) {
            return s.referrals().records(DateRange.ALL);
        }
    }

    @Test
    void importingTheSameLogTwiceCountsOnce() throws Exception {
        Path laptop = dir.resolve("laptop.db");
        Path coordinator = dir.resolve("coordinator.db");
        List<String> codes = recordReferrals(laptop, "Jobcenter", 3);
        allowUnit(coordinator, "Jobcenter");
        recordReferrals(coordinator, "Hjemmeplejen", 2);
        assertThat(run("followup", "--db", laptop.toString(), "--code", codes.get(1), "--attended", "yes").code()).isZero();
        Path pool = dir.resolve("laptop.json");

        assertThat(run("referrals", "export", "--db", laptop.toString(), "--out", pool.toString()).code()).isZero();
        CliRun first = run("referrals", "import", "--db", coordinator.toString(), pool.toString());
        CliRun second = run("referrals", "import", "--db", coordinator.toString(), pool.toString(), pool.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("3 ");
        assertThat(second.code()).isZero();
        assertThat(second.out()).startsWith("0 ");
        assertThat(records(coordinator)).hasSize(5);
        var stats = new ObjectMapper().readTree(run("stats", "--db", coordinator.toString(), "--json").out());
        assertThat(stats.get("referrals").intValue()).isEqualTo(5);
        assertThat(stats.get("followups").intValue()).isEqualTo(1);
        assertThat(records(coordinator).stream().filter(r -> r.code().value().equals(codes.get(1))).findFirst()
                .orElseThrow().followUp()).isNotNull();
    }

    @Test
    void aFollowUpRecordedLaterArrivesWithTheNextPool() {
        Path laptop = dir.resolve("laptop.db");
        Path coordinator = dir.resolve("coordinator.db");
        String code = recordReferrals(laptop, "Jobcenter", 1).get(0);
        allowUnit(coordinator, "Jobcenter");
        Path pool = dir.resolve("pool.json");
        run("referrals", "export", "--db", laptop.toString(), "--out", pool.toString());
        run("referrals", "import", "--db", coordinator.toString(), pool.toString());
        run("followup", "--db", laptop.toString(), "--code", code, "--attended", "no");
        run("referrals", "export", "--db", laptop.toString(), "--out", pool.toString());

        CliRun again = run("referrals", "import", "--db", coordinator.toString(), pool.toString());

        assertThat(again.out()).startsWith("0 nye henvisninger, 1 nye opfølgninger");
        assertThat(records(coordinator).get(0).followUp().attended()).isFalse();
    }

    @Test
    void malformedOrNewerFilesChangeNothing() throws Exception {
        Path laptop = dir.resolve("laptop.db");
        Path coordinator = dir.resolve("coordinator.db");
        recordReferrals(laptop, "Jobcenter", 2);
        allowUnit(coordinator, "Jobcenter");
        recordReferrals(coordinator, "Hjemmeplejen", 1);
        Path good = dir.resolve("good.json");
        run("referrals", "export", "--db", laptop.toString(), "--out", good.toString());
        String json = Files.readString(good);
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, json.replace("\"version\" : 1", "\"version\" : 2"));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, json.substring(0, json.length() / 2));
        Path badItem = dir.resolve("bad-item.json");
        Files.writeString(badItem, json.replaceFirst("\"ucla\" : \\[ 2, 3, 3 \\]", "\"ucla\" : [ 2, 3, 7 ]"));
        assertThat(Files.readString(badItem)).isNotEqualTo(json);
        Path notOurs = dir.resolve("offers.json");
        Files.writeString(notOurs, "[{\"id\": \"1\", \"name\": \"Kor\"}]");
        byte[] before = Files.readAllBytes(coordinator);
        List<ReferralRecord> recordsBefore = records(coordinator);

        for (Path bad : List.of(newer, broken, badItem, notOurs, dir.resolve("missing.json"))) {
            // a good file first: all or nothing across the files
            CliRun r = run("referrals", "import", "--db", coordinator.toString(), good.toString(), bad.toString());
            assertThat(r.code()).as(bad.toString()).isEqualTo(2);
            assertThat(r.err()).contains(bad.getFileName().toString()).hasLineCount(1);
        }
        assertThat(run("referrals", "import", "--db", coordinator.toString(), newer.toString()).err())
                .contains("nyere version");
        assertThat(run("referrals", "import", "--db", coordinator.toString(), badItem.toString()).err())
                .contains("nr. 1").contains("7");
        assertThat(records(coordinator)).isEqualTo(recordsBefore);
    }

    @Test
    void csvExportsHoldTheRecordsAndTheProtectedStatistics() throws Exception {
        Path db = dir.resolve("h.db");
        recordReferrals(db, "Hjemmeplejen", 6);
        recordReferrals(db, "=Jobcenter", 2);
        Path records = dir.resolve("records.csv");
        Path stats = dir.resolve("stats.csv");

        assertThat(run("referrals", "export", "--db", db.toString(), "--format", "csv", "--out", records.toString())
                .code()).isZero();
        assertThat(run("stats", "--db", db.toString(), "--csv", stats.toString()).code()).isZero();

        List<String> lines = Files.readAllLines(records, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).startsWith("code,date,unit,focus,age_band,postcode");
        assertThat(lines.get(1)).contains(",tidlig,65-79,3630,yes,2,3,3,8,");
        assertThat(String.join("\n", lines)).contains(",'=Jobcenter,").doesNotContain(",70,");
        List<String> statLines = Files.readAllLines(stats, StandardCharsets.UTF_8);
        assertThat(statLines).contains("total,referrals,8,,", "perUnit,Hjemmeplejen,6,,", "perUnit,'=Jobcenter,<5,,");
        assertThat(run("referrals", "export", "--db", db.toString(), "--format", "xml", "--out", records.toString())
                .code()).isEqualTo(2);
        assertThat(run("stats", "--db", db.toString(), "--csv", dir.resolve("no/such/dir.csv").toString()).code())
                .isEqualTo(2);
    }

    @Test
    void retentionCommandShowsAndSetsThePeriod() {
        Path db = dir.resolve("h.db");
        recordReferrals(db, "Hjemmeplejen", 1);
        CliRun show = run("referrals", "retention", "--db", db.toString());
        assertThat(show.out()).contains("24 måneder").contains("0 slettet");
        assertThat(run("referrals", "retention", "--db", db.toString(), "--months", "6").out()).contains("6 måneder");
        assertThat(run("referrals", "retention", "--db", db.toString(), "--months", "0").code()).isEqualTo(2);
        assertThat(records(db)).hasSize(1);
    }
}
