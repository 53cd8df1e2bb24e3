package dk.henvis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Offer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a worker types finds offers that use other words for the same thing. */
class VocabularyTest {
    private static final InterestVocabulary VOCABULARY = InterestVocabulary.bundled();
    private static final List<Offer> CATALOGUE = List.of(
            OfferBuilder.offer("kor", "Kor for alle").description("Vi øver hver uge.").build(),
            OfferBuilder.offer("sangkor", "Jægerspris Sangkor").build(),
            OfferBuilder.offer("faellessang", "Fællessang på biblioteket").build(),
            OfferBuilder.offer("strikkecafe", "Strikkecafé").build(),
            OfferBuilder.offer("haandarbejde", "Håndarbejdsklubben").description("Vi mødes om håndarbejde.").build(),
            OfferBuilder.offer("bridge", "Bridgeklubben Slangerup").build(),
            OfferBuilder.offer("whist", "Whist i pensionistforeningen").build(),
            OfferBuilder.offer("gaaklub", "Gåklubben").build(),
            OfferBuilder.offer("vandre", "Vandregruppe ved fjorden").build(),
            OfferBuilder.offer("trae", "Træværkstedet").build(),
            OfferBuilder.offer("traening", "Træning for seniorer").build(),
            OfferBuilder.offer("kortfilm", "Kortfilmaften i biografen").build(),
            OfferBuilder.offer("lektie", "Lektiecafé").build());

    private static List<String> found(String interest) {
        MatchingService service = MatchingService.of(CATALOGUE, Gazetteer.bundled(), VOCABULARY);
        CitizenProfile p = new CitizenProfile(null, null, null, List.of(interest), null, null, null, null, null, null);
        MatchResult r = service.match(p, CATALOGUE.size(), LocalDate.of(2026, 12, 1));
        return r.matches().stream()
                .filter(m -> m.evidence().stream().anyMatch(e -> e.typed().equals(interest)))
                .map(m -> m.offer().id()).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "synge, kor sangkor faellessang",
        "sang, kor sangkor faellessang",
        "kor, kor sangkor faellessang",
        "strikke, strikkecafe haandarbejde",
        "strikning, strikkecafe haandarbejde",
        "kort, bridge whist",
        "kortspil, bridge whist",
        "gå ture, gaaklub vandre",
        "gåture, gaaklub vandre",
        "træ, trae",
    })
    void typedWordsFindOffersThatSayItOtherwise(String typed, String expected) {
        assertThat(found(typed)).containsExactlyInAnyOrder(expected.split(" "));
    }

    @Test
    void interestInAnyInflectionFindsTheSameConcept() {
        for (String typed : List.of("synge", "synger", "sang", "sange", "koret", "korsang")) {
            assertThat(VOCABULARY.interpret(typed).concepts().keySet())
                    .as(typed).contains(conceptId("Sang og kor"));
        }
    }

    @Test
    void trainingIsNotWoodwork() {
        assertThat(found("træ")).doesNotContain("traening");
        assertThat(found("motion")).contains("traening").doesNotContain("trae");
    }

    @Test
    void aeOeAaStayLetters() {
        DanishTextAnalyzer a = VOCABULARY.analyzer();
        assertThat(a.tokens("bål").get(0).stem()).isNotEqualTo(a.tokens("bal").get(0).stem());
        assertThat(a.tokens("søer").get(0).stem()).isNotEqualTo(a.tokens("soer").get(0).stem());
        assertThat(a.tokens("Café").get(0).stem()).isEqualTo(a.tokens("cafe").get(0).stem());
        assertThat(a.tokens("sø").get(0).stem()).isEqualTo("sø");
    }

    @Test
    void compoundsSplitIntoKnownParts() {
        assertThat(VOCABULARY.analyzer().tokens("strikkegruppen").stream().filter(DanishTextAnalyzer.Token::part)
                .map(DanishTextAnalyzer.Token::stem)).containsExactly("strik", "grup");
        assertThat(VOCABULARY.analyzer().tokens("træhuset").stream().filter(DanishTextAnalyzer.Token::part)
                .map(DanishTextAnalyzer.Token::stem)).containsExactly("træ", "hus");
        assertThat(VOCABULARY.analyzer().tokens("træningen").stream().filter(DanishTextAnalyzer.Token::part))
                .isEmpty();
    }

    @Test
    void hasAtLeastSixtyConceptsAndSuggests() {
        assertThat(VOCABULARY.concepts()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(VOCABULARY.labels()).contains("Sang og kor", "Kortspil", "Gåture");
        assertThat(VOCABULARY.suggest("stri", 5)).first().isEqualTo("Strik og håndarbejde");
        assertThat(VOCABULARY.suggest("stri", 12)).contains("strikkecafé");
        assertThat(VOCABULARY.suggest("kor", 10)).contains("Kortspil", "kor");
        assertThat(VOCABULARY.suggest("", 5)).isEmpty();
    }

    private static int conceptId(String label) {
        return VOCABULARY.concepts().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow().id();
    }

    @Test
    void oneSlipInALongWordFindsItsWordButNotAnotherKnownWord() {
        assertThat(VOCABULARY.interpret("stikke").concepts()).isNotEmpty();
        assertThat(VOCABULARY.interpret("stikke").concepts().keySet())
                .isEqualTo(VOCABULARY.interpret("strikke").concepts().keySet());
        assertThat(VOCABULARY.oneSlip("stikke")).isEqualTo("strikke");
        // short words are not guessed at; a word the catalogue knows is not corrected
        assertThat(VOCABULARY.oneSlip("sy")).isNull();
        assertThat(VOCABULARY.interpret("stikke", stem -> true).concepts()).isEmpty();
    }

    @Test
    void lookAlikesAndProperNamesAreNotEvidence() {
        List<Offer> offers = List.of(
                OfferBuilder.offer("rk", "Røde Kors Spiseklub").organisation("Røde Kors Frederikssund")
                        .description("Vi spiser sammen. Samtalerne ledes af frivillige.").build(),
                OfferBuilder.offer("as", "Gåtur").organisation("Ældre Sagen")
                        .description("Vi går en tur ved Korsvejen.").build(),
                OfferBuilder.offer("kor", "Sundby Sangkor").organisation("Sundby Sangkor").build());
        MatchingService service = MatchingService.of(offers, Gazetteer.bundled(), VOCABULARY);
        CitizenProfile synge = new CitizenProfile(null, null, null, List.of("synge"), null, null, null, null,
                List.of("ledig", "senior"), null);
        MatchResult r = service.match(synge, 10, LocalDate.of(2026, 12, 1));
        assertThat(r.matches()).extracting(m -> m.offer().id()).containsExactly("kor");
        assertThat(r.matches().get(0).reasons().get(0)).isEqualTo("Sangkor i navnet – passer til 'synge'");
    }
}
