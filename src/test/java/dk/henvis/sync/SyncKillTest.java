package dk.henvis.sync;

import dk.henvis.catalog.DatabaseGuard;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code henvis sync} as a child JVM against a large, slowly answering local source, kills it
 * (SIGKILL) at 20 random moments, and checks after each kill that SQLite's integrity check passes and
 * that the catalogue is either the complete old or the complete new state, never a mix.
 */
class SyncKillTest {
    static final int OFFERS = 1500;
    static final int KILLS = 20;
    static final int CHUNK = 16 * 1024;
    static final long CHUNK_PAUSE_MS = 12;

    @TempDir
    Path dir;
    TestSourceServer server;
    final AtomicReference<String> served = new AtomicReference<>();
    /** Released each time a child's request arrives, so kills land after the JVM has started. */
    final Semaphore arrived = new Semaphore(0);

    @BeforeEach
    void start() throws IOException {
        server = new TestSourceServer();
        server.on("/services.json", ex -> {
            arrived.release();
            byte[] body = served.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            OutputStream out = ex.getResponseBody();
            for (int off = 0; off < body.length; off += CHUNK) {
                out.write(body, off, Math.min(CHUNK, body.length - off));
                out.flush();
                SyncServiceTest.sleep(CHUNK_PAUSE_MS);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Version 1 has offers 0..N-1; version 2 drops the first 200, renames every tenth, adds 200 new. */
    static String version(int v) {
        StringBuilder sb = new StringBuilder("[");
        int from = v == 1 ? 0 : 200;
        int to = v == 1 ? OFFERS : OFFERS + 200;
        for (int i = from; i < to; i++) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            String name = v == 2 && i % 10 == 0 ? "Fællesskab " + i + " (ændret)" : "Fællesskab " + i;
            sb.append("{\"id\":\"s").append(i).append("\",\"name\":\"").append(name)
                    .append("\",\"description\":\"Vi mødes hver uge i huset og hygger os med kaffe, snak og ")
                    .append("aktiviteter for alle. Der er altid plads til nye, og man kan bare møde op.\"}");
        }
        return sb.append(']').toString();
    }

    /** The catalogue a worker sees: id and name of every offer not withdrawn. */
    static SortedSet<String> visible(Path db) throws SQLException {
        SortedSet<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT source_id, name FROM offer WHERE withdrawn_at IS NULL")) {
            while (rs.next()) {
                out.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return out;
    }

    static SortedSet<String> expected(int v) {
        SortedSet<String> out = new TreeSet<>();
        for (int i = v == 1 ? 0 : 200; i < (v == 1 ? OFFERS : OFFERS + 200); i++) {
            out.add("s" + i + "|" + (v == 2 && i % 10 == 0 ? "Fællesskab " + i + " (ændret)" : "Fællesskab " + i));
        }
        return out;
    }

    Process launch(Path db, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] base = {java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
            System.getProperty("java.class.path"), "dk.henvis.app.Launcher"};
        String[] cmd = new String[base.length + args.length];
        System.arraycopy(base, 0, cmd, 0, base.length);
        System.arraycopy(args, 0, cmd, base.length, args.length);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("child.log").toFile()));
        pb.environment().put("HENVIS_HOME", dir.toString());
        return pb.start();
    }

    @Test
    void killedSyncLeavesEitherTheWholeOldOrTheWholeNewCatalogue() throws Exception {
        Path db = dir.resolve("henvis.db");
        String dbArg = db.toString();
        assertThat(launch(db, "sources", "add", "--db", dbArg, "--name", "kommunen", "--kind", "hsds-json",
                "--location", server.url("/services.json")).waitFor()).isZero();
        served.set(version(1));
        long t = System.nanoTime();
        Process first = launch(db, "sync", "--db", dbArg);
        assertThat(arrived.tryAcquire(120, TimeUnit.SECONDS)).isTrue();
        long startMs = (System.nanoTime() - t) / 1_000_000;
        assertThat(first.waitFor()).as("a full run").isZero();
        long workMs = (System.nanoTime() - t) / 1_000_000 - startMs;
        assertThat(visible(db)).isEqualTo(expected(1));

        Random random = new Random(20261127L);
        int oldStates = 0;
        int newStates = 0;
        for (int i = 0; i < KILLS; i++) {
            SortedSet<String> before = visible(db);
            int target = before.equals(expected(1)) ? 2 : 1;
            served.set(version(target));
            arrived.drainPermits();
            Process child = launch(db, "sync", "--db", dbArg);
            long delay;
            boolean early = i % 5 == 0;
            if (early) {
                // while the program starts and opens the database
                delay = (long) (random.nextDouble() * startMs);
            } else {
                // from the request on: download, reading, backup, apply, commit, or just after
                assertThat(arrived.tryAcquire(120, TimeUnit.SECONDS)).isTrue();
                delay = (long) (random.nextDouble() * (workMs + 200));
            }
            if (!child.waitFor(delay, TimeUnit.MILLISECONDS)) {
                child.destroyForcibly();
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(DatabaseGuard.fault(db)).as("integrity after a kill at %d ms", delay).isEmpty();
            SortedSet<String> after = visible(db);
            if (after.equals(before)) {
                oldStates++;
            } else {
                assertThat(after).as("kill at %d ms: neither the old nor the new catalogue", delay)
                        .isEqualTo(expected(target));
                newStates++;
            }
        }
        System.out.printf("SyncKillTest: start %d ms, work %d ms; %d kills left the old, %d the new catalogue%n",
                startMs, workMs, oldStates, newStates);
    }
}
