package dk.henvis.matching;

import static dk.henvis.matching.HardRulesTest.ids;
import static dk.henvis.matching.OfferBuilder.offer;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.GeoPoint;
import dk.henvis.catalog.Offer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each scoring factor moves an otherwise equal offer up, and the reasons say what matched. */
class ScoringTest {
    static final GeoPoint HOME = new GeoPoint(55.8396, 12.0686);

    private static CitizenProfile p(List<String> interests, FocusLevel focus, List<String> groups,
            List<Availability> availability, List<String> languages) {
        return new CitizenProfile(null, null, HOME, interests, Set.of(), null, availability, focus, groups, languages);
    }

    private static MatchResult match(CitizenProfile p, Offer... offers) {
        return HardRulesTest.match(p, offers);
    }

    @Test
    void interestFitIsTheStrongestFactor() {
        MatchResult r = match(p(List.of("synge"), null, List.of(), List.of(), List.of()),
                offer("near", "Bankospil").free().build(),
                offer("kor", "Sangkoret Tonerne").price(300).at(OfferBuilder.SKIBBY).build());
        // the bingo evening near by says nothing about singing, so it is not listed at all
        assertThat(ids(r)).containsExactly("kor");
        assertThat(r.matches().get(0).reasons().get(0)).isEqualTo("Sangkoret i navnet – passer til 'synge'");
    }

    @Test
    void aTagNamesTheMatchInTheOffersOwnWord() {
        MatchResult r = match(p(List.of("synge"), null, List.of(), List.of(), List.of()),
                offer("kor", "Torsdagsholdet").tags("kor").build());
        assertThat(r.matches().get(0).reasons().get(0)).isEqualTo("Kategori: Kor – passer til 'synge'");
    }

    @Test
    void focusLevelFitsTheCitizen() {
        Offer broad = offer("broad", "Kor i byen").focus(FocusLevel.FOREBYG).build();
        Offer support = offer("support", "Kor").focus(FocusLevel.STOETTE).build();
        assertThat(ids(match(p(List.of(), FocusLevel.STOETTE, List.of(), List.of(), List.of()), broad, support)))
                .containsExactly("support", "broad");
        assertThat(ids(match(p(List.of(), FocusLevel.FOREBYG, List.of(), List.of(), List.of()), broad, support)))
                .containsExactly("broad", "support");
    }

    @Test
    void nearerIsBetterAndTheDistanceIsSaidInDanish() {
        MatchResult r = match(p(List.of("kor"), null, List.of(), List.of(), List.of()),
                offer("far", "Kor").at(OfferBuilder.SKIBBY).build(),
                offer("near", "Kor").at(55.8500, 12.0700).transport("Bus 312 holder ved døren").build());
        assertThat(ids(r)).containsExactly("near", "far");
        assertThat(r.matches().get(0).reasons()).contains("1,2 km hjemmefra, bus 312 holder ved døren");
    }

    @Test
    void scheduleThatFitsTheFreeTimesRanksHigher() {
        List<Availability> mornings = List.of(
                new Availability(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                new Availability(DayOfWeek.THURSDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        MatchResult r = match(p(List.of(), null, List.of(), mornings, List.of()),
                offer("half", "Kor A").weekly(DayOfWeek.TUESDAY, 10, 12).weekly(DayOfWeek.FRIDAY, 10, 12).build(),
                offer("fits", "Kor").weekly(DayOfWeek.TUESDAY, 10, 12).build());
        assertThat(ids(r)).containsExactly("fits", "half");
        assertThat(r.matches().get(0).reasons()).contains("Tirsdage kl. 10–12 – passer med formiddagene");
        assertThat(r.matches().get(0).next()).isEqualTo(LocalDate.of(2026, 12, 1).atTime(10, 0));
    }

    @Test
    void freeBeatsPaidAndRecentlyCheckedBeatsOld() {
        assertThat(ids(match(CitizenProfile.EMPTY, offer("paid", "Kor A").price(500).build(),
                offer("free", "Kor").free().build()))).containsExactly("free", "paid");
        assertThat(ids(match(CitizenProfile.EMPTY, offer("old", "Kor A").checked(LocalDate.of(2022, 1, 1)).build(),
                offer("new", "Kor").checked(LocalDate.of(2026, 11, 1)).build()))).containsExactly("new", "old");
    }

    @Test
    void theCitizensLanguageRanksHigher() {
        MatchResult r = match(p(List.of(), null, List.of(), List.of(), List.of("ar")),
                offer("da", "Café A").languages("da").build(), offer("ar", "Café").languages("ar", "da").build());
        assertThat(ids(r)).containsExactly("ar", "da");
    }

    @Test
    void groupsFindOffersForThem() {
        MatchResult r = match(p(List.of(), null, List.of("enke"), List.of(), List.of()),
                offer("all", "Eftermiddagskaffe").build(),
                offer("widows", "Samtalegruppe for efterladte").targets("enke").build());
        assertThat(ids(r)).containsExactly("widows");
    }

    @Test
    void nearDuplicatesAppearOnce() {
        MatchResult r = match(p(List.of("strikke"), null, List.of(), List.of(), List.of()),
                offer("a", "Strikkecafé").source("kultunaut").weekly(DayOfWeek.TUESDAY, 10, 12).build(),
                offer("b", "Strikke-café!").source("hsds").weekly(DayOfWeek.TUESDAY, 10, 12).build(),
                offer("c", "Strikkecafé").at(OfferBuilder.SKIBBY).build());
        assertThat(ids(r)).hasSize(2).contains("c");
    }

    @Test
    void severalInterestsAreCoveredInTheTopFive() {
        List<Offer> offers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            offers.add(offer("kor" + i, "Kor nummer " + i).free().focus(FocusLevel.FOREBYG).build());
        }
        offers.add(offer("bridge", "Bridgeklub").at(OfferBuilder.JAEGERSPRIS).build());
        MatchResult r = match(p(List.of("synge", "kortspil"), null, List.of(), List.of(), List.of()),
                offers.toArray(new Offer[0]));
        assertThat(ids(r).subList(0, 5)).contains("bridge");
    }

    @Test
    void emptyProfileGivesBroadOffersNearTheCentre() {
        MatchResult r = HardRulesTest.match(CitizenProfile.EMPTY,
                offer("support", "Værested").focus(FocusLevel.STOETTE).build(),
                offer("broadFar", "Kor A").focus(FocusLevel.FOREBYG).at(55.95, 11.90).build(),
                offer("broadNear", "Kor").focus(FocusLevel.FOREBYG).build());
        assertThat(ids(r)).containsExactly("broadNear", "broadFar", "support");
        assertThat(r.matches().get(0).distanceKm()).isNull();
        assertThat(r.matches()).allSatisfy(m -> assertThat(m.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(4));
    }

    @Test
    void unknownAccessRanksBelowStatedStepFree() {
        CitizenProfile p = new CitizenProfile(null, null, HOME, List.of(), Set.of(Need.WHEELCHAIR), null, List.of(),
                null, List.of(), List.of());
        MatchResult r = match(p, offer("unknown", "Kor A").build(),
                offer("stated", "Kor").access(dk.henvis.catalog.Access.STEP_FREE).build());
        assertThat(ids(r)).containsExactly("stated", "unknown");
        assertThat(Gazetteer.bundled()).isNotNull();
    }
}
