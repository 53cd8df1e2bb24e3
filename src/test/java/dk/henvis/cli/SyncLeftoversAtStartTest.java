package dk.henvis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.core.CoreServices;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, item 9: the copy a killed sync left in {@code sync-tmp} is removed at the next start. */
class SyncLeftoversAtStartTest {
    @TempDir
    Path dir;

    @Test
    void aKilledSyncsCopyIsGoneAfterTheNextStart() throws Exception {
        Path db = dir.resolve("henvis.db");
        try (CoreServices s = Services.open(db)) {
            assertThat(s.offers().count()).isZero();
        }
        Process killed = new ProcessBuilder("true").start();
        killed.waitFor();
        Path copy = Files.createDirectories(dir.resolve("sync-tmp/sync-p" + killed.pid() + "-4711/kilde"));
        Files.write(copy.resolve("page-1"), new byte[512 * 1024]);

        try (CoreServices s = Services.open(db)) {
            assertThat(s.offers().count()).isZero();
        }

        assertThat(dir.resolve("sync-tmp/sync-p" + killed.pid() + "-4711")).doesNotExist();
    }
}
