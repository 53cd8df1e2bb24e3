package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.OfferStore;
import dk.henvis.referrals.ReferralCode;
import dk.henvis.catalog.TestOffers;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.ReferralRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutCommandTest {
    @TempDir
    Path dir;
    Path db;
    String out;
    String err;

    @BeforeEach
    void catalogue() {
        db = dir.resolve("henvis.db");
        OfferStore store = new OfferStore(Database.open(db));
        store.write("kommunen", OfferStore.Mode.MERGE, Instant.parse("2026-11-01T10:00:00Z"), sink -> {
            sink.accept(TestOffers.offer("kommunen", "kor", "Seniorkoret"));
            sink.accept(TestOffers.offer("kommunen", "strik", "Strikkecafé"));
            sink.accept(TestOffers.offer("kommunen", "gaa", "Gåklubben"));
            sink.accept(TestOffers.offer("kommunen", "spil", "Kortspil"));
            sink.accept(TestOffers.offer("kommunen", "lukket", "Lukket klub").withStatus(OfferStatus.INACTIVE));
        });
        store.write("forening", OfferStore.Mode.MERGE, Instant.parse("2026-11-01T10:00:00Z"),
                sink -> sink.accept(TestOffers.offer("forening", "gammel", "Gammel klub")));
        // a sync that no longer delivers "gammel" withdraws it
        store.write("forening", OfferStore.Mode.WITHDRAW_MISSING, Instant.parse("2026-11-02T10:00:00Z"), sink -> {
        });
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        List<String> all = new ArrayList<>(List.of("handout", "--db", db.toString()));
        all.addAll(List.of(args));
        int code = HenvisCommand.run(Services::open, new PrintWriter(o), new PrintWriter(e), all.toArray(String[]::new));
        out = o.toString();
        err = e.toString();
        return code;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
        }
    }

    @Test
    void theFooterNamesTheReferringStaffUnitInsteadOfTheDefaultCentre() throws Exception {
        Path unit = dir.resolve("unit.pdf");
        assertThat(run("--offer", "kor", "--out", unit.toString(), "--unit", "doegnplejen", "--no-log")).isZero();
        assertThat(pdfText(unit)).contains("Døgnplejen, Frederikssund Kommune")
                .doesNotContain("Center for Sundhed og Forebyggelse");

        Path none = dir.resolve("none.pdf");
        assertThat(run("--offer", "kor", "--out", none.toString(), "--no-log")).isZero();
        assertThat(pdfText(none)).contains("Center for Sundhed og Forebyggelse");
    }

    @Test
    void aUnitTheCoordinatorAddedIsNamedInTheFooterAndAnUnknownUnitIsRefusedWithTheKnownOnes() throws Exception {
        assertThat(CliRun.run("units", "--db", db.toString(), "--add", "Aktivitetscentret").code()).isZero();
        Path added = dir.resolve("added.pdf");
        assertThat(run("--offer", "kor", "--out", added.toString(), "--unit", "aktivitetscentret", "--no-log"))
                .as(err).isZero();
        assertThat(pdfText(added)).contains("Aktivitetscentret, Frederikssund Kommune")
                .doesNotContain("Center for Sundhed og Forebyggelse");

        Path unknown = dir.resolve("unknown.pdf");
        for (List<String> extra : List.of(List.of("--no-log"), List.<String>of())) {
            List<String> args = new ArrayList<>(List.of("--offer", "kor", "--out", unknown.toString(), "--unit",
                    "Hjemmesygeplejen"));
            args.addAll(extra);
            assertBad(run(args.toArray(String[]::new)), "Hjemmesygeplejen");
            assertThat(err).contains("doegnplejen").contains("genoptraening").contains("Aktivitetscentret");
            assertThat(Files.exists(unknown)).isFalse();
        }
        try (CoreServices s = Services.open(db)) {
            assertThat(s.referrals().size()).isZero();
        }
    }

    @Test
    void withAProfileWhoseNeedsHoldWheelchairEachOffersStepFreeAccessIsPrinted() throws Exception {
        Path wheelchair = dir.resolve("kørestol.json");
        Files.writeString(wheelchair, "{\"age\": 78, \"needs\": [\"wheelchair\", \"free\"]}");
        Path pdf = dir.resolve("adgang.pdf");
        assertThat(run("--offer", "kor", "--offer", "strik", "--out", pdf.toString(), "--profile",
                wheelchair.toString(), "--no-log")).as(err).isZero();
        String text = pdfText(pdf);
        // the test offers' place says "Trinfri adgang" in its own words
        assertThat(text.split("Adgang Trinfri adgang", -1)).hasSize(3);

        Path other = dir.resolve("andet.json");
        Files.writeString(other, "{\"needs\": [\"free\"]}");
        Path plain = dir.resolve("uden.pdf");
        assertThat(run("--offer", "kor", "--out", plain.toString(), "--profile", other.toString(), "--no-log"))
                .as(err).isZero();
        assertThat(pdfText(plain)).doesNotContain("Adgang");

        Path bad = dir.resolve("forkert.json");
        Files.writeString(bad, "{\"needs\": \"wheelchair\"}");
        Path none = dir.resolve("ingen.pdf");
        assertBad(run("--offer", "kor", "--out", none.toString(), "--profile", bad.toString()), "forkert.json");
        assertThat(Files.exists(none)).isFalse();
    }

    @Test
    void writesTheHandoutAndEndsWithTheReferralCode() throws Exception {
        Path pdf = dir.resolve("h.pdf");
        // the log takes only units from the list (issue 18)
        assertThat(CliRun.run("units", "--db", db.toString(), "--add", "Hjemmeplejen").code()).isZero();
        int code = run("--offer", "kor", "--offer", "strik", "--offer", "kommunen:gaa", "--out", pdf.toString(),
                "--name", "Inger", "--note", "Jeg ringer til dig på fredag", "--unit", "Hjemmeplejen", "--age", "78",
                "--postcode", "3630", "--focus", "stoette", "--ucla", "2,3,2");

        assertThat(code).as(err).isZero();
        String[] lines = out.strip().split("\\R");
        String last = lines[lines.length - 1];
        assertThat(last).matches("referral-code: [A-Z0-9]{3}-[A-Z0-9]{3}");
        String referral = last.substring("referral-code: ".length());
        assertThat(ReferralCode.isValid(referral)).isTrue();
        assertThat(pdfText(pdf)).contains("Inger").contains("Jeg ringer til dig på fredag").contains("Seniorkoret")
                .contains("Strikkecafé").contains("Gåklubben").contains(referral);

        try (CoreServices s = Services.open(db)) {
            List<ReferralRecord> records = s.referrals().records(DateRange.ALL);
            assertThat(records).hasSize(1);
            ReferralRecord r = records.get(0);
            assertThat(r.code().value()).isEqualTo(referral);
            assertThat(r.unit()).isEqualTo("Hjemmeplejen");
            assertThat(r.postcode()).isEqualTo("3630");
            assertThat(r.ucla().sum()).isEqualTo(7);
            assertThat(r.offers()).hasSize(3);
        }
        // the name, the note and the exact age went on paper only (the cache beside the catalogue included)
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(pdf)).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                String utf8 = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                assertThat(utf8).as(f.toString()).doesNotContain("Inger").doesNotContain("ringer til dig");
                assertThat(content).as(f.toString()).doesNotContain("Inger");
            }
        }
    }

    @Test
    void noLogWritesTheHandoutButRecordsNothing() {
        assertThat(run("--offer", "kor", "--out", dir.resolve("h.pdf").toString(), "--no-log", "--age", "78"))
                .as(err).isZero();
        assertThat(out.strip()).containsPattern("referral-code: [A-Z0-9]{3}-[A-Z0-9]{3}$");
        try (CoreServices s = Services.open(db)) {
            assertThat(s.referrals().size()).isZero();
        }
    }

    @Test
    void aFailedWriteRecordsNothing() {
        assertThat(run("--offer", "kor", "--out", dir.resolve("mangler/h.pdf").toString())).isEqualTo(2);
        try (CoreServices s = Services.open(db)) {
            assertThat(s.referrals().size()).isZero();
        }
    }

    @Test
    void largePrintWithTwoOffers() throws Exception {
        Path pdf = dir.resolve("stor.pdf");
        assertThat(run("--offer", "kor", "--offer", "spil", "--out", pdf.toString(), "--large-print", "--no-log"))
                .as(err).isZero();
        assertThat(pdfText(pdf)).contains("Seniorkoret").contains("Kortspil");
    }

    @Test
    void badInputExitsTwoWithOneLineAndWritesNothing() {
        Path pdf = dir.resolve("h.pdf");
        String p = pdf.toString();
        assertBad(run("--offer", "findes-ikke", "--out", p), "findes-ikke");
        assertBad(run("--offer", "kor", "--offer", "strik", "--offer", "gaa", "--offer", "spil", "--out", p), "4");
        assertBad(run("--offer", "kor", "--offer", "strik", "--offer", "gaa", "--out", p, "--large-print"),
                "--large-print");
        assertBad(run("--offer", "lukket", "--out", p), "lukket");
        assertBad(run("--offer", "gammel", "--out", p), "gammel");
        assertBad(run("--offer", "kor", "--offer", "kor", "--out", p), "kor");
        assertBad(run("--offer", "kor", "--out", dir.resolve("mangler/h.pdf").toString()), "h.pdf");
        assertBad(run("--offer", "kor", "--out", p, "--age", "130"), "--age");
        assertBad(run("--offer", "kor", "--out", p, "--age", "tres"), "--age");
        assertBad(run("--offer", "kor", "--out", p, "--ucla", "1,2,4"), "UCLA");
        assertBad(run("--offer", "kor", "--out", p, "--ucla", "1,2"), "--ucla");
        assertBad(run("--offer", "kor", "--out", p, "--focus", "meget"), "--focus");
        assertBad(run("--offer", "kor", "--out", p, "--postcode", "36"), "--postcode");
        assertThat(Files.exists(pdf)).isFalse();
    }

    @Test
    void noTemporaryFileIsLeftBehind() throws Exception {
        assertThat(run("--offer", "kor", "--out", dir.resolve("h.pdf").toString())).as(err).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private void assertBad(int code, String mentioned) {
        assertThat(code).as(out + err).isEqualTo(2);
        assertThat(err.strip().lines().count()).as(err).isEqualTo(1);
        assertThat(err).contains(mentioned);
        assertThat(out).doesNotContain("referral-code");
    }
}
