package dk.henvis.handout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Cost;
import dk.henvis.ui.common.OfferText;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The citizen reads the same price on the handout as the worker saw on the screen. */
class PriceOnScreenAndPaperTest {
    @Test
    void anAmountWithOereReadsTheSameOnScreenAndOnPaper() {
        for (String amount : new String[] {"22.5", "20", "1250", "0.75"}) {
            Cost cost = new Cost(new BigDecimal(amount), null);
            assertThat(OfferText.price(cost)).as(amount).isEqualTo(HandoutTexts.price(cost));
        }
        assertThat(OfferText.price(new Cost(new BigDecimal("22.5"), null))).isEqualTo("22,50 kr.");
    }
}
