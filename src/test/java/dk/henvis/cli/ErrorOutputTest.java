package dk.henvis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 7: every error is one Danish line on stderr; --help still prints the usage. */
class ErrorOutputTest {
    @TempDir
    Path dir;

    @Test
    void xmlThatIsNotUtf8IsOneLineWithoutTheParsersFatalErrorLine() throws Exception {
        Path xml = dir.resolve("kultunaut.xml");
        byte[] head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<arrlist><arr><overskrift>Kor ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</overskrift></arr></arrlist>\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(head);
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(tail);
        Files.write(xml, bytes.toByteArray());

        StandardErr captured = captureStandardErr(() -> CliRun.run("import", "--db", dir.resolve("h.db").toString(),
                xml.toString()));
        assertThat(captured.run().code()).isEqualTo(2);
        assertThat(captured.run().err().strip()).doesNotContain("\n").contains("kultunaut.xml").contains("UTF-8");
        assertThat(captured.stderr()).doesNotContain("[Fatal Error]");
    }

    @Test
    void aBadNumberIsOneLineWithoutTheUsage() {
        CliRun r = CliRun.run("match", "--db", dir.resolve("h.db").toString(), "--profile", "p.json",
                "--top", "99999999999");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Usage").contains("--top")
                .contains("99999999999");
    }

    @Test
    void anUnknownOptionAndAMissingOneAreOneLineEach() {
        CliRun unknown = CliRun.run("stats", "--db", dir.resolve("h.db").toString(), "--csvv", "x.csv");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("--csvv").contains("--help");
        CliRun missing = CliRun.run("handout", "--db", dir.resolve("h.db").toString(), "--offer", "kor");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("mangler").contains("--out");
    }

    @Test
    void helpStillPrintsTheUsage() {
        CliRun r = CliRun.run("stats", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("--csv").contains("--pdf");
    }

    @Test
    void theProgramsHelpListsEverySubcommandAndAnUnknownOneIsOneLine() {
        // only the subcommand a run names is built (issue 17): help and a typo still see all of them
        CliRun help = CliRun.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("offers", "handout", "match", "import", "followup", "stats", "sources",
                "sync", "referrals", "export", "flags", "stale", "units");
        CliRun typo = CliRun.run("mach", "--db", dir.resolve("h.db").toString());
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err().strip()).doesNotContain("\n").contains("mach");
        assertThat(dir.resolve("h.db")).doesNotExist();
        CliRun nested = CliRun.run("sources", "--help");
        assertThat(nested.code()).isZero();
        assertThat(nested.out()).contains("add", "list");
    }

    @Test
    void aCatalogueFoundDamagedWhileReadingIsSaidPlainlyAndRestoredAtTheNextStart() throws Exception {
        Path db = dir.resolve("h.db");
        assertThat(CliRun.run("import", "--db", db.toString(), "sample-data/frederikssund-hsds.json").code()).isZero();
        try (var store = dk.henvis.catalog.Database.open(db).jdbi().open()) {
            store.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        new dk.henvis.catalog.Backups(db).create(dk.henvis.catalog.Database.open(db), java.time.Instant.now());
        assertThat(CliRun.run("offers", "--db", db.toString()).code()).isZero(); // checked, and closed cleanly
        // pages rot on the disk; the file's size and time stay
        var time = Files.getLastModifiedTime(db);
        try (var file = new java.io.RandomAccessFile(db.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[16384]);
        }
        Files.setLastModifiedTime(db, time);

        CliRun broken = CliRun.run("offers", "--db", db.toString(), "--json");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err().strip()).doesNotContain("\n").contains("beskadiget").contains("Start Henvis igen");

        CliRun next = CliRun.run("offers", "--db", db.toString(), "--json");
        assertThat(next.code()).as(next.err()).isZero();
        assertThat(next.out()).contains("\"id\"");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("h.db.damaged-"));
        }
    }

    @Test
    void aDbThatIsAJsonFileOrAFolderIsExitTwoSaidPlainly() throws Exception {
        Path json = dir.resolve("katalog.json");
        Files.writeString(json, "[{\"id\":\"1\",\"name\":\"Kor\"}]\n");
        byte[] before = Files.readAllBytes(json);
        CliRun file = CliRun.run("stats", "--db", json.toString());
        assertThat(file.code()).isEqualTo(2);
        assertThat(file.err().strip()).doesNotContain("\n").contains("ikke en Henvis-database")
                .doesNotContain("intern fejl").doesNotContain("diskfejl");
        assertThat(Files.readAllBytes(json)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();

        CliRun folder = CliRun.run("offers", "--db", dir.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err().strip()).doesNotContain("\n").contains("er en mappe");
    }

    @Test
    void aSyncErrorNamesTheSourceNotItsDeletedTemporaryCopy() throws Exception {
        Path broken = dir.resolve("kilde.json");
        Files.writeString(broken, "[{\"id\":\"1\",\"name\":\"Kor\"},{\"id\":\"2\",\"name\":");
        String db = dir.resolve("h.db").toString();
        assertThat(CliRun.run("sources", "add", "--db", db, "--name", "k", "--kind", "hsds-json", "--location",
                broken.toString()).code()).isZero();
        CliRun r = CliRun.run("sync", "--db", db);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out() + r.err()).contains(broken + ": ugyldig JSON").doesNotContain("sync-tmp");
    }

    private record StandardErr(CliRun run, String stderr) {
    }

    private static StandardErr captureStandardErr(Supplier<CliRun> action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            CliRun r = action.get();
            return new StandardErr(r, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
