package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one count of offers shown in the status bar and the catalogue tab. */
class CatalogCountTest {
    @Test
    void countsTheActivitiesAWorkerCanBeSuggested() {
        Offer choir = TestOffers.offer("kommunen", "1", "Seniorkoret");
        Offer choirAgain = TestOffers.offer("kultunaut", "9", "Seniorkoret");
        Offer retired = TestOffers.offer("kommunen", "2", "Skak").withStatus(OfferStatus.INACTIVE);
        Offer imported = TestOffers.offer("kultunaut", "7", "Gåtur ved fjorden");
        Offer adopted = TestOffers.offer("kommunen", "3", "Gåtur ved fjorden og kaffe")
                .withProvenance(new Provenance("kommunen", "3", null, null, null, imported.key()));

        assertThat(CatalogCount.activities(List.of(choir, choirAgain, retired, imported, adopted)))
                .as("the choir once, the retired offer not, the walk once (its adopted copy)").isEqualTo(2);
        assertThat(CatalogCount.activities(List.of())).isZero();
    }
}
