package dk.henvis.ui.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.TestOffers;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.HardRule;
import dk.henvis.matching.Match;
import dk.henvis.matching.MatchResult;
import dk.henvis.matching.Need;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.MatchPort;
import dk.henvis.ui.concurrent.HeldTaskExecutor;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {
    private final List<Offer> catalogue = List.of(TestOffers.offer("k", "1", "Seniorkor"),
            TestOffers.offer("k", "2", "Strikkecafé"), TestOffers.offer("k", "3", "Skak"),
            TestOffers.offer("k", "4", "Gåtur"));
    private final List<CitizenProfile> asked = new ArrayList<>();
    /** Everything matches unless the citizen needs a wheelchair; then all four are excluded by that rule. */
    private final MatchPort matcher = (profile, top, today) -> {
        asked.add(profile);
        if (profile.needs().contains(Need.WHEELCHAIR)) {
            return new MatchResult(List.of(), 4, Map.of(HardRule.WHEELCHAIR, 3, HardRule.AGE, 1));
        }
        return new MatchResult(catalogue.stream().map(o -> new Match(o, 0.5, 1.0, null, List.of("passer"))).toList(),
                0, Map.of());
    };
    private final CitizenViewModel citizen = new CitizenViewModel(Gazetteer.bundled(), StaffUnit.ANDET);
    private final ResultsViewModel results = new ResultsViewModel(matcher, new SameThreadTaskExecutor(),
            Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneId.of("Europe/Copenhagen")), citizen::toProfile);

    {
        citizen.onChange(results::profileChanged);
    }

    @Test
    void followsTheTyping() {
        citizen.ageProperty().set("7");
        citizen.ageProperty().set("78");
        assertThat(asked).last().extracting(CitizenProfile::age).isEqualTo(78);
        assertThat(results.matches()).hasSize(4);
        assertThat(results.summaryProperty().get()).isEqualTo("4 forslag · 0 udelukket af borgerens krav");
    }

    @Test
    void choosesAtMostThreeAndKeepsThemWhileStillSuggested() {
        results.recompute();
        results.matches().forEach(results::toggleChosen);
        assertThat(results.chosen()).extracting(m -> m.offer().name())
                .containsExactly("Seniorkor", "Strikkecafé", "Skak");
        citizen.ageProperty().set("80");
        assertThat(results.chosen()).hasSize(3);
        results.toggleChosen(results.matches().get(0));
        assertThat(results.chosen()).extracting(m -> m.offer().name()).containsExactly("Strikkecafé", "Skak");
    }

    @Test
    void saysWhichRuleExcludedMostAndOffersToRelaxIt() {
        citizen.need(Need.WHEELCHAIR).set(true);
        assertThat(results.matches()).isEmpty();
        assertThat(results.emptyMessageProperty().get())
                .isEqualTo("Ingen tilbud passer. Flest blev udelukket af kravet: kørestol (3 tilbud).");
        assertThat(results.relaxableProperty().get()).isEqualTo(HardRule.WHEELCHAIR);
        citizen.relax(results.relaxableProperty().get());
        assertThat(results.matches()).hasSize(4);
        assertThat(results.relaxableProperty().get()).isNull();
        assertThat(results.emptyMessageProperty().get()).isEmpty();
    }

    @Test
    void newCitizenForgetsTheChoice() {
        results.recompute();
        results.toggleChosen(results.matches().get(1));
        results.selectedProperty().set(results.matches().get(1));
        results.clear();
        assertThat(results.chosen()).isEmpty();
        assertThat(results.selectedProperty().get()).isNull();
        assertThat(results.matches()).isEmpty();
    }

    @Test
    void saysWhichInterestsNoOfferSpeaksOf() {
        MatchResult none = new MatchResult(List.of(new Match(catalogue.get(3), 0.4, 1.0, null, List.of("Gratis"))), 0,
                Map.of(), List.of("paragliding"), true);
        assertThat(ResultsViewModel.noticeOf(none))
                .isEqualTo("Ingen tilbud handler om 'paragliding'. Her er de nærmeste åbne tilbud i stedet:");
        MatchResult partly = new MatchResult(List.of(), 0, Map.of(), List.of("paragliding"), false);
        assertThat(ResultsViewModel.noticeOf(partly)).isEqualTo("Ingen tilbud handler om 'paragliding'.");
        assertThat(ResultsViewModel.noticeOf(new MatchResult(List.of(), 0, Map.of()))).isEmpty();
    }

    @Test
    void nextIsCountedFromTheClocksTimeOfDay() {
        java.util.List<java.time.LocalDateTime> at = new ArrayList<>();
        MatchPort timed = new MatchPort() {
            @Override
            public MatchResult match(CitizenProfile profile, int top, java.time.LocalDate today) {
                throw new AssertionError("the date alone loses the time of day");
            }

            @Override
            public MatchResult match(CitizenProfile profile, int top, java.time.LocalDateTime now) {
                at.add(now);
                return new MatchResult(List.of(), 0, Map.of());
            }
        };
        ResultsViewModel r = new ResultsViewModel(timed, new SameThreadTaskExecutor(),
                Clock.fixed(Instant.parse("2026-12-04T15:55:00Z"), ZoneId.of("Europe/Copenhagen")), citizen::toProfile);
        r.recompute();
        assertThat(at).containsExactly(java.time.LocalDateTime.of(2026, 12, 4, 16, 55));
    }

    @Test
    void aPauseInTheTypingThatLeftTheProfileAsItWasDoesNotRankAgain() {
        results.recompute();
        results.profileChanged();
        assertThat(asked).hasSize(1);
        citizen.ageProperty().set("78");
        assertThat(asked).hasSize(2);
        results.clear();
        results.profileChanged();
        assertThat(asked).as("after 'Ny borger' the same profile is ranked again").hasSize(3);
        assertThat(results.matches()).hasSize(4);
    }

    @Test
    void aRankingAskedForWhileOneRunsStartsWhenThatEndsWithTheNewestProfile() {
        HeldTaskExecutor held = new HeldTaskExecutor();
        CitizenViewModel form = new CitizenViewModel(Gazetteer.bundled(), StaffUnit.ANDET);
        ResultsViewModel r = new ResultsViewModel(matcher, held,
                Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneId.of("Europe/Copenhagen")), form::toProfile);
        form.onChange(r::profileChanged);
        r.recompute();
        form.ageProperty().set("7");
        form.need(Need.WHEELCHAIR).set(true);
        form.ageProperty().set("78");
        assertThat(held.waiting()).as("one ranking at a time").isEqualTo(1);

        held.runNext();
        assertThat(r.matches()).as("the ranking that ran is not the profile now: not shown").isEmpty();
        assertThat(r.computingProperty().get()).isTrue();
        assertThat(held.waiting()).isEqualTo(1);

        held.runNext();
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1).age()).isEqualTo(78);
        assertThat(r.relaxableProperty().get()).isEqualTo(HardRule.WHEELCHAIR);
        assertThat(r.computingProperty().get()).isFalse();
        assertThat(held.waiting()).isZero();
    }
}
