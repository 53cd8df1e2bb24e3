package dk.henvis.handout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.ServiceDetails;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With the citizen's wheelchair need ticked, the handout says for each offer what the offer itself states about
 * step-free access, in its own words, or that it is not stated; and every offer's stated conditions (sex, age,
 * a referral) are printed whether or not the need is ticked. Read back from the PDF as a checker would.
 */
class HandoutAccessTest {
    private static final HandoutRenderer RENDERER = new HandoutRenderer(HandoutSettings.defaults());

    /** Step-free by the place's own accessibility text. */
    static Offer stepFree() {
        Location loc = new Location("loc-mh", "Medborgerhuset", "Jernbanegade 5", "3600", "Frederikssund", 55.84, 12.07,
                null, Access.STEP_FREE, "Niveaufri adgang og handicaptoilet", false);
        return HandoutFixtures.offer("sang", "Fællessang i Medborgerhuset", "Vi synger fra Højskolesangbogen.", loc,
                List.of(HandoutFixtures.weekly(DayOfWeek.TUESDAY, 10, 12)), new Cost(BigDecimal.ZERO, "Gratis"),
                List.of(), null, true);
    }

    /** Not step-free by a sentence of the description; the place says nothing. */
    static Offer basement() {
        Location loc = new Location("loc-k", "Sognegården", "Kirkegade 2", "3600", "Frederikssund", 55.84, 12.07, null,
                Access.UNKNOWN, null, false);
        return HandoutFixtures.offer("skak", "Skakklubben",
                "Vi spiller skak hver torsdag. Vi mødes i kælderen under sognegården, der er ingen elevator.", loc,
                List.of(HandoutFixtures.weekly(DayOfWeek.THURSDAY, 19, 21)), new Cost(BigDecimal.ZERO, "Gratis"),
                List.of(), null, false);
    }

    /** Nothing stated about access anywhere; stated only for women over 60, with a referral. */
    static Offer unknown() {
        Location loc = new Location("loc-b", "Beboerhuset", "Ådalen 10", "3600", "Frederikssund", 55.84, 12.07, null,
                Access.UNKNOWN, null, false);
        Offer o = HandoutFixtures.offer("kvinde", "Kvindegruppen", "Samtalegruppe med kaffe.", loc,
                List.of(HandoutFixtures.weekly(DayOfWeek.WEDNESDAY, 13, 15)), new Cost(BigDecimal.ZERO, "Gratis"),
                List.of(), null, false);
        return o.toBuilder().eligibility("Kun for kvinder over 60 år. Kræver henvisning fra visitationen.").build();
    }

    private static String text(boolean wheelchair, Offer... offers) {
        byte[] pdf = RENDERER.render(new HandoutRequest(List.of(offers), "Inger", null, "ABC-234",
                HandoutFixtures.TODAY, false, wheelchair)).pdf();
        PdfChecks.Reading r = PdfChecks.read(pdf);
        assertThat(r.pages()).isEqualTo(1);
        return r.text().replace('\u00A0', ' ');
    }

    @Test
    void withTheWheelchairNeedEachOfferSaysWhatItStatesAboutStepFreeAccess() {
        String t = text(true, stepFree(), basement(), unknown());
        assertThat(t).contains("Adgang Trinfri adgang: Niveaufri adgang og handicaptoilet")
                .contains("Adgang Ikke trinfri: Vi mødes i kælderen under sognegården, der er ingen elevator.")
                .contains("Adgang For kørestol ikke oplyst – ring og spørg");
        // each under its own offer
        int sang = t.indexOf("Fællessang i Medborgerhuset");
        int skak = t.indexOf("Skakklubben");
        int kvinde = t.indexOf("Kvindegruppen");
        assertThat(t.indexOf("Niveaufri adgang")).isBetween(sang, skak);
        assertThat(t.indexOf("ingen elevator")).isBetween(skak, kvinde);
        assertThat(t.indexOf("ikke oplyst – ring og spørg")).isGreaterThan(kvinde);
    }

    @Test
    void withoutTheNeedNoAccessIsPrinted() {
        String t = text(false, stepFree(), basement(), unknown());
        assertThat(t).doesNotContain("Adgang").doesNotContain("Niveaufri").doesNotContain("ring og spørg");
    }

    @Test
    void theStatedConditionsArePrintedPerOfferWithOrWithoutTheNeed() {
        for (boolean wheelchair : new boolean[] {false, true}) {
            String t = text(wheelchair, stepFree(), unknown());
            assertThat(t).contains("Hvem Kun for kvinder · 60 år og derover")
                    .contains("Kræver henvisning fra visitationen");
            assertThat(t.indexOf("Hvem")).isGreaterThan(t.indexOf("Kvindegruppen"));
        }
        // a referral pushed off the "how to come" line by the source's notice goes with the conditions
        Offer full = unknown().toBuilder().details(new ServiceDetails(null, "Holdet er fuldt", null, null, List.of(),
                List.of())).build();
        assertThat(text(false, full)).contains("Holdet er fuldt")
                .contains("Hvem Kun for kvinder · 60 år og derover · Kræver henvisning fra visitationen");
    }

    @Test
    void anOnlineOfferHasNoAccessToState() {
        OfferText t = HandoutTexts.of(HandoutFixtures.online(), HandoutFixtures.TODAY, true);
        assertThat(t.access()).isNull();
        assertThat(HandoutTexts.of(stepFree(), HandoutFixtures.TODAY, true).access())
                .isEqualTo("Trinfri adgang: Niveaufri adgang og handicaptoilet");
        // words that already say it are not said twice
        Offer plain = stepFree().toBuilder().locations(List.of(new Location("l", "Hal", "Vej 1", "3600", "Frederikssund",
                55.84, 12.07, null, Access.STEP_FREE, "Trinfri adgang", false))).build();
        assertThat(HandoutTexts.of(plain, HandoutFixtures.TODAY, true).access()).isEqualTo("Trinfri adgang");
    }

    @Test
    void theLongestOffersWithTheNeedStillFitOnePageAtALegibleSize() throws Exception {
        Handout h = RENDERER.render(new HandoutRequest(List.of(HandoutFixtures.huge("a"), HandoutFixtures.huge("b"),
                unknown()), "Inger", "Jeg ringer på fredag", "ABC-234", HandoutFixtures.TODAY, false, true));
        PdfChecks.Reading r = PdfChecks.read(h.pdf());
        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.smallestTextSize()).isGreaterThanOrEqualTo(HandoutRenderer.NORMAL_MIN - 0.01f);
        assertThat(r.text()).contains("ring og spørg").contains("ABC-234");
        Handout large = RENDERER.render(new HandoutRequest(List.of(basement(), unknown()), null, null, "ABC-234",
                HandoutFixtures.TODAY, true, true));
        assertThat(PdfChecks.read(large.pdf()).pages()).isEqualTo(1);
        assertThat(PdfChecks.read(large.pdf()).text()).contains("ingen elevator").contains("ring og spørg");
        String out = System.getProperty("henvis.handoutSamples");
        if (out != null) {
            Files.write(Path.of(out, "access.pdf"), RENDERER.render(new HandoutRequest(List.of(stepFree(), basement(),
                    unknown()), "Inger", null, "ABC-234", HandoutFixtures.TODAY, false, true)).pdf());
            Files.write(Path.of(out, "access-large.pdf"), large.pdf());
        }
    }
}
