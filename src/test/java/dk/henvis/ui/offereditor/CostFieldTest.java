package dk.henvis.ui.offereditor;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Cost;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The price fields of the offer form, read as a Dane types them, and filled from a stored price. */
class CostFieldTest {

    @Test
    void anAmountIsReadWithACommaAndKroner() {
        assertThat(new CostField(PriceKind.AMOUNT, "25,50", "Kaffe inkl.").read().cost())
                .isEqualTo(new Cost(new BigDecimal("25.50"), "Kaffe inkl."));
        assertThat(new CostField(PriceKind.AMOUNT, "kr. 25", "").read().cost())
                .isEqualTo(new Cost(new BigDecimal("25"), null));
        assertThat(new CostField(PriceKind.AMOUNT, "25,-", " ").read().cost().amountDkk())
                .isEqualByComparingTo("25");
    }

    @Test
    void anAmountThatIsNotANumberOrMissingIsAMessageAtThePrice() {
        CostField.Reading bad = new CostField(PriceKind.AMOUNT, "femogtyve", "").read();
        assertThat(bad.ok()).isFalse();
        assertThat(bad.problem()).isEqualTo("Skriv prisen i kroner, fx 25 eller 25,50.");
        assertThat(new CostField(PriceKind.AMOUNT, " ", "").read().problem())
                .isEqualTo("Skriv prisen i kroner, fx 25 eller 25,50.");
    }

    @Test
    void aPriceInWordsNeedsTheWords() {
        assertThat(new CostField(PriceKind.TEXT, "", "Kaffe 10 kr.").read().cost())
                .isEqualTo(new Cost(null, "Kaffe 10 kr."));
        assertThat(new CostField(PriceKind.TEXT, "", "  ").read().problem())
                .isEqualTo("Skriv prisen med ord, fx 'Kaffe 10 kr.'");
    }

    @Test
    void freeAndUnknownNeedNothingAndIgnoreTheAmount() {
        assertThat(new CostField(PriceKind.FREE, "99", "").read().cost()).isEqualTo(new Cost(BigDecimal.ZERO, null));
        assertThat(new CostField(PriceKind.UNKNOWN, "99", "").read().cost()).isEqualTo(Cost.UNKNOWN);
    }

    @Test
    void aStoredPriceFillsTheFieldsItWasReadFrom() {
        assertThat(CostField.of(new Cost(new BigDecimal("22.50"), null)))
                .isEqualTo(new CostField(PriceKind.AMOUNT, "22,50", ""));
        assertThat(CostField.of(new Cost(BigDecimal.ZERO, "Gratis"))).isEqualTo(new CostField(PriceKind.FREE, "", "Gratis"));
        assertThat(CostField.of(new Cost(null, "Kaffe 10 kr.")))
                .isEqualTo(new CostField(PriceKind.TEXT, "", "Kaffe 10 kr."));
        assertThat(CostField.of(Cost.UNKNOWN)).isEqualTo(new CostField(PriceKind.UNKNOWN, "", ""));
        for (Cost c : new Cost[] {new Cost(new BigDecimal("22.50"), "inkl. kaffe"), new Cost(BigDecimal.ZERO, null),
                new Cost(null, "Efter evne"), Cost.UNKNOWN}) {
            assertThat(CostField.of(c).read().cost()).as(c.toString()).isEqualTo(c);
        }
    }
}
