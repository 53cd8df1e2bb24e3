package dk.henvis.referrals;

import dk.henvis.catalog.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReferralCodeTest {
    @Test
    void codesAreShortAndHaveNoLookAlikes() {
        assertShortVariedAndWithoutLookAlikes(new SplittableRandom(3));
    }

    /** 2,000 codes drawn from {@code random}: each of the short form without look-alikes, nearly all different. */
    private static void assertShortVariedAndWithoutLookAlikes(java.util.random.RandomGenerator random) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = ReferralCode.random(random).value();
            assertThat(code).matches("[A-Z0-9]{3}-[A-Z0-9]{3}").doesNotContainPattern("[0O1IL2Z5S8BQGUV6]");
            seen.add(code);
        }
        assertThat(seen).hasSizeGreaterThan(1990);
    }

    @Test
    void theLogsOwnRandomNumbersGiveCodesAsVariedAsTheyShould() {
        // the log's SecureRandom is made at the first draw (issue 17): the codes are still the secure ones
        assertShortVariedAndWithoutLookAlikes(ReferralLog.secureRandom());
        assertThat(ReferralCode.random(ReferralLog.secureRandom()).value())
                .isNotEqualTo(ReferralCode.random(ReferralLog.secureRandom()).value());
    }

    @Test
    void typedCodesAreReadInAnyCaseWithOrWithoutTheDash() {
        assertThat(ReferralCode.parse(" k7m 4tr ").value()).isEqualTo("K7M-4TR");
        assertThat(ReferralCode.parse("K7M4TR").value()).isEqualTo("K7M-4TR");
        assertThat(ReferralCode.normalize("k7m-4tr")).hasValue("K7M-4TR");
        assertThat(ReferralCode.isValid("K7M-4TR")).isTrue();
        assertThat(ReferralCode.isValid("k7m-4tr")).isFalse();
        assertThatThrownBy(() -> ReferralCode.parse("K7M-4T0")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("K7M-4T0");
        assertThatThrownBy(() -> ReferralCode.parse("K7M-4TRR")).isInstanceOf(BadInputException.class);
    }
}
