package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.app.Services;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.UclaScore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code followup} and {@code stats} on the command line, as contract §1 states them. */
class ReferralCommandsTest {
    @TempDir
    Path dir;

    List<String> recordReferrals(Path db, int n) {
        List<String> codes = new ArrayList<>();
        try (CoreServices s = Services.open(db)) {
            for (int i = 0; i < n; i++) {
                ReferralRecord r = s.referrals().draft("Hjemmeplejen", FocusLevel.STOETTE, 81, "3600", true,
                        new UclaScore(3, 3, 3), List.of());
                s.referrals().record(r);
                codes.add(r.code().value());
            }
        }
        return codes;
    }

    @Test
    void followupThenStatsJsonCountsIt() throws Exception {
        Path db = dir.resolve("h.db");
        List<String> codes = recordReferrals(db, 6);

        CliRun f = run("followup", "--db", db.toString(), "--code", codes.get(0), "--attended", "yes",
                "--still-going", "no", "--ucla", "2,2,1");
        assertThat(f.code()).as(f.err()).isZero();

        CliRun stats = run("stats", "--db", db.toString(), "--json");
        assertThat(stats.code()).as(stats.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertThat(json.get("referrals").intValue()).isEqualTo(6);
        assertThat(json.get("followups").intValue()).isEqualTo(1);
        assertThat(json.at("/perUnit/0/label").asText()).isEqualTo("Hjemmeplejen");
        assertThat(json.at("/perUnit/0/count").intValue()).isEqualTo(6);
        assertThat(json.at("/attended/count").asText()).isEqualTo("<5");
    }

    @Test
    void followupBadInputExitsTwoAndChangesNothing() {
        Path db = dir.resolve("h.db");
        String code = recordReferrals(db, 1).get(0);

        CliRun unknown = run("followup", "--db", db.toString(), "--code", "AAA-AAA", "--attended", "yes");
        CliRun badItem = run("followup", "--db", db.toString(), "--code", code, "--attended", "yes", "--ucla", "1,2,4");
        CliRun badYesNo = run("followup", "--db", db.toString(), "--code", code, "--attended", "måske");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("AAA-AAA").hasLineCount(1);
        assertThat(badItem.code()).isEqualTo(2);
        assertThat(badItem.err()).contains("4");
        assertThat(badYesNo.code()).isEqualTo(2);
        assertThat(run("followup", "--db", db.toString(), "--code", code, "--attended", "no").code()).isZero();
        CliRun twice = run("followup", "--db", db.toString(), "--code", code, "--attended", "yes");
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains(code);
        try (CoreServices s = Services.open(db)) {
            assertThat(s.referrals().records(DateRange.ALL).get(0).followUp().attended()).isFalse();
        }
    }

    @Test
    void statsOnAPeriodAndBadDates() {
        Path db = dir.resolve("h.db");
        recordReferrals(db, 2);

        CliRun past = run("stats", "--db", db.toString(), "--from", "2020-01-01", "--to", "2020-12-31", "--json");
        assertThat(past.code()).isZero();
        assertThat(past.out()).contains("\"referrals\" : 0");
        assertThat(run("stats", "--db", db.toString(), "--from", "1. januar").code()).isEqualTo(2);
        CliRun text = run("stats", "--db", db.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Hjemmeplejen").contains("<5");
    }

    @Test
    void statsPdfWritesTheOnePageReport() throws Exception {
        Path db = dir.resolve("h.db");
        recordReferrals(db, 7);
        Path pdf = dir.resolve("status.pdf");

        CliRun r = run("stats", "--db", db.toString(), "--pdf", pdf.toString());

        assertThat(r.code()).as(r.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Henvisninger 7")
                    .contains("Hjemmeplejen 7");
        }
        CliRun bad = run("stats", "--db", db.toString(), "--pdf", dir.resolve("missing/status.pdf").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("missing").hasLineCount(1);
        assertThat(java.nio.file.Files.list(dir).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.endsWith(".tmp"));
    }
}
