package dk.henvis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written word scan of {@link ProperNames} (issue 17) reads letters and numbers as the pattern did. */
class ProperNamesWordsTest {
    @Test
    void letterOrNumberIsTheCharacterClassOfLettersAndNumbers() {
        Pattern classOf = Pattern.compile("[\\p{L}\\p{N}]");
        for (int cp = 0; cp <= 0x2FFFF; cp++) {
            boolean expected = classOf.matcher(new String(Character.toChars(cp))).matches();
            assertThat(ProperNames.letterOrNumber(cp)).as("U+%04X", cp).isEqualTo(expected);
        }
    }

    @Test
    void namesInsideSentencesAreMaskedAndKnownWordsAreNot() {
        InterestVocabulary v = InterestVocabulary.bundled();
        String text = "Vi synger i Nordskoven hos Bentes Kor. Strik og Kaffe’s hygge, 2½ time.";
        String masked = ProperNames.mask(text, null, "Sangkor", v);
        assertThat(masked).hasSameSizeAs(text).doesNotContain("Nordskoven").doesNotContain("Bentes")
                .contains("Vi synger").contains("Strik og");
    }
}
