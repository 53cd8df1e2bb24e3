package dk.henvis.cli;

import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sources add|list|...} and {@code sync} on the command line, as contract §1 states them. */
class SyncCommandsTest {
    @TempDir
    Path dir;

    @Test
    void addListAndSyncAFileSource() throws Exception {
        String db = dir.resolve("h.db").toString();
        Path file = dir.resolve("drev/services.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[{\"id\":\"s1\",\"name\":\"Sangkor\"},{\"id\":\"s2\",\"name\":\"Strikkecafé\"}]");

        CliRun add = run("sources", "add", "--db", db, "--name", "kommunen", "--kind", "hsds-json",
                "--location", file.toString());
        assertThat(add.code()).as(add.err()).isZero();
        CliRun sync = run("sync", "--db", db);
        assertThat(sync.code()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("kommunen: 2 nye, 0 ændrede, 0 trukket tilbage");
        assertThat(run("offers", "--db", db).out()).contains("Sangkor").contains("Strikkecafé");

        CliRun list = run("sources", "list", "--db", db, "--json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonNode src = new ObjectMapper().readTree(list.out()).get(0);
        assertThat(src.get("name").asText()).isEqualTo("kommunen");
        assertThat(src.get("kind").asText()).isEqualTo("hsds-json");
        assertThat(src.get("outcome").asText()).isEqualTo("updated");
        assertThat(src.get("added").asInt()).isEqualTo(2);
        assertThat(src.get("lastSync").isNull()).isFalse();
        assertThat(run("sources", "list", "--db", db).out()).contains("kommunen").contains("ok");
    }

    @Test
    void failingSourceExitsNonZeroWithTheReasonAndTheOthersStillSync() throws Exception {
        String db = dir.resolve("h.db").toString();
        Path good = dir.resolve("good.json");
        Path bad = dir.resolve("bad.json");
        Files.writeString(good, "[{\"id\":\"g1\",\"name\":\"Gåtur\"}]");
        Files.writeString(bad, "[{\"id\":\"b1\",\"name\":");
        run("sources", "add", "--db", db, "--name", "god", "--kind", "hsds-json", "--location", good.toString());
        run("sources", "add", "--db", db, "--name", "skidt", "--kind", "hsds-json", "--location", bad.toString());

        CliRun sync = run("sync", "--db", db);

        assertThat(sync.code()).isEqualTo(2);
        assertThat(sync.err()).contains("skidt: FEJL").contains("sidste gode opdatering: aldrig");
        assertThat(sync.out()).contains("god: 1 nye");
        CliRun list = run("sources", "list", "--db", db);
        assertThat(list.out()).contains("fejl: ");
    }

    @Test
    void badUsageIsExitTwoWithAClearLine() {
        String db = dir.resolve("h.db").toString();
        CliRun badKind = run("sources", "add", "--db", db, "--name", "x", "--kind", "csv", "--location", "/tmp/x");
        assertThat(badKind.code()).isEqualTo(2);
        assertThat(badKind.err()).contains("Ukendt kildetype 'csv'");
        // a file location must exist when it is added (issue 18)
        Path existing = dir.resolve("x.json");
        try {
            Files.writeString(existing, "[]");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(run("sources", "add", "--db", db, "--name", "x", "--kind", "hsds-json", "--location",
                existing.toString()).code()).isZero();
        assertThat(run("sources", "add", "--db", db, "--name", "x", "--kind", "hsds-json", "--location", "/y")
                .err()).contains("findes allerede");
        CliRun unknown = run("sync", "--db", db, "--source", "ingen");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("ingen kilde med navnet 'ingen'");
        assertThat(run("sources", "disable", "--db", db, "--name", "x").code()).isZero();
        assertThat(run("sync", "--db", db).out()).contains("ingen aktive kilder");
        assertThat(run("sources", "remove", "--db", db, "--name", "x").code()).isZero();
        assertThat(run("sources", "list", "--db", db).out()).contains("Der er ingen kilder");
    }
}
