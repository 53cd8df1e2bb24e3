package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer: whole or not at all, no temporary file left behind, the caller's words in the error. */
class AtomicFilesTest {
    private static final AtomicFiles.Texts HANDOUT = new AtomicFiles.Texts("handout.error.noFolder",
            "handout.error.isFolder", "handout.error.notWritable");

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWhole() throws IOException {
        Path target = dir.resolve("ud.txt");
        Files.writeString(target, "gammel");
        AtomicFiles.write(target, HANDOUT, "ny".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("ny");
        assertThat(names()).containsExactly("ud.txt");
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoTemporaryCopy() throws IOException {
        Path target = dir.resolve("ud.txt");
        Files.writeString(target, "gammel");
        assertThatThrownBy(() -> AtomicFiles.write(target, HANDOUT, out -> {
            out.write("halv".getBytes(StandardCharsets.UTF_8));
            throw new IOException("Ingen plads tilbage på enheden");
        })).isInstanceOf(BadInputException.class)
                .hasMessage("Kan ikke skrive " + target + ": Ingen plads tilbage på enheden");
        assertThat(Files.readString(target)).isEqualTo("gammel");
        assertThat(names()).containsExactly("ud.txt");
    }

    @Test
    void theCallersMessagesNameAMissingFolderAndAFolderInTheWay() throws IOException {
        Path missing = dir.resolve("mangler").resolve("ud.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(missing, HANDOUT, new byte[1]))
                .hasMessage("Kan ikke skrive " + missing + ": mappen findes ikke");
        Path folder = Files.createDirectory(dir.resolve("mappe.pdf"));
        assertThatThrownBy(() -> AtomicFiles.write(folder, AtomicFiles.EXPORT, new byte[1]))
                .hasMessage(folder + ": er en mappe; angiv en fil, fx katalog.json");
        assertThat(names()).containsExactly("mappe.pdf");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
