package dk.henvis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.UclaScore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The referral log keeps no exact age: a scan of every file in the data folder finds none. */
class ReferralPrivacyTest {
    @TempDir
    Path dataFolder;

    int run(String... args) {
        return HenvisCommand.run(Services::open, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                args);
    }

    @Test
    void theExactAgeIsStoredNowhereOnlyItsBand() throws Exception {
        Path db = dataFolder.resolve("henvis.db");
        String code;
        try (Services s = Services.open(db)) {
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
