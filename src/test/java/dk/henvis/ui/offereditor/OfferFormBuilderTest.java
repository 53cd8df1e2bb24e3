package dk.henvis.ui.offereditor;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Provenance;
import dk.henvis.catalog.Schedule;
import dk.henvis.catalog.TestOffers;
import dk.henvis.curation.Problem.Field;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The offer form's values become the offer a coordinator means; no JavaFX involved. */
class OfferFormBuilderTest {
    private static final Offer BLANK = Offer.builder(new OfferKey("henvis", "k7"), "")
            .organisation(new Organisation("org-9", null, "Forening for ældre", null)).build();
    private static final Schedule TUESDAY = Schedule.weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(14, 0),
            LocalTime.of(16, 0));

    @Test
    void typedTextIsStrippedAndBlankFieldsAreAbsent() {
        Offer o = new OfferFormBuilder(BLANK).name("  Læseklubben ").alternateName(" ").description(" Vi læser. ")
                .url("").email(" laes@example.dk ").eligibility("   ").schedules(List.of(TUESDAY))
                .build().offer().orElseThrow();
        assertThat(o.key()).isEqualTo(BLANK.key());
        assertThat(o.name()).isEqualTo("Læseklubben");
        assertThat(o.alternateName()).isNull();
        assertThat(o.description()).isEqualTo("Vi læser.");
        assertThat(o.url()).isNull();
        assertThat(o.email()).isEqualTo("laes@example.dk");
        assertThat(o.eligibility()).isNull();
        assertThat(o.schedules()).containsExactly(TUESDAY);
    }

    @Test
    void agesPriceLanguagesAndListsAreRead() {
        Offer o = new OfferFormBuilder(BLANK).name("Kor").ages("60", "").price(new CostField(PriceKind.AMOUNT,
                "25,50", "inkl. kaffe")).languages("da, EN;de  da").targetGroups(List.of("senior"))
                .tags(List.of("kor")).categories(List.of("Sang og musik")).focus(FocusLevel.FOREBYG)
                .openDropIn(true).lastChecked(LocalDate.of(2026, 11, 2)).status(OfferStatus.INACTIVE)
                .contacts(List.of(new Contact("Bente", null, "12345678", null))).build().offer().orElseThrow();
        assertThat(o.ages()).isEqualTo(new AgeRange(60, null));
        assertThat(o.cost()).isEqualTo(new Cost(new BigDecimal("25.50"), "inkl. kaffe"));
        assertThat(o.languages()).containsExactly("da", "en", "de");
        assertThat(o.targetGroups()).containsExactly("senior");
        assertThat(o.tags()).containsExactly("kor");
        assertThat(o.categories()).containsExactly("Sang og musik");
        assertThat(o.focus()).isEqualTo(FocusLevel.FOREBYG);
        assertThat(o.openDropIn()).isTrue();
        assertThat(o.lastChecked()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(o.status()).isEqualTo(OfferStatus.INACTIVE);
        assertThat(o.contacts()).extracting(Contact::name).containsExactly("Bente");
        assertThat(new OfferFormBuilder(BLANK).name("Kor").build().offer().orElseThrow().ages())
                .isEqualTo(AgeRange.ANY);
    }

    @Test
    void whatCannotBeReadIsAMessageAtItsFieldAndNoOffer() {
        OfferFormBuilder.Result r = new OfferFormBuilder(BLANK).name("Kor").ages("tres", "6O")
                .price(new CostField(PriceKind.TEXT, "", " ")).build();
        assertThat(r.offer()).isEmpty();
        assertThat(r.problems()).containsOnlyKeys(Field.AGE_MIN, Field.AGE_MAX, Field.PRICE);
        assertThat(r.problems().get(Field.AGE_MIN)).isEqualTo("Skriv alderen som et helt tal, fx 60.");
        assertThat(r.problems().get(Field.PRICE)).isEqualTo("Skriv prisen med ord, fx 'Kaffe 10 kr.'");
    }

    @Test
    void aRowThatCannotBeReadGivesNoOfferAndLeavesTheMessageToTheRow() {
        OfferFormBuilder.Result r = new OfferFormBuilder(BLANK).name("Kor")
                .schedules(Arrays.asList(TUESDAY, null)).build();
        assertThat(r.offer()).isEmpty();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void byAppointmentAddsATimeInWordsWithTheStandardWordsWhenBlank() {
        assertThat(new OfferFormBuilder(BLANK).name("Samtale").byAppointment(true, " ").build().offer()
                .orElseThrow().schedules()).containsExactly(Schedule.textOnly("Efter aftale"));
        assertThat(new OfferFormBuilder(BLANK).name("Samtale").schedules(List.of(TUESDAY))
                .byAppointment(true, "Ring til Bente").build().offer().orElseThrow().schedules())
                .containsExactly(TUESDAY, Schedule.textOnly("Ring til Bente"));
    }

    @Test
    void theOrganisationKeepsItsIdAndDescriptionAndIsNoneWhenNothingIsLeft() {
        Offer named = new OfferFormBuilder(BLANK).name("Kor").organisation("Ældre Sagen", " https://ae.dk ").build()
                .offer().orElseThrow();
        assertThat(named.organisation()).isEqualTo(new Organisation("org-9", "Ældre Sagen", "Forening for ældre",
                "https://ae.dk"));
        Offer plain = Offer.builder(new OfferKey("henvis", "k8"), "").organisation(
                new Organisation("org-1", "Gammel", null, null)).build();
        assertThat(new OfferFormBuilder(plain).name("Kor").organisation(" ", "").build().offer().orElseThrow()
                .organisation()).isEqualTo(Organisation.NONE);
    }

    @Test
    void anAdoptedOfferKeepsWhereItWasAdoptedFromAndNothingElseOfItsProvenance() {
        Offer adopted = TestOffers.offer("henvis", "k3", "Kor").withProvenance(
                new Provenance("kultunaut", "77", Instant.parse("2026-10-01T08:00:00Z"), null, null,
                        new OfferKey("kultunaut", "77")));
        Offer o = new OfferFormBuilder(adopted).name("Kor").build().offer().orElseThrow();
        assertThat(o.provenance()).isEqualTo(new Provenance("henvis", "k3", null, null, null,
                new OfferKey("kultunaut", "77")));
        assertThat(new OfferFormBuilder(BLANK).name("Kor").build().offer().orElseThrow().provenance()).isNull();
    }
}
