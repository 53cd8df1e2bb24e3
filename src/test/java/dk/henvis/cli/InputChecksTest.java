package dk.henvis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.TestOffers;
import dk.henvis.matching.ProfileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 8: the same input checks wherever the same input arrives; each refusal is exit 2 and one line. */
class InputChecksTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void catalogue() {
        db = TestOffers.catalogue(dir.resolve("h.db"), "kommunen", TestOffers.offer("kommunen", "kor", "Seniorkoret"));
    }

    @Test
    void anEmptyProfileIsBadInput() throws Exception {
        Path empty = Files.createFile(dir.resolve("tom.json"));
        CliRun r = CliRun.run("match", "--db", db.toString(), "--profile", empty.toString());
        refused(r, "tom.json");
    }

    @Test
    void aProfileAboveTheLimitIsRefusedBeforeItIsParsed() throws Exception {
        Path big = dir.resolve("stor.json");
        StringBuilder words = new StringBuilder("{\"interests\":[");
        while (words.length() < ProfileReader.MAX_BYTES + 10) {
            words.append("\"strikke\",");
        }
        words.append("\"kor\"]}");
        Files.writeString(big, words);
        refused(CliRun.run("match", "--db", db.toString(), "--profile", big.toString()), "stor.json");
    }

    @Test
    void handoutChecksThePostcodeAsMatchDoes() {
        Path pdf = dir.resolve("h.pdf");
        CliRun r = CliRun.run("handout", "--db", db.toString(), "--offer", "kor", "--postcode", "9999",
                "--out", pdf.toString());
        refused(r, "9999");
        assertThat(pdf).doesNotExist();
        assertThat(CliRun.run("handout", "--db", db.toString(), "--offer", "kor", "--postcode", "3600",
                "--out", pdf.toString()).code()).isZero();
    }

    @Test
    void sourcesAddTakesOnlyHttpAddressesAndExistingPaths() {
        refused(CliRun.run("sources", "add", "--db", db.toString(), "--name", "ftp", "--kind", "hsds-json",
                "--location", "ftp://kommune.dk/katalog.json"), "ftp://kommune.dk/katalog.json");
        refused(CliRun.run("sources", "add", "--db", db.toString(), "--name", "væk", "--kind", "hsds-json",
                "--location", dir.resolve("væk.json").toString()), "væk.json");
        assertThat(CliRun.run("sources", "list", "--db", db.toString()).out()).doesNotContain("ftp").doesNotContain("væk");
        assertThat(CliRun.run("sources", "add", "--db", db.toString(), "--name", "web", "--kind", "hsds-json",
                "--location", "https://kommune.dk/katalog.json").code()).isZero();
    }

    @Test
    void theFlagsFolderMustExistAsAFolder() throws Exception {
        refused(CliRun.run("flags", "folder", "--db", db.toString(), "--set", dir.resolve("mangler").toString()),
                "mangler");
        Path file = Files.createFile(dir.resolve("fil.txt"));
        refused(CliRun.run("flags", "folder", "--db", db.toString(), "--set", file.toString()), "fil.txt");
        assertThat(CliRun.run("flags", "folder", "--db", db.toString()).out()).doesNotContain("mangler");
    }

    @Test
    void utf16JsonIsRefusedByImportAndBySyncAlike() throws Exception {
        Path u16 = dir.resolve("u16.json");
        Files.write(u16, "\uFEFF[{\"id\":\"1\",\"name\":\"Kor\"}]".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        CliRun imported = CliRun.run("import", "--db", db.toString(), "--source", "u16", u16.toString());
        refused(imported, "u16.json");
        assertThat(imported.err()).contains("UTF-8");
        assertThat(CliRun.run("sources", "add", "--db", db.toString(), "--name", "u16", "--kind", "hsds-json",
                "--location", u16.toString()).code()).isZero();
        CliRun synced = CliRun.run("sync", "--db", db.toString());
        assertThat(synced.code()).isEqualTo(2);
        assertThat(synced.out() + synced.err()).contains("u16.json").contains("UTF-8");
        assertThat(CliRun.run("offers", "--db", db.toString()).out()).doesNotContain("u16");
    }

    @Test
    void aNamedPipeIsRefusedAtOnceInsteadOfHangingTheImport() throws Exception {
        Path fifo = dir.resolve("kilde.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        CliRun r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> CliRun.run("import", "--db", db.toString(), fifo.toString()));
        refused(r, "kilde.json");
        refused(CliRun.run("sources", "add", "--db", db.toString(), "--name", "pipe", "--kind", "hsds-json",
                "--location", fifo.toString()), "kilde.json");
    }

    private static void refused(CliRun r, String naming) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains(naming);
    }
}
