package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Danish prices: whole kroner without decimals, øre always with two ("22,50 kr.", never "22,5 kr."). */
class PricesTest {
    @Test
    void wholeKronerHaveNoDecimalsAndOereAlwaysTwo() {
        assertThat(Prices.kroner(new BigDecimal("20"))).isEqualTo("20 kr.");
        assertThat(Prices.kroner(new BigDecimal("20.00"))).isEqualTo("20 kr.");
        assertThat(Prices.kroner(new BigDecimal("22.5"))).isEqualTo("22,50 kr.");
        assertThat(Prices.kroner(new BigDecimal("0.5"))).isEqualTo("0,50 kr.");
        assertThat(Prices.kroner(new BigDecimal("1250"))).isEqualTo("1.250 kr.");
        assertThat(Prices.kroner(new BigDecimal("1249.995"))).isEqualTo("1.250 kr.");
        assertThat(Prices.kroner(new BigDecimal("7.125"))).isEqualTo("7,13 kr.");
    }
}
