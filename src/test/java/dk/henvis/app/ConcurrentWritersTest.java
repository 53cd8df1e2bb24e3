package dk.henvis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two command-line processes on one database wait for each other instead of failing. */
class ConcurrentWritersTest {
    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingAtOnceBothSucceed() throws Exception {
        Path db = dir.resolve("shared.db");
        Services.open(db); // the schema exists before both start, as after a first run
        int rounds = 30;

        Process a = ChildJvm.start(dir, Map.of(), ConcurrentWriter.class, db.toString(), "a", String.valueOf(rounds));
        Process b = ChildJvm.start(dir, Map.of(), ConcurrentWriter.class, db.toString(), "b", String.valueOf(rounds));

        assertThat(a.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).as(output()).isZero();
        assertThat(b.exitValue()).as(output()).isZero();
        assertThat(Services.open(db).offers().count()).isEqualTo(2 * rounds * 5);
    }

    private String output() throws java.io.IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".out")).toList()) {
                all.append(Files.readString(p));
            }
        }
        return all.toString();
    }
}
