package dk.henvis.ui.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.TestOffers;
import dk.henvis.matching.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggestion's fact line leaves the distance out when a reason already says it. */
class DistanceSaidOnceTest {
    @Test
    void inTheSameTownIsNotFollowedByZeroKilometres() {
        Match sameTown = new Match(TestOffers.offer("k", "1", "Kor"), 0.8, 0.0, null, List.of("I samme by"));
        assertThat(ResultsView.distanceInReasons(sameTown)).isTrue();
        Match measured = new Match(TestOffers.offer("k", "1", "Kor"), 0.8, 2.34, null, List.of("2,3 km hjemmefra"));
        assertThat(ResultsView.distanceInReasons(measured)).isTrue();
        Match silent = new Match(TestOffers.offer("k", "1", "Kor"), 0.8, 2.34, null, List.of("Gratis"));
        assertThat(ResultsView.distanceInReasons(silent)).isFalse();
    }
}
