package dk.henvis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.core.CoreServices;
import dk.henvis.catalog.TestOffers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.security.MessageDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 1: no output ever replaces the live database, its -wal/-shm files, its backups or the
 * log folder. Each attempt is exit 2 with one line naming the clash, and the catalogue and the referral
 * log are exactly as before.
 */
class OutputClashTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void catalogueWithOneReferral() {
        db = TestOffers.catalogue(dir.resolve("h.db"), "kommunen", TestOffers.offer("kommunen", "kor", "Seniorkoret"),
                TestOffers.offer("kommunen", "strik", "Strikkecafé"));
        CliRun made = CliRun.run("handout", "--db", db.toString(), "--offer", "kor", "--out",
                dir.resolve("h.pdf").toString());
        assertThat(made.code()).as(made.err()).isZero();
    }

    @Test
    void statsCsvOnTheDatabaseIsRefused() throws Exception {
        refused("stats", "--db", db.toString(), "--csv", db.toString());
    }

    @Test
    void statsPdfOnTheWalFileIsRefusedBeforeTheCsvIsWritten() throws Exception {
        Path csv = dir.resolve("stats.csv");
        refused("stats", "--db", db.toString(), "--csv", csv.toString(), "--pdf", db + "-wal");
        assertThat(csv).doesNotExist();
    }

    @Test
    void aHandoutOverTheDatabaseIsRefusedAndNoReferralIsRecorded() throws Exception {
        refused("handout", "--db", db.toString(), "--offer", "strik", "--out", db.toString());
    }

    @Test
    void aReferralExportIntoTheBackupsFolderIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("backups"));
        refused("referrals", "export", "--db", db.toString(), "--out", dir.resolve("backups/pulje.json").toString());
    }

    @Test
    void aCatalogueExportOverTheSharedMemoryFileIsRefused() throws Exception {
        refused("export", "--db", db.toString(), "--format", "hsds-json", "--out", db + "-shm");
    }

    @Test
    void aFolderExportOverTheDatabasesFolderIsRefused() throws Exception {
        refused("export", "--db", db.toString(), "--format", "html", "--out", dir.toString());
    }

    @Test
    void aLinkToTheDatabaseIsTheDatabase() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), db);
        refused("stats", "--db", db.toString(), "--csv", link.toString());
    }

    @Test
    void theLogFolderIsProtectedToo() {
        Path logs = dir.resolve("logs");
        dk.henvis.catalog.ProtectedPaths.logFolder(logs);
        assertThat(dk.henvis.catalog.ProtectedPaths.clashWithFile(logs.resolve("henvis.log"))).isPresent();
        assertThat(dk.henvis.catalog.ProtectedPaths.clashWithFile(dir.resolve("logs.csv"))).isEmpty();
    }

    private void refused(String... args) throws Exception {
        String before = digest();
        int referrals;
        int offers;
        try (CoreServices s = Services.open(db)) {
            referrals = s.referrals().size();
            offers = s.offers().count();
        }
        CliRun r = CliRun.run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("aldrig overskrevet").contains("intet er skrevet");
        assertThat(digest()).as("the database file is untouched").isEqualTo(before);
        try (CoreServices s = Services.open(db)) {
            assertThat(s.referrals().size()).isEqualTo(referrals);
            assertThat(s.offers().count()).isEqualTo(offers);
        }
    }

    private String digest() throws Exception {
        try (CoreServices s = Services.open(db)) {
            s.database().jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(db)));
    }
}
