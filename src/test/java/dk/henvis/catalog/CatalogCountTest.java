package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void theMatchableOffersOfTheCurrentCatalogueAreTheStoresActiveOnes(@TempDir java.nio.file.Path dir) {
        Offer imported = TestOffers.offer("kultunaut", "7", "Gåtur ved fjorden");
        Offer retiredCopy = TestOffers.offer("kommunen", "4", "Strikkecafé").withStatus(OfferStatus.INACTIVE)
                .withProvenance(new Provenance("kommunen", "4", null, null, null, new OfferKey("kultunaut", "8")));
        java.nio.file.Path db = TestOffers.catalogue(dir.resolve("x.db"), "kultunaut", imported,
                TestOffers.offer("kultunaut", "8", "Strikkecafé"), TestOffers.offer("kultunaut", "9", "Seniorkoret"));
        TestOffers.catalogue(db, "kommunen", TestOffers.offer("kommunen", "1", "Seniorkoret"),
                TestOffers.offer("kommunen", "2", "Skak").withStatus(OfferStatus.INACTIVE),
                TestOffers.offer("kommunen", "3", "Gåtur ved fjorden og kaffe")
                        .withProvenance(new Provenance("kommunen", "3", null, null, null, imported.key())),
                retiredCopy);
        OfferStore store = new OfferStore(Database.open(db));

        List<Offer> matchable = CatalogCount.matchable(store.current());
        assertThat(matchable).isEqualTo(store.active());
        assertThat(matchable).extracting(o -> o.key().toString()).as("no inactive offer, no adopted original")
                .doesNotContain(imported.key().toString(), new OfferKey("kultunaut", "8").toString(),
                        new OfferKey("kommunen", "2").toString());
    }
}
