package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedConditionsTest {
    private static final Location PLACE = new Location("l", "Huset", "Vej 1", "3600", "Frederikssund", 55.84, 12.07,
            null, Access.UNKNOWN, null, false);

    private static Offer offer(String name, String description, Cost cost, String eligibility, List<Location> at) {
        return new Offer(new OfferKey("t", name), name, null, description, null, null, OfferStatus.ACTIVE, null, at,
                List.of(), AgeRange.ANY, cost, List.of(), List.of(), List.of(), List.of(), null, List.of(),
                AudienceSex.ANY, eligibility, false, null, null);
    }

    private static StatedConditions of(String name, String description) {
        return StatedConditions.of(offer(name, description, Cost.UNKNOWN, null, List.of(PLACE)));
    }

    private static StatedConditions fees(String feesText, BigDecimal structured) {
        return StatedConditions.of(offer("Hold", "", new Cost(structured, feesText), null, List.of(PLACE)));
    }

    @Test
    void theAccessWordsAreThePlacesOwnTextElseTheSentenceOfTheDescriptionThatSaysIt() {
        Location stated = new Location("l", "Huset", "Vej 1", "3600", "Frederikssund", 55.84, 12.07, null,
                Access.STEP_FREE, "Niveaufri adgang og handicaptoilet", false);
        assertThat(StatedConditions.accessWords(offer("Kor", "Vi synger.", Cost.UNKNOWN, null, List.of(stated))))
                .isEqualTo("Niveaufri adgang og handicaptoilet");
        // "1. sal" does not end the sentence
        assertThat(StatedConditions.accessWords(offer("Rundvisning", "Vi går i roligt tempo, og der er elevator til "
                + "1. sal. Kaffe bagefter.", Cost.UNKNOWN, null, List.of(PLACE))))
                .isEqualTo("Vi går i roligt tempo, og der er elevator til 1. sal.");
        assertThat(StatedConditions.accessWords(offer("Skak", "Vi spiller skak. Lokalet er i kælderen, og der er "
                + "ingen elevator.", Cost.UNKNOWN, null, List.of(PLACE))))
                .isEqualTo("Lokalet er i kælderen, og der er ingen elevator.");
        assertThat(StatedConditions.accessWords(offer("Strik", "Vi strikker.", Cost.UNKNOWN, null, List.of(PLACE))))
                .isNull();
        // chosen in the form without words: the choice stands, no words to quote
        Location chosen = new Location("l", "Huset", "Vej 1", "3600", "Frederikssund", 55.84, 12.07, null,
                Access.NOT_STEP_FREE, null, false);
        assertThat(StatedConditions.accessWords(offer("Bridge", "Trinfri indgang fra gården.", Cost.UNKNOWN, null,
                List.of(chosen)))).isNull();
    }

    @Test
    void singleSexAsListingsWriteIt() {
        assertThat(of("Mænds Mødested", "Et sted hvor mænd mødes. Kun for mænd.").sex()).isEqualTo(AudienceSex.MEN);
        assertThat(of("Kvindenetværk", "Forbeholdt kvinder. Vi går ture.").sex()).isEqualTo(AudienceSex.WOMEN);
        assertThat(of("Svømning for kvinder", "Med kvindelig livredder").sex()).isEqualTo(AudienceSex.WOMEN);
        assertThat(of("Mødregruppe", "For mødre på barsel").sex()).isEqualTo(AudienceSex.WOMEN);
        assertThat(of("Far og barn", "For fædre og deres børn 0-3 år").sex()).isEqualTo(AudienceSex.MEN);
        assertThat(of("Walking football", "Fodbold for mænd og kvinder over 60").sex()).isEqualTo(AudienceSex.ANY);
        assertThat(of("Dans", "For kvinder og mænd i alle aldre").sex()).isEqualTo(AudienceSex.ANY);
        assertThat(of("Sangkor", "Nye sangere søges, især mænd!").sex()).isEqualTo(AudienceSex.ANY);
    }

    @Test
    void agesFromTheTextButNotTheChildrensAges() {
        assertThat(of("Linedance 60+", "").ages()).isEqualTo(new AgeRange(60, null));
        assertThat(of("Ungefællesskabet", "For unge 18-30 år, som føler sig alene.").ages())
                .isEqualTo(new AgeRange(18, 30));
        assertThat(of("Gaming", "For unge under 25. Vi spiller FIFA.").ages()).isEqualTo(new AgeRange(null, 24));
        assertThat(of("Chat", "For unge mellem 15 og 25 år").ages()).isEqualTo(new AgeRange(15, 25));
        assertThat(of("Svømning", "For alle over 60 i det varme bassin.").ages()).isEqualTo(new AgeRange(60, null));
        assertThat(of("Far og barn", "For fædre og deres børn 0-3 år.").ages()).isEqualTo(AgeRange.ANY);
        assertThat(of("Familiespejd", "Børn 5-10 år sammen med en voksen.").ages()).isEqualTo(AgeRange.ANY);
        assertThat(of("Bridge", "Kontingent 300 kr. om året, 20 kr. pr. aften").ages()).isEqualTo(AgeRange.ANY);
    }

    @Test
    void aFreeFirstTimeIsNotFreeAndAnOptionalExtraDoesNotMakeItPaid() {
        assertThat(fees("Gratis første gang, derefter 20 kr.", BigDecimal.ZERO).cost().amountDkk())
                .isEqualByComparingTo("20");
        assertThat(fees("Kontingent 400 kr. om året.", null).cost().amountDkk()).isEqualByComparingTo("400");
        assertThat(fees("Gratis. Kaffe kan købes for 10 kr.", BigDecimal.ZERO).cost().isFree()).isTrue();
        assertThat(fees("Gratis. Kaffe og kage kan købes for 20 kr.", null).cost().isFree()).isTrue();
        assertThat(fees("1.150 kr. inkl. ler", null).cost().amountDkk()).isEqualByComparingTo("1150");
        assertThat(fees("Gratis", null).cost().isFree()).isTrue();
        assertThat(fees(null, null).cost().isKnown()).isFalse();
        assertThat(fees("50 kr.", new BigDecimal("50")).cost().amountDkk()).isEqualByComparingTo("50");
    }

    @Test
    void accessFromTheDescriptionWhenThePlaceSaysNothing() {
        assertThat(of("Træværkstedet", "Værkstedet ligger i kælderen.").access()).isEqualTo(Access.NOT_STEP_FREE);
        assertThat(of("Sorggruppe", "Vi mødes på 1. sal, ingen elevator.").access()).isEqualTo(Access.NOT_STEP_FREE);
        assertThat(of("Dansecafé", "Man kan danse med fra kørestolen. Niveaufri adgang.").access())
                .isEqualTo(Access.STEP_FREE);
        assertThat(of("Kortspil", "Vi spiller whist.").access()).isEqualTo(Access.UNKNOWN);
        StatedConditions home = StatedConditions.of(offer("Besøgsven", "kommer hjem til dig", Cost.UNKNOWN, null,
                List.of()));
        assertThat(home.placeless()).isTrue();
    }

    @Test
    void referralConditionsAreQuotedFromTheText() {
        assertThat(of("Mentor", "Forløb for ledige. Kræver henvisning fra jobcentret.").referral())
                .isEqualTo("Kræver henvisning fra jobcentret");
        assertThat(of("Dagtilbud", "Aktiviteter. Kræver visitation fra kommunen.").referral())
                .isEqualTo("Kræver visitation fra kommunen");
        assertThat(of("Genoptræning", "Holdet er kun efter henvisning fra egen læge.").referral())
                .isEqualTo("Kræver henvisning fra egen læge");
        assertThat(of("Foredrag", "Med henvisning til sidste års foredrag gentager vi.").referral()).isNull();
        assertThat(of("Kor", "Vi synger.").needsReferral()).isFalse();
    }
}
