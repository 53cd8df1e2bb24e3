package dk.henvis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.core.CoreServices;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.TestOffers;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.ReferralRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 5: the anonymous log stores no CPR number whichever way a unit or a flag arrives, UCLA
 * answers at follow-up only with consent, and the totals follow the small-count rule like the tables.
 */
class LogPrivacyTest {
    private static final String CPR_UNIT = "Zyxwort 010190-1234";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void catalogue() {
        db = TestOffers.catalogue(dir.resolve("h.db"), "kommunen", TestOffers.offer("kommunen", "kor", "Seniorkoret"));
    }

    @Test
    void aHandoutWhoseUnitHoldsACprNumberIsRefusedAndNothingIsWritten() {
        Path pdf = dir.resolve("h.pdf");
        CliRun r = CliRun.run("handout", "--db", db.toString(), "--offer", "kor", "--unit", CPR_UNIT,
                "--out", pdf.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("CPR");
        assertThat(pdf).doesNotExist();
        assertThat(referrals(db)).isEmpty();
    }

    @Test
    void theLogTakesOnlyUnitsFromTheListAndTheCoordinatorAddsUnits() {
        Path pdf = dir.resolve("h.pdf");
        CliRun unknown = CliRun.run("handout", "--db", db.toString(), "--offer", "kor", "--unit", "Zyxwort",
                "--out", pdf.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("Zyxwort").contains("doegnplejen")
                .contains("units --add");
        assertThat(pdf).doesNotExist();

        CliRun cpr = CliRun.run("units", "--db", db.toString(), "--add", "Team 010190-1234");
        assertThat(cpr.code()).isEqualTo(2);
        assertThat(cpr.err()).contains("CPR");
        assertThat(CliRun.run("units", "--db", db.toString()).out()).doesNotContain("010190");

        assertThat(CliRun.run("units", "--db", db.toString(), "--add", "Hjemmeplejen Nord").code()).isZero();
        assertThat(CliRun.run("handout", "--db", db.toString(), "--offer", "kor", "--unit", "hjemmeplejen  nord",
                "--out", pdf.toString()).code()).isZero();
        assertThat(CliRun.run("handout", "--db", db.toString(), "--offer", "kor", "--unit", "jobcentret",
                "--out", pdf.toString()).code()).as("a built-in unit").isZero();
        assertThat(referrals(db)).extracting(ReferralRecord::unit).containsExactlyInAnyOrder("Hjemmeplejen Nord",
                "jobcentret");
    }

    @Test
    void aPoolingFileWithAPostcodeOutsideTheGazetteerImportsNothing() throws Exception {
        Path other = dir.resolve("anden.db");
        try (CoreServices s = Services.open(other)) {
            s.referrals().record(s.referrals().draft("jobcentret", FocusLevel.TIDLIG, 70, "3600", false, null, List.of()));
        }
        Path pool = dir.resolve("pulje.json");
        assertThat(CliRun.run("referrals", "export", "--db", other.toString(), "--out", pool.toString()).code()).isZero();
        String json = Files.readString(pool, StandardCharsets.UTF_8);
        assertThat(json).contains("\"3600\"");
        Files.writeString(pool, json.replace("\"3600\"", "\"9999\""), StandardCharsets.UTF_8);
        CliRun r = CliRun.run("referrals", "import", "--db", db.toString(), pool.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("9999");
        assertThat(referrals(db)).isEmpty();
    }

    @Test
    void aPoolingFileWithAUnitNotOnTheListImportsNothing() throws Exception {
        Path other = dir.resolve("anden.db");
        try (CoreServices s = Services.open(other)) {
            s.referrals().record(s.referrals().draft("Zyxwort", FocusLevel.TIDLIG, 70, "3600", false, null, List.of()));
        }
        Path pool = dir.resolve("pulje.json");
        assertThat(CliRun.run("referrals", "export", "--db", other.toString(), "--out", pool.toString()).code()).isZero();
        CliRun r = CliRun.run("referrals", "import", "--db", db.toString(), pool.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("Zyxwort");
        assertThat(referrals(db)).isEmpty();
    }

    @Test
    void aPoolingFileWhoseUnitHoldsACprNumberImportsNothing() throws Exception {
        Path other = dir.resolve("anden.db");
        try (CoreServices s = Services.open(other)) {
            for (int i = 0; i < 2; i++) {
                s.referrals().record(s.referrals().draft("Hjemmeplejen", FocusLevel.TIDLIG, 70, "3600", false, null,
                        List.of()));
            }
        }
        Path pool = dir.resolve("pulje.json");
        assertThat(CliRun.run("referrals", "export", "--db", other.toString(), "--out", pool.toString()).code()).isZero();
        String json = Files.readString(pool, StandardCharsets.UTF_8);
        assertThat(json).contains("Hjemmeplejen");
        Files.writeString(pool, json.replaceFirst("Hjemmeplejen", CPR_UNIT), StandardCharsets.UTF_8);

        assertThat(CliRun.run("units", "--db", db.toString(), "--add", "Hjemmeplejen").code()).isZero();
        CliRun r = CliRun.run("referrals", "import", "--db", db.toString(), pool.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("CPR");
        assertThat(referrals(db)).isEmpty();
    }

    @Test
    void aFlagFileWithACprNumberIsRefusedAsFlagsAddRefusesIt() throws Exception {
        assertThat(CliRun.run("flags", "add", "--db", db.toString(), "--offer", "kor", "--text",
                "Holdet er flyttet til torsdag").code()).isZero();
        Path file = dir.resolve("fejlmeldinger-x.json");
        assertThat(CliRun.run("flags", "export", "--db", db.toString(), "--out", file.toString()).code()).isZero();
        Files.writeString(file, Files.readString(file).replace("Holdet er flyttet til torsdag",
                "Borger 010150-1234 blev afvist"));
        Path coordinator = dir.resolve("koordinator.db");
        new OfferStore(Database.open(coordinator)).write("kommunen", OfferStore.Mode.MERGE,
                Instant.parse("2026-11-01T10:00:00Z"), sink -> sink.accept(TestOffers.offer("kommunen", "kor", "Seniorkoret")));

        CliRun r = CliRun.run("flags", "import", "--db", coordinator.toString(), file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("CPR");
        assertThat(CliRun.run("flags", "list", "--db", coordinator.toString(), "--json").out()).doesNotContain("010150");
    }

    @Test
    void uclaAtFollowUpIsRefusedWithoutConsentToTheFollowUp() {
        String code;
        try (CoreServices s = Services.open(db)) {
            ReferralRecord r = s.referrals().draft("Hjemmeplejen", FocusLevel.TIDLIG, 70, "3600", false, null, List.of());
            s.referrals().record(r);
            code = r.code().value();
        }
        CliRun r = CliRun.run("followup", "--db", db.toString(), "--code", code, "--attended", "yes", "--ucla", "2,2,1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("opfølgning");
        assertThat(referrals(db).get(0).followUp()).isNull();
        assertThat(CliRun.run("followup", "--db", db.toString(), "--code", code, "--attended", "yes").code())
                .as("without UCLA answers the follow-up is fine").isZero();
    }

    @Test
    void theTotalsOfTwoReferralsAreShownAsUnderFiveLikeTheTable() throws Exception {
        try (CoreServices s = Services.open(db)) {
            for (int i = 0; i < 2; i++) {
                s.referrals().record(s.referrals().draft("Hjemmeplejen", FocusLevel.TIDLIG, 70, "3600", false, null,
                        List.of()));
            }
        }
        CliRun text = CliRun.run("stats", "--db", db.toString());
        assertThat(text.out()).contains("Henvisninger: <5").doesNotContain("Henvisninger: 2");
        Path csv = dir.resolve("s.csv");
        assertThat(CliRun.run("stats", "--db", db.toString(), "--csv", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv)).contains("referrals,<5").doesNotContain("referrals,2");
    }

    private static List<ReferralRecord> referrals(Path db) {
        try (CoreServices s = Services.open(db)) {
            return s.referrals().records(DateRange.ALL);
        }
    }
}
