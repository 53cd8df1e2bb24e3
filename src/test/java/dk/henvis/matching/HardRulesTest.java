package dk.henvis.matching;

import static dk.henvis.matching.OfferBuilder.offer;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.GeoPoint;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each contract §2 hard rule removes exactly the offers that break it, and is counted. */
class HardRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final GeoPoint FREDERIKSSUND = new GeoPoint(55.8396, 12.0686);

    static CitizenProfile profile(Integer age, GeoPoint home, Set<Need> needs, Double maxKm,
            List<Availability> availability) {
        return new CitizenProfile(age, null, home, List.of(), needs, maxKm, availability, null, List.of(), List.of());
    }

    static MatchResult match(CitizenProfile p, Offer... offers) {
        return MatchingService.of(List.of(offers), Gazetteer.bundled(), InterestVocabulary.bundled())
                .match(p, 20, TODAY);
    }

    static List<String> ids(MatchResult r) {
        return r.matches().stream().map(m -> m.offer().id()).toList();
    }

    @Test
    void inactiveOffersAreNeverReturned() {
        MatchResult r = match(CitizenProfile.EMPTY, offer("a", "Kor").build(),
                offer("b", "Strik").status(OfferStatus.TEMPORARILY_CLOSED).build());
        assertThat(ids(r)).containsExactly("a");
        assertThat(r.excluded()).isEqualTo(1);
        assertThat(r.excludedByRule()).containsEntry(HardRule.NOT_ACTIVE, 1);
    }

    @Test
    void ageOutsideMinimumAndMaximum() {
        MatchResult r = match(profile(78, null, Set.of(), null, List.of()),
                offer("open", "Kor").build(), offer("young", "Ungekor").ages(16, 30).build(),
                offer("old", "Seniorkor").ages(60, null).build(), offer("exact", "Kor 78").ages(null, 78).build());
        assertThat(ids(r)).containsExactlyInAnyOrder("open", "old", "exact");
        assertThat(r.excludedByRule()).containsEntry(HardRule.AGE, 1);
    }

    @Test
    void fartherThanMaxDistanceButOnlineAndPlacelessStay() {
        MatchResult r = match(profile(null, FREDERIKSSUND, Set.of(), 10.0, List.of()),
                offer("near", "Kor").at(OfferBuilder.JAEGERSPRIS).build(),
                offer("far", "Kor i København").at(55.6761, 12.5683).build(),
                offer("online", "Onlinekor").online().build(),
                offer("nowhere", "Kor et sted").nowhere().build());
        assertThat(ids(r)).containsExactlyInAnyOrder("near", "online", "nowhere");
        assertThat(r.excludedByRule()).containsEntry(HardRule.DISTANCE, 1);
        assertThat(r.matches().stream().filter(m -> m.offer().id().equals("near")).findFirst().orElseThrow()
                .distanceKm()).isBetween(5.0, 6.0);
    }

    @Test
    void withoutHomeDistanceIsNotUsed() {
        MatchResult r = match(profile(null, null, Set.of(), 1.0, List.of()),
                offer("far", "Kor i København").at(55.6761, 12.5683).build());
        assertThat(ids(r)).containsExactly("far");
        assertThat(r.matches().get(0).distanceKm()).isNull();
    }

    @Test
    void postcodeIsPlacedAtItsCentre() {
        CitizenProfile p = new CitizenProfile(null, "3630", null, List.of(), Set.of(), 2.0, List.of(), null,
                List.of(), List.of());
        MatchResult r = match(p, offer("jgs", "Kor").at(OfferBuilder.JAEGERSPRIS).build(),
                offer("fsd", "Kor").at(OfferBuilder.FREDERIKSSUND).build());
        assertThat(ids(r)).containsExactly("jgs");
    }

    @Test
    void wheelchairExcludesOnlyStatedSteps() {
        MatchResult r = match(profile(null, null, Set.of(Need.WHEELCHAIR), null, List.of()),
                offer("free", "A").access(Access.STEP_FREE).build(),
                offer("steps", "B").access(Access.NOT_STEP_FREE).build(),
                offer("unknown", "C").build());
        assertThat(ids(r)).containsExactly("free", "unknown");
        assertThat(r.excludedByRule()).containsEntry(HardRule.WHEELCHAIR, 1);
        assertThat(r.matches().get(1).reasons()).contains("Adgang for kørestol: Ikke oplyst – ring og spørg");
        assertThat(r.matches().get(0).reasons()).contains("Trinfri adgang");
    }

    @Test
    void freeExcludesOnlyAStatedPrice() {
        MatchResult r = match(profile(null, null, Set.of(Need.FREE), null, List.of()),
                offer("gratis", "A").free().build(), offer("paid", "B").price(40).build(),
                offer("unknown", "C").build());
        assertThat(ids(r)).containsExactly("gratis", "unknown");
        assertThat(r.excludedByRule()).containsEntry(HardRule.FREE, 1);
        assertThat(r.matches().get(0).reasons()).contains("Gratis");
        assertThat(r.matches().get(1).reasons()).contains("Pris: Ikke oplyst – ring og spørg");
    }

    @Test
    void daytimeAndEveningLookAtSessionStarts() {
        Offer morning = offer("morning", "A").weekly(DayOfWeek.MONDAY, 10, 12).build();
        Offer late = offer("late", "B").weekly(DayOfWeek.MONDAY, 17, 19).build();
        Offer unscheduled = offer("unscheduled", "C").build();
        Offer edge = offer("edge", "D").weekly(DayOfWeek.MONDAY, 16, 18).build();
        MatchResult day = match(profile(null, null, Set.of(Need.DAYTIME), null, List.of()),
                morning, late, unscheduled, edge);
        assertThat(ids(day)).containsExactlyInAnyOrder("morning", "unscheduled", "edge");
        assertThat(day.excludedByRule()).containsEntry(HardRule.DAYTIME, 1);
        MatchResult evening = match(profile(null, null, Set.of(Need.EVENING), null, List.of()),
                morning, late, unscheduled, edge);
        assertThat(ids(evening)).containsExactlyInAnyOrder("late", "unscheduled");
        assertThat(evening.excludedByRule()).containsEntry(HardRule.EVENING, 2);
    }

    @Test
    void availabilityNeedsAnOverlappingSessionOnThatWeekday() {
        List<Availability> tuesdayMorning = List.of(
                new Availability(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        MatchResult r = match(profile(null, null, Set.of(), null, tuesdayMorning),
                offer("fits", "A").weekly(DayOfWeek.TUESDAY, 11, 13).build(),
                offer("afternoon", "B").weekly(DayOfWeek.TUESDAY, 12, 14).build(),
                offer("wednesday", "C").weekly(DayOfWeek.WEDNESDAY, 10, 12).build(),
                offer("monthly", "D").monthly(1, DayOfWeek.TUESDAY, 10, 11).build(),
                offer("unscheduled", "E").build());
        assertThat(ids(r)).containsExactlyInAnyOrder("fits", "monthly", "unscheduled");
        assertThat(r.excludedByRule()).containsEntry(HardRule.AVAILABILITY, 2);
    }

    @Test
    void otherSexOnlyIsExcludedAndOwnSexOnlyComesFirst() {
        MatchResult r = match(profile(null, null, Set.of(Need.WOMEN_ONLY), null, List.of()),
                offer("men", "Mandeklub").sex(AudienceSex.MEN).build(),
                offer("all", "Strikkecafé").free().build(),
                offer("women", "Kvindenetværk").sex(AudienceSex.WOMEN).build());
        assertThat(ids(r)).containsExactly("women", "all");
        assertThat(r.excludedByRule()).containsEntry(HardRule.SEX, 1);
        assertThat(r.matches().get(0).reasons()).contains("Kun for kvinder");
    }

    @Test
    void anOfferIsCountedOnceUnderTheFirstRuleItBreaks() {
        MatchResult r = match(profile(10, null, Set.of(Need.FREE), null, List.of()),
                offer("both", "A").ages(60, null).price(50).build());
        assertThat(r.excluded()).isEqualTo(1);
        assertThat(r.excludedByRule()).containsOnlyKeys(HardRule.AGE);
    }

    /** Contract §2 "stated" includes the offer's text: the hard rules apply to conditions written only there. */
    @Test
    void conditionsStatedOnlyInTheTextAreHardRules() {
        Offer women = offer("women", "Svømning").description("Svømning og vandgymnastik kun for kvinder.").build();
        Offer men = offer("men", "Mænds Mødested").description("Et sted hvor mænd mødes. Kun for mænd.").build();
        Offer fathers = offer("fathers", "Far og barn").description("For fædre og deres børn 0-3 år.").build();
        Offer all = offer("all", "Walking football").description("For mænd og kvinder over 60.").build();
        CitizenProfile man = new CitizenProfile(68, null, null, List.of(), Set.of(), null, List.of(), null,
                List.of(), List.of(), Sex.MALE);
        assertThat(ids(match(man, women, men, fathers, all))).containsExactlyInAnyOrder("men", "fathers", "all");
        CitizenProfile woman = man.withSex(Sex.FEMALE);
        MatchResult r = match(woman, women, men, fathers, all);
        assertThat(ids(r)).containsExactlyInAnyOrder("women", "all");
        assertThat(r.excludedByRule()).containsEntry(HardRule.SEX, 2);
        // without the citizen's sex and without a wish, nothing is excluded for sex
        assertThat(ids(match(man.withSex(null), women, men, fathers, all))).hasSize(4);
        // the wish women_only excludes men-only offers stated in the text
        CitizenProfile wish = new CitizenProfile(68, null, null, List.of(), Set.of(Need.WOMEN_ONLY), null, List.of(),
                null, List.of(), List.of());
        assertThat(ids(match(wish, women, men, all))).containsExactly("women", "all");
    }

    @Test
    void agesPricesAndAccessStatedInTheText() {
        Offer plus = offer("plus", "Linedance 60+").build();
        Offer young = offer("young", "Ungefællesskabet").description("For unge 18-30 år.").build();
        Offer firstFree = offer("first", "Dans").free().build();
        Offer firstFreeText = new Offer(firstFree.key(), firstFree.name(), null, "Dans", null, null,
                firstFree.status(), null, firstFree.locations(), List.of(), null,
                new dk.henvis.catalog.Cost(java.math.BigDecimal.ZERO, "Gratis første gang, derefter 20 kr."),
                List.of(), List.of(), List.of(), List.of(), null, List.of(), null, null, false, null, null);
        Offer coffee = offer("coffee", "IT-hjælp").description("Kaffe kan købes for 10 kr.").free().build();
        Offer cellar = offer("cellar", "Værksted").description("Værkstedet ligger i kælderen.").build();
        Offer home = offer("home", "Besøgsven").description("En frivillig kommer hjem til dig.").nowhere().build();
        assertThat(ids(match(profile(25, null, Set.of(), null, List.of()), plus, young))).containsExactly("young");
        assertThat(ids(match(profile(65, null, Set.of(), null, List.of()), plus, young))).containsExactly("plus");
        assertThat(ids(match(profile(45, null, Set.of(), null, List.of()), plus, young))).isEmpty();
        MatchResult free = match(profile(null, null, Set.of(Need.FREE), null, List.of()), firstFreeText, coffee);
        assertThat(ids(free)).containsExactly("coffee");
        assertThat(free.excludedByRule()).containsEntry(HardRule.FREE, 1);
        MatchResult wheel = match(profile(null, null, Set.of(Need.WHEELCHAIR), null, List.of()), cellar, home);
        assertThat(ids(wheel)).containsExactly("home");
        // a home visit has no place: its step-free access is not "ikke oplyst"
        assertThat(wheel.matches().get(0).reasons()).noneMatch(x -> x.contains("kørestol"));
    }
}
