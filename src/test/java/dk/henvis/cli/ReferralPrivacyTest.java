package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.TestOffers;
import dk.henvis.referrals.AgeBand;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.UclaScore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No name, note or exact age reaches the data folder: a scan of every file in it finds none. */
class ReferralPrivacyTest {
    @TempDir
    Path dataFolder;

    @TempDir
    Path elsewhere;

    int run(String... args) {
        return HenvisCommand.run(Services::open, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                args);
    }

    /** An offer whose stored form holds no "78" of its own (TestOffers' phone number ends in 78). */
    static Offer offer() {
        Offer o = TestOffers.offer("kommunen", "kor", "Sangkoret");
        return o.toBuilder().contacts(List.of(new Contact("Bente", "Formand", "+45 47 35 10 00", "bente@example.dk")))
                .provenance(null).build();
    }

    @Test
    void afterTheHandoutFlowNoNameNoteOrAgeIsInTheDataFolder() throws Exception {
        Path db = dataFolder.resolve("henvis.db");
        try (CoreServices s = Services.open(db)) {
            s.offers().write("kommunen", OfferStore.Mode.MERGE, Instant.parse("2026-11-01T10:00:00Z"),
                    sink -> sink.accept(offer()));
        }
        String note = "Jeg ringer til dig på fredag, Inger";
        Path pdf = elsewhere.resolve("h.pdf");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // the log takes only units from the list (issue 18)
        HenvisCommand.run(Services::open, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "units", "--db", db.toString(), "--add", "Hjemmeplejen");
        int code = HenvisCommand.run(Services::open, new PrintWriter(out), new PrintWriter(err), "handout",
                "--db", db.toString(), "--offer", "kor", "--out", pdf.toString(), "--name", "Inger", "--note", note,
                "--age", "78", "--unit", "Hjemmeplejen", "--postcode", "3600", "--focus", "stoette", "--ucla", "3,3,2");

        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\\R");
        String referralCode = lines[lines.length - 1].replace("referral-code: ", "");
        assertThat(run("followup", "--db", db.toString(), "--code", referralCode, "--attended", "yes")).isZero();
        assertThat(run("stats", "--db", db.toString(), "--csv", dataFolder.resolve("stats.csv").toString())).isZero();
        assertThat(run("referrals", "export", "--db", db.toString(), "--out", dataFolder.resolve("pool.json").toString()))
                .isZero();
        try (CoreServices s = Services.open(db)) {
            ReferralRecord r = s.referrals().records(DateRange.ALL).get(0);
            assertThat(r.ageBand()).isEqualTo(AgeBand.FROM_65_TO_79);
            assertThat(r.followUp()).isNotNull();
        }

        assertThat(DataFolderScan.filesContaining(dataFolder, "Inger")).isEmpty();
        assertThat(DataFolderScan.filesContaining(dataFolder, "ringer til dig")).isEmpty();
        assertThat(DataFolderScan.filesContainingNumber(dataFolder, "78")).isEmpty();
        // the scan does find what is there: the offer and, on the handout itself, the name
        assertThat(DataFolderScan.filesContaining(dataFolder, "Sangkoret")).isNotEmpty();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("Inger");
        }
    }

    @Test
    void theExactAgeIsStoredNowhereOnlyItsBand() throws Exception {
        Path db = dataFolder.resolve("henvis.db");
        String code;
        try (CoreServices s = Services.open(db)) {
            ReferralRecord r = s.referrals().draft("Hjemmeplejen", FocusLevel.STOETTE, 78, "3600", true,
                    new UclaScore(3, 3, 2), List.of());
            s.referrals().record(r);
            code = r.code().value();
        }
        assertThat(run("followup", "--db", db.toString(), "--code", code, "--attended", "yes", "--ucla", "2,2,2"))
                .isZero();
        assertThat(run("stats", "--db", db.toString(), "--csv", dataFolder.resolve("stats.csv").toString())).isZero();
        assertThat(run("referrals", "export", "--db", db.toString(), "--out", dataFolder.resolve("pool.json").toString()))
                .isZero();
        assertThat(run("referrals", "export", "--db", db.toString(), "--format", "csv", "--out",
                dataFolder.resolve("records.csv").toString())).isZero();

        assertThat(Files.list(dataFolder).map(p -> p.getFileName().toString()))
                .contains("henvis.db", "pool.json", "records.csv");
        assertThat(DataFolderScan.filesContainingNumber(dataFolder, "78")).isEmpty();
        // the scan would see it: the band is there
        assertThat(DataFolderScan.filesContaining(dataFolder, "65-79")).contains("pool.json", "records.csv");
    }
}
