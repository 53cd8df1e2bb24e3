package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Offer#toBuilder()} and {@link Offer#builder}: the fields listed once, the record's defaults kept. */
class OfferBuilderTest {

    @Test
    void aBuilderOfAnOfferBuildsTheSameOffer() {
        Offer o = TestOffers.offer("kommunen", "1", "Kor");
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void changingOneFieldLeavesEveryOtherAsItWas() {
        Offer o = TestOffers.offer("kommunen", "1", "Kor");
        Offer retired = o.withStatus(OfferStatus.INACTIVE);
        assertThat(retired.status()).isEqualTo(OfferStatus.INACTIVE);
        assertThat(retired.toBuilder().status(OfferStatus.ACTIVE).build()).isEqualTo(o);
        Offer checked = o.withLastChecked(LocalDate.of(2026, 12, 1));
        assertThat(checked.lastChecked()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(checked.toBuilder().lastChecked(o.lastChecked()).build()).isEqualTo(o);
        assertThat(o.toBuilder().tags(List.of("sang")).build()).usingRecursiveComparison().ignoringFields("tags")
                .isEqualTo(o);
    }

    @Test
    void aNewOfferHasTheRecordsDefaults() {
        Offer o = Offer.builder(new OfferKey("henvis", "k1"), "Kor").build();
        assertThat(o).isEqualTo(new Offer(new OfferKey("henvis", "k1"), "Kor", null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, false, null, null));
        assertThat(o.status()).isEqualTo(OfferStatus.ACTIVE);
        assertThat(o.organisation()).isEqualTo(Organisation.NONE);
        assertThat(o.cost()).isEqualTo(Cost.UNKNOWN);
        assertThat(o.locations()).isEmpty();
    }
}
