package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.catalog.Offer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB catalogue file is streamed: the import runs in a child JVM with a 128 MB heap (reading the file
 * whole would need several times that). A good file lands; the same file with a new and a bad last record
 * appended exits 2, names the record and leaves the database as it was. Tagged "large" (about 2 x 10 s of
 * CPU); it runs in {@code mvn verify}.
 */
@Tag("large")
class LargeFileImportTest {
    private static final int RECORDS = 10_000;
    private static final int PADDING = 21_000;
    private static final long TARGET_BYTES = 200L * 1024 * 1024;

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    @Test
    void twoHundredMegabytesImportWithBoundedMemory() throws Exception {
        Path db = dir.resolve("henvis.db");
        Path good = generate(dir.resolve("stor.json"));
        assertThat(Files.size(good)).isGreaterThanOrEqualTo(TARGET_BYTES);

        Result ok = importInChildJvm(db, good);
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("10.000 nye");
        List<Offer> before = offers(db);
        assertThat(before).hasSize(RECORDS);
        Path bad = Files.move(good, dir.resolve("stor-fejl.json"));
        appendBadTail(bad);
        Result refused = importInChildJvm(db, bad);
        assertThat(refused.code()).as(refused.err()).isEqualTo(2);
        assertThat(refused.err().strip()).doesNotContain("\n").contains("stor-fejl.json", "post " + (RECORDS + 2),
                "minimum_age");
        assertThat(offers(db)).isEqualTo(before);
    }

    private static List<Offer> offers(Path db) {
        try (CoreServices s = Services.open(db)) {
            return s.offers().all();
        }
    }

    /** Streams RECORDS services of about 20 KB each (an unknown padding key) into the file. */
    private static Path generate(Path file) throws IOException {
        String padding = "x".repeat(PADDING);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("[\n");
            for (int i = 1; i <= RECORDS; i++) {
                w.write("{\"id\": \"stor-" + i + "\", \"name\": \"Tilbud nr. " + i
                        + "\", \"description\": \"Fællesskab i Frederikssund, hold " + i + "\", \"minimum_age\": 18,"
                        + " \"x_padding\": \"" + padding + "\"}");
                w.write(i < RECORDS ? ",\n" : "\n");
            }
            w.write("]\n");
        }
        return file;
    }

    /** Replaces the closing bracket with a new good record and a bad last one (minimum_age "tres"). */
    private static void appendBadTail(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() - "]\n".length());
            ch.position(ch.size());
            ch.write(ByteBuffer.wrap((",{\"id\": \"ny\", \"name\": \"Nyt tilbud\"},\n"
                    + "{\"id\": \"sidste\", \"name\": \"Sidste\", \"minimum_age\": \"tres\"}\n]\n")
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }

    private Result importInChildJvm(Path db, Path file) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"),
                "dk.henvis.app.Launcher", "import", "--db", db.toString(), file.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HENVIS_HOME", dir.resolve("home").toString());
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        pb.redirectOutput(out.toFile());
        pb.redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the import did not finish within 120 s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
