package dk.henvis.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    /** Every character is 1 point wide. */
    private static final LineBreaker.Measure MONO = s -> s.codePointCount(0, s.length());

    @Test
    void breaksAtSpacesWithinTheWidth() {
        assertThat(LineBreaker.wrap("en to tre fire fem", MONO, 9, 5)).containsExactly("en to tre", "fire fem");
    }

    @Test
    void tooLongTextEndsWithAnEllipsisAfterAWholeWord() {
        List<String> lines = LineBreaker.wrap("Vi synger danske sange, og bagefter drikker vi kaffe", MONO, 16, 2);
        assertThat(lines).containsExactly("Vi synger danske", "sange, og…");
        for (String line : lines) {
            assertThat(MONO.width(line)).isLessThanOrEqualTo(16);
        }
    }

    @Test
    void aTrailingCommaGivesWayToTheEllipsis() {
        assertThat(LineBreaker.wrap("kaffe, kage, sang", MONO, 13, 1)).containsExactly("kaffe, kage…");
    }

    @Test
    void onlyAWordWiderThanTheLineIsBrokenInside() {
        assertThat(LineBreaker.wrap("se https://example.dk/en/meget/lang/side", MONO, 12, 5))
                .containsExactly("se", "https://exam", "ple.dk/en/me", "get/lang/sid", "e");
        assertThat(LineBreaker.wrap("https://example.dk/en/meget/lang/side", MONO, 12, 1)).containsExactly("https://exa…");
    }

    @Test
    void noBreakSpaceKeepsWordsTogether() {
        assertThat(LineBreaker.wrap("ring tlf.\u00A012\u00A034\u00A056\u00A078", MONO, 16, 3))
                .containsExactly("ring", "tlf.\u00A012\u00A034\u00A056\u00A078");
    }

    @Test
    void emptyTextHasNoLines() {
        assertThat(LineBreaker.wrap("", MONO, 10, 3)).isEmpty();
        assertThat(LineBreaker.wrap(null, MONO, 10, 3)).isEmpty();
        assertThat(LineBreaker.wrap("tekst", MONO, 10, 0)).isEmpty();
    }
}
