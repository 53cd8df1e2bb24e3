package dk.henvis.cli;

import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.app.Services;
import dk.henvis.core.CoreServices;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 3: a record with an impossible coordinate, age or time is refused at import naming the record
 * and field; a bad record already stored never breaks matching; a schedule that has ended is never a reason.
 */
class BadRecordTest {
    static final String GOOD = "{\"id\": \"kor\", \"name\": \"Seniorkor\", \"description\": \"Vi synger\","
            + " \"service_at_locations\": [{\"location\": {\"id\": \"l1\", \"latitude\": 55.84, \"longitude\": 12.07}}]}";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void seed() throws IOException {
        db = dir.resolve("henvis.db");
        CliRun r = run("import", "--db", db.toString(), "--source", "kommune", write("good.json", "[" + GOOD + "]")
                .toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    List<Offer> offers() {
        try (CoreServices s = Services.open(db)) {
            return s.offers().all();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"service_at_locations\": [{\"location\": {\"id\": \"x\", \"latitude\": 100, \"longitude\": 101}}]"
                + "|service_at_locations[0].location.latitude|100",
        "\"service_at_locations\": [{\"location\": {\"id\": \"x\", \"latitude\": 55, \"longitude\": -181}}]"
                + "|service_at_locations[0].location.longitude|-181",
        "\"minimum_age\": -1|minimum_age|-1",
        "\"maximum_age\": 150|maximum_age|150",
        "\"schedules\": [{\"freq\": \"WEEKLY\", \"byday\": \"TU\", \"opens_at\": \"ti om morgenen\"}]"
                + "|schedules[0].opens_at|ti om morgenen",
    })
    void anImpossibleValueIsExitTwoNamingRecordAndFieldAndNothingChanges(String field, String path, String value)
            throws IOException {
        List<Offer> before = offers();
        Path bad = write("bad.json", "[{\"id\": \"ny\", \"name\": \"Ny\"}, " + GOOD + ", {\"id\": \"skak\","
                + " \"name\": \"Skak\", " + field + "}]");

        CliRun r = run("import", "--db", db.toString(), "--source", "kommune", bad.toString());

        assertThat(r.code()).as(r.out()).isEqualTo(HenvisCommand.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n")
                .contains("bad.json", "post 3", "'skak'", path, value);
        assertThat(offers()).isEqualTo(before);
    }

    @Test
    void aKultunautCoordinateOffTheGlobeIsRefused() throws IOException {
        Path bad = write("kn.json", "{\"result\": [{\"Id\": 7, \"Title\": \"Koncert\", \"Startdate\": \"01-12-2026\","
                + " \"Lat\": \"95.2\", \"Lon\": \"12.1\"}]}");

        CliRun r = run("import", "--db", db.toString(), bad.toString());

        assertThat(r.code()).isEqualTo(HenvisCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("kn.json", "post 1", "Lat", "breddegrad");
    }

    @Test
    void aStoredRecordWithAnImpossibleCoordinateDoesNotBreakMatching() throws Exception {
        try (CoreServices s = Services.open(db)) {
            Offer good = s.offers().all().get(0);
            Offer broken = new Offer(new OfferKey("gammel", "g1"), "Sangcafé", null, "Vi synger sammen", null, null,
                    null, null, List.of(new Location("l", "Huset", null, "3600", "Frederikssund", 100.0, 101.0, null,
                            null, null, false)), null, null, null, null, null, null, null, null, null, null, null,
                    false, null, null);
            s.offers().write("gammel", OfferStore.Mode.WITHDRAW_MISSING, Instant.now(), sink -> sink.accept(broken));
            assertThat(good.name()).isEqualTo("Seniorkor");
        }
        Path profile = write("p.json", "{\"home\": {\"lat\": 55.84, \"lon\": 12.06}, \"interests\": [\"synge\"],"
                + " \"maxDistanceKm\": 20}");

        CliRun r = run("match", "--db", db.toString(), "--profile", profile.toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode matches = new ObjectMapper().readTree(r.out()).get("matches");
        assertThat(matches.findValuesAsText("id")).contains("kor");
    }

    @Test
    void aScheduleThatHasEndedIsNeverGivenAsAReason() throws Exception {
        Path file = write("ended.json", "[{\"id\": \"kor\", \"name\": \"Seniorkor\", \"description\": \"Vi synger\","
                + " \"schedules\": [{\"freq\": \"WEEKLY\", \"byday\": \"TH,FR\", \"opens_at\": \"10:00:00\","
                + " \"closes_at\": \"18:00:00\", \"valid_from\": \"2005-01-01\", \"valid_to\": \"2005-01-01\"},"
                + " {\"freq\": \"WEEKLY\", \"byday\": \"MO\", \"opens_at\": \"14:00\", \"closes_at\": \"16:00\"}]}]");
        assertThat(run("import", "--db", db.toString(), "--source", "kommune", file.toString()).code()).isZero();
        Path profile = write("p.json", "{\"interests\": [\"synge\"]}");

        CliRun r = run("match", "--db", db.toString(), "--profile", profile.toString(), "--today", "2026-12-01",
                "--json");

        assertThat(r.code()).as(r.err()).isZero();
        String reasons = new ObjectMapper().readTree(r.out()).get("matches").get(0).get("reasons").toString();
        assertThat(reasons).contains("Mandage").doesNotContain("Torsdage").doesNotContain("torsdage");
    }
}
