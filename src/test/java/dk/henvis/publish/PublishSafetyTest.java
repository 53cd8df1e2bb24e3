package dk.henvis.publish;

import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.cli.CliRun;
import dk.henvis.catalog.BadInputException;
import dk.henvis.cli.HenvisCommand;
import dk.henvis.catalog.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing never half-replaces what staff laptops read: an unreachable target or a failure while writing
 * leaves the previously published files as they were, with one clear line; {@code henvis export} exits 2.
 */
class PublishSafetyTest {
    @TempDir
    Path dir;

    private Path seededDb() {
        Path db = dir.resolve("henvis.db");
        CliRun r = run("import", "--db", db.toString(), HsdsExportRoundTripTest.SAMPLE.toString());
        assertThat(r.code()).as(r.err()).isZero();
        return db;
    }

    @Test
    void exportWritesBothHsdsFormatsAndSaysHowMany() throws IOException {
        Path db = seededDb();
        CliRun json = run("export", "--db", db.toString(), "--format", "hsds-json", "--out",
                dir.resolve("katalog.json").toString());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("146 tilbud udgivet som hsds-json");
        CliRun pkg = run("export", "--db", db.toString(), "--format", "hsds-package", "--out",
                dir.resolve("pakke").toString());
        assertThat(pkg.code()).as(pkg.err()).isZero();
        CliRun again = run("export", "--db", db.toString(), "--format", "hsds-package", "--out",
                dir.resolve("pakke").toString());
        assertThat(again.code()).as("a previous package is replaced").isZero();
        assertThat(dir.resolve("pakke").resolve("services.csv")).exists();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void anUnreachableFolderIsExit2WithOneLineAndThePreviousFileStays() throws IOException {
        Path db = seededDb();
        CliRun r = run("export", "--db", db.toString(), "--format", "hsds-json", "--out",
                dir.resolve("ikke-monteret").resolve("katalog.json").toString());
        assertThat(r.code()).isEqualTo(HenvisCommand.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains("ikke-monteret").contains("findes ikke");

        CliRun bad = run("export", "--db", db.toString(), "--format", "pdf", "--out", dir.resolve("x").toString());
        assertThat(bad.code()).isEqualTo(HenvisCommand.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("pdf");
    }

    @Test
    void aFailureWhileWritingLeavesThePublishedFolderIntact() throws IOException {
        Path site = dir.resolve("udgivet");
        AtomicFiles.replaceFolder(site, p -> true, tmp -> Files.writeString(tmp.resolve("index.html"), "gammel"));

        assertThatThrownBy(() -> AtomicFiles.replaceFolder(site, p -> true, tmp -> {
            Files.writeString(tmp.resolve("index.html"), "ny");
            throw new IOException("No space left on device");
        })).isInstanceOf(BadInputException.class)
                .hasMessageContaining("udgivet").hasMessageContaining("No space left on device")
                .hasMessageContaining("uændrede");

        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("gammel");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("udgivet");
        }
    }

    @Test
    void aFailureWhileWritingLeavesThePublishedFileIntact() throws IOException {
        Path file = dir.resolve("katalog.json");
        Files.writeString(file, "[]");
        assertThatThrownBy(() -> AtomicFiles.write(file, AtomicFiles.EXPORT, out -> {
            out.write('[');
            throw new IOException("No space left on device");
        })).isInstanceOf(BadInputException.class).hasMessageContaining("katalog.json");
        assertThat(Files.readString(file)).isEqualTo("[]");
    }

    @Test
    void aFolderThatIsNotAnEarlierPublicationIsNeverReplaced() throws IOException {
        Path documents = dir.resolve("Dokumenter");
        Files.createDirectory(documents);
        Files.writeString(documents.resolve("budget.xlsx"), "vigtigt");
        assertThatThrownBy(() -> AtomicFiles.replaceFolder(documents, p -> false, tmp -> { }))
                .isInstanceOf(BadInputException.class).hasMessageContaining("ikke en tidligere udgivelse");
        assertThat(Files.readString(documents.resolve("budget.xlsx"))).isEqualTo("vigtigt");
    }
}
