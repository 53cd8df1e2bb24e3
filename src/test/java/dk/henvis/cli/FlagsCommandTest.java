package dk.henvis.cli;

import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flags} and {@code stale} on the command line: a flag goes from a laptop to the coordinator and back. */
class FlagsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFlagTravelsFromALaptopToTheCoordinatorAndBackResolved() throws Exception {
        String coordinator = dir.resolve("koordinator/henvis.db").toString();
        String laptop = dir.resolve("laptop/henvis.db").toString();
        Path share = Files.createDirectories(dir.resolve("faelles"));
        Path catalogue = share.resolve("henvis-katalog.json");
        Path source = dir.resolve("kilde.json");
        Files.writeString(source, "[{\"id\":\"laes-1\",\"name\":\"Læseklubben\",\"assured_date\":\"2024-01-10\"},"
                + "{\"id\":\"kor-1\",\"name\":\"Seniorkoret\",\"assured_date\":\"2026-11-01\"}]");
        assertOk(run("import", "--db", coordinator, "--source", "henvis", source.toString()));
        assertOk(run("export", "--db", coordinator, "--format", "hsds-json", "--out", catalogue.toString()));
        assertOk(run("sources", "add", "--db", laptop, "--name", "kommunen", "--kind", "hsds-json",
                "--location", catalogue.toString()));
        assertOk(run("sync", "--db", laptop));

        CliRun cpr = run("flags", "add", "--db", laptop, "--offer", "laes-1", "--text", "Borger 010150-1234 blev afvist");
        assertThat(cpr.code()).isEqualTo(2);
        assertThat(cpr.err()).contains("CPR");
        assertOk(run("flags", "add", "--db", laptop, "--offer", "laes-1", "--text", "Holdet er flyttet til torsdag"));
        CliRun sync = run("sync", "--db", laptop);
        assertOk(sync);
        assertThat(sync.out()).contains("Fejlmeldinger: 1 åbne sendt").contains(share.toString());

        assertOk(run("flags", "folder", "--db", coordinator, "--set", share.toString()));
        CliRun collect = run("flags", "exchange", "--db", coordinator, "--coordinator");
        assertOk(collect);
        assertThat(collect.out()).contains("1 nye hentet");
        JsonNode open = json(run("flags", "list", "--db", coordinator, "--open", "--json"));
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("source").asText()).isEqualTo("henvis");
        assertThat(open.get(0).get("text").asText()).isEqualTo("Holdet er flyttet til torsdag");
        assertOk(run("flags", "resolve", "--db", coordinator, "--id", open.get(0).get("id").asText()));
        assertThat(run("flags", "resolve", "--db", coordinator, "--id", "nope").code()).isEqualTo(2);
        assertOk(run("flags", "exchange", "--db", coordinator, "--coordinator"));

        CliRun back = run("sync", "--db", laptop);
        assertThat(back.out()).contains("1 meldt løst af koordinatoren");
        JsonNode mine = json(run("flags", "list", "--db", laptop, "--json"));
        assertThat(mine.get(0).get("status").asText()).isEqualTo("resolved");
    }

    @Test
    void aBadFlagFileIsExitTwoAndImportsNothing() throws Exception {
        String db = dir.resolve("h.db").toString();
        Path bad = dir.resolve("fejlmeldinger-x.json");
        Files.writeString(bad, "{\"format\":\"henvis-flags\",\"version\":9,\"installation\":\"x\",\"written\":\"2026-11-27\","
                + "\"flags\":[]}");
        CliRun r = run("flags", "import", "--db", db, bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("fejlmeldinger-x.json").contains("nyere");
        assertThat(run("flags", "list", "--db", db).out()).contains("ingen fejlmeldinger");
    }

    @Test
    void staleListsTheOldestFirstAndCheckRemovesAnOffer() throws Exception {
        String db = dir.resolve("h.db").toString();
        Path source = dir.resolve("kilde.json");
        Files.writeString(source, "[{\"id\":\"a\",\"name\":\"Ældre\",\"assured_date\":\"2024-01-10\"},"
                + "{\"id\":\"b\",\"name\":\"Aldrig\"},{\"id\":\"c\",\"name\":\"Ny\",\"assured_date\":\"2099-01-01\"}]");
        assertOk(run("import", "--db", db, "--source", "henvis", source.toString()));
        JsonNode stale = json(run("stale", "list", "--db", db, "--json"));
        assertThat(stale).hasSize(2);
        assertThat(stale.get(0).get("id").asText()).isEqualTo("b");
        assertThat(stale.get(1).get("id").asText()).isEqualTo("a");
        assertOk(run("stale", "check", "--db", db, "--offer", "a"));
        assertThat(json(run("stale", "list", "--db", db, "--json"))).hasSize(1);
        assertThat(run("stale", "list", "--db", db, "--months", "0").code()).isEqualTo(2);
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertOk(r);
        return new ObjectMapper().readTree(r.out());
    }

    private static void assertOk(CliRun r) {
        assertThat(r.code()).as(r.err()).isZero();
    }
}
