package dk.henvis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analyzer works out each distinct word once (issue 17); the tokens must be exactly those of Lucene's
 * whole chain over the text — stems, parts, surfaces and offsets — or matching would change.
 */
class PerWordChainTest {
    private static final DanishTextAnalyzer ANALYZER = InterestVocabulary.bundled().analyzer();

    @Test
    void realListingsGiveTheSameTokensAsTheWholeChain() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path dir : List.of(Path.of("sample-data"), Path.of("src/test/resources/matching/messy"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(1000);
        int tokens = 0;
        DanishTextAnalyzer.WordMemory memory = new DanishTextAnalyzer.WordMemory();
        for (String line : lines) {
            List<DanishTextAnalyzer.Token> expected = ANALYZER.tokens(line);
            assertThat(ANALYZER.tokens(line, memory)).as(line).isEqualTo(expected);
            // a second time from what was remembered
            assertThat(ANALYZER.tokens(line, memory)).as(line).isEqualTo(expected);
            tokens += expected.size();
        }
        assertThat(tokens).isGreaterThan(10_000);
    }

    @Test
    void oddTextGivesTheSameTokensAsTheWholeChain() {
        List<String> texts = new ArrayList<>(List.of("Strikke-Café for ALLE 60+ (kr. 20,-)", "KRÖLLE Ärø i kælderen",
                "bi\u00ADblio\u00ADtek og Fællessang", "e-mail: info@forening.dk, www.forening.dk/strikke",
                "Hjertestartere 🫀 og førstehjælp", "3.5 km – kl. 19:45 – 1.150 kr.", "Sangkoret synger sange",
                "træningsholdet's træhuset’s", "İstanbul ß ﬁ Ⅻ ½", "a".repeat(300), "Trin for trin: gå-tur!"));
        Random random = new Random(17);
        String letters = "aeiouæøåbdfgklmnprstvy -.,'’/&+0123456789ÉéäöüÆØÅ\u00AD\n";
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                sb.append(letters.charAt(random.nextInt(letters.length())));
            }
            texts.add(sb.toString());
        }
        DanishTextAnalyzer.WordMemory memory = new DanishTextAnalyzer.WordMemory();
        for (String t : texts) {
            assertThat(ANALYZER.tokens(t, memory)).as(t).isEqualTo(ANALYZER.tokens(t));
        }
    }
}
