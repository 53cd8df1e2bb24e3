package dk.henvis.matching;

import java.util.List;
import java.util.Map;

/**
 * The ranked matches and how many offers the hard rules removed.
 *
 * @param excludedByRule how many offers each hard rule removed (an offer counts under the first rule
 *                       it broke), so the GUI can say which rule to relax when nothing is found
 */
public record MatchResult(List<Match> matches, int excluded, Map<HardRule, Integer> excludedByRule) {
    public MatchResult {
        matches = List.copyOf(matches);
        excludedByRule = Map.copyOf(excludedByRule);
    }
}
