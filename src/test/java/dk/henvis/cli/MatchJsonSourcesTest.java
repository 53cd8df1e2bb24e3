package dk.henvis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.TestOffers;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.InterestVocabulary;
import dk.henvis.matching.MatchResult;
import dk.henvis.matching.MatchingService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** match --json names every source of a cross-source duplicate (an added key; contract §3 keys unchanged). */
class MatchJsonSourcesTest {
    @Test
    void aDuplicateFromTwoSourcesIsOneMatchWithBothSources() throws Exception {
        MatchingService matching = MatchingService.of(List.of(TestOffers.offer("kommunen", "1", "Seniorkor"),
                TestOffers.offer("kultunaut", "77", "Seniorkor"), TestOffers.offer("kommunen", "2", "Strikkecafé")),
                Gazetteer.bundled(), InterestVocabulary.bundled());
        MatchResult result = matching.match(CitizenProfile.EMPTY, 10, LocalDate.of(2026, 11, 27));
        JsonNode json = new ObjectMapper().readTree(MatchCommand.toJson(result));
        assertThat(json.get("matches")).hasSize(2);
        JsonNode kor = null;
        for (JsonNode m : json.get("matches")) {
            assertThat(m.has("id") && m.has("name") && m.has("score") && m.has("reasons")).isTrue();
            if (m.get("name").asText().equals("Seniorkor")) {
                kor = m;
            }
        }
        assertThat(kor).isNotNull();
        for (JsonNode m : json.get("matches")) {
            assertThat(m.has("sources")).as("only a duplicate gets the added key").isEqualTo(m == kor);
        }
        assertThat(kor.get("sources").toString()).isIn("[\"kommunen\",\"kultunaut\"]", "[\"kultunaut\",\"kommunen\"]");
        assertThat(json.get("excluded").asInt()).isZero();
    }
}
