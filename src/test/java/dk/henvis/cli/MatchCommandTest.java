package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.app.Services;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.TestOffers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code henvis match}: contract §3 JSON on stdout; a bad profile is exit 2 naming key and value. */
class MatchCommandTest {
    @TempDir
    Path dir;
    Path db;

    Path profile(String json) throws Exception {
        Path p = dir.resolve("p" + System.nanoTime() + ".json");
        Files.writeString(p, json, StandardCharsets.UTF_8);
        return p;
    }

    @BeforeEach
    void catalogue() {
        db = dir.resolve("h.db");
        try (CoreServices s = Services.open(db)) {
            OfferStore store = s.offers();
            store.write("test", OfferStore.Mode.MERGE, Instant.parse("2026-11-01T10:00:00Z"), sink -> {
                sink.accept(TestOffers.offer("test", "kor-1", "Seniorkoret"));
                sink.accept(TestOffers.offer("test", "strik-1", "Strikkecafé", "Vi strikker og drikker kaffe"));
            });
        }
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Path p = profile("{\"age\": 78, \"postcode\": \"3600\", \"interests\": [\"synge\"], \"needs\": [\"free\"],"
                + " \"unknownKey\": [1, 2]}");
        CliRun r = run("match", "--db", db.toString(), "--profile", p.toString(), "--today", "2026-12-01", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("excluded").intValue()).isZero();
        JsonNode first = json.get("matches").get(0);
        assertThat(first.get("id").textValue()).isEqualTo("kor-1");
        assertThat(first.get("name").textValue()).isEqualTo("Seniorkoret");
        assertThat(first.get("score").doubleValue()).isBetween(0.0, 1.0);
        assertThat(first.get("distanceKm").doubleValue()).isEqualTo(0.0);
        assertThat(first.get("next").textValue()).isEqualTo("2026-12-01T10:00");
        assertThat(first.get("reasons").get(0).textValue()).isEqualTo("Seniorkoret i navnet – passer til 'synge'");
        assertThat(json.get("matches")).hasSize(2);
        assertThat(json.get("unmatched")).isEmpty();
        List<String> keys = List.of("id", "name", "score", "distanceKm", "next", "reasons");
        first.fieldNames().forEachRemaining(k -> assertThat(keys).contains(k));
    }

    @Test
    void aPostcodeInTheOffersTownIsInTheSameTownNotZeroKilometres() throws Exception {
        // the citizen gave only a postcode (3600): the distance is measured from the town's centre
        Path p = profile("{\"postcode\": \"3600\", \"interests\": [\"synge\"]}");
        CliRun json = run("match", "--db", db.toString(), "--profile", p.toString(), "--today", "2026-12-01", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode first = new ObjectMapper().readTree(json.out()).get("matches").get(0);
        assertThat(first.get("distanceKm").doubleValue()).as("the number keeps its meaning").isEqualTo(0.0);
        List<String> reasons = new java.util.ArrayList<>();
        first.get("reasons").forEach(n -> reasons.add(n.textValue()));
        assertThat(reasons).contains("I samme by, bus 312 holder ved døren").noneMatch(r -> r.contains("0,0 km"));

        CliRun text = run("match", "--db", db.toString(), "--profile", p.toString(), "--today", "2026-12-01");
        assertThat(text.out()).contains("– I samme by, bus 312 holder ved døren").doesNotContain("0,0 km");
    }

    @Test
    void topLimitsAndPlainTextIsReadable() throws Exception {
        Path p = profile("{\"interests\": [\"strikke\"]}");
        CliRun r = run("match", "--db", db.toString(), "--profile", p.toString(), "--top", "1", "--today", "2026-12-01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1. Strikkecafé").doesNotContain("Seniorkoret")
                .contains("Strikkecafé i navnet");
    }

    @Test
    void anInterestNoOfferSpeaksOfIsSaidOutLoud() throws Exception {
        Path p = profile("{\"interests\": [\"paragliding\"], \"sex\": \"female\"}");
        CliRun text = run("match", "--db", db.toString(), "--profile", p.toString(), "--today", "2026-12-01");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("Ingen tilbud handler om 'paragliding'");
        CliRun json = run("match", "--db", db.toString(), "--profile", p.toString(), "--today", "2026-12-01",
                "--json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("unmatched").get(0).textValue()).isEqualTo("paragliding");
        assertThat(root.get("nothingFits").booleanValue()).isTrue();
    }

    @Test
    void emptyProfileIsNotAnError() throws Exception {
        CliRun r = run("match", "--db", db.toString(), "--profile", profile("{}").toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("matches")).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"age\": 130}|age|130",
        "{\"age\": -1}|age|-1",
        "{\"age\": \"gammel\"}|age|gammel",
        "{\"postcode\": \"9999\"}|postcode|9999",
        "{\"postcode\": 3600}|postcode|3600",
        "{\"needs\": [\"wheelchair\", \"flying\"]}|needs|flying",
        "{\"interests\": \"synge\"}|interests|synge",
        "{\"availability\": [{\"day\": \"XX\", \"from\": \"09:00\", \"to\": \"12:00\"}]}|availability.day|XX",
        "{\"availability\": [{\"day\": \"TU\", \"from\": \"9 om morgenen\", \"to\": \"12:00\"}]}|availability.from|9 om morgenen",
        "{\"availability\": [{\"day\": \"TU\", \"from\": \"09:00\", \"to\": \"25:00\"}]}|availability.to|25:00",
        "{\"focus\": \"meget\"}|focus|meget",
        "{\"maxDistanceKm\": \"ti\"}|maxDistanceKm|ti",
        "{\"home\": {\"lat\": \"nord\", \"lon\": 12}}|home.lat|nord",
        "{\"sex\": \"kvinde\"}|sex|kvinde",
        "{\"sex\": 1}|sex|1",
    })
    void badProfileIsExitTwoWithOneLineNamingKeyAndValue(String json, String key, String value) throws Exception {
        Path p = profile(json);
        CliRun r = run("match", "--db", db.toString(), "--profile", p.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        String line = r.err().strip();
        assertThat(line).doesNotContain("\n").contains("\"" + key + "\"").contains(value)
                .contains(p.getFileName().toString());
    }

    @Test
    void malformedJsonAndMissingFileAreExitTwo() throws Exception {
        CliRun bad = run("match", "--db", db.toString(), "--profile", profile("{\"age\": 78,,}").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("JSON");
        CliRun missing = run("match", "--db", db.toString(), "--profile", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        CliRun today = run("match", "--db", db.toString(), "--profile", profile("{}").toString(), "--today", "i morgen");
        assertThat(today.code()).isEqualTo(2);
        assertThat(today.err()).contains("i morgen");
    }
}
