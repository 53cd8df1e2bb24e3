package dk.henvis.matching;

import java.util.List;
import java.util.Map;

/**
 * The ranked matches and how many offers the hard rules removed.
 *
 * @param excludedByRule how many offers each hard rule removed (an offer counts under the first rule
 *                       it broke), so the GUI can say which rule to relax when nothing is found
 * @param unmatched      the typed interests no offer of the catalogue speaks of ("paragliding")
 * @param nothingFits    true when interests were named and none of them fits any offer: {@code matches} are
 *                       then the nearest open offers, shown under their own heading without interest reasons
 */
public record MatchResult(List<Match> matches, int excluded, Map<HardRule, Integer> excludedByRule,
        List<String> unmatched, boolean nothingFits) {
    public MatchResult {
        matches = List.copyOf(matches);
        excludedByRule = Map.copyOf(excludedByRule);
        unmatched = unmatched == null ? List.of() : List.copyOf(unmatched);
    }

    public MatchResult(List<Match> matches, int excluded, Map<HardRule, Integer> excludedByRule) {
        this(matches, excluded, excludedByRule, List.of(), false);
    }
}
