package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralCodeTest {

    @Test
    void codeIsSixReadableCharactersInTwoGroups() {
        for (int i = 0; i < 2000; i++) {
            String code = ReferralCode.generate();
            assertThat(code).matches("[ACDEFHJKMNPRTUVWXY3479]{3}-[ACDEFHJKMNPRTUVWXY3479]{3}");
            assertThat(ReferralCode.isValid(code)).isTrue();
        }
    }

    @Test
    void alphabetHasNoLookAlikes() {
        for (char c : "0O1IL2Z5S6G8BQ".toCharArray()) {
            assertThat(ReferralCode.ALPHABET).doesNotContain(String.valueOf(c));
        }
    }

    @Test
    void codesRarelyRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ReferralCode.generate());
        }
        assertThat(seen).hasSizeGreaterThan(9_990);
    }

    @Test
    void sameSeedGivesSameCode() {
        assertThat(ReferralCode.generate(new Random(7))).isEqualTo(ReferralCode.generate(new Random(7)));
    }

    @Test
    void typedCodesAreNormalised() {
        assertThat(ReferralCode.normalize("k7m 4tr")).contains("K7M-4TR");
        assertThat(ReferralCode.normalize(" K7M4TR ")).contains("K7M-4TR");
        assertThat(ReferralCode.normalize("K7M-4TR")).contains("K7M-4TR");
        assertThat(ReferralCode.normalize("K7M-4T")).isEmpty();
        assertThat(ReferralCode.normalize("K7M-4T0")).isEmpty();
        assertThat(ReferralCode.normalize(null)).isEmpty();
        assertThat(ReferralCode.isValid("k7m-4tr")).isFalse();
    }
}
