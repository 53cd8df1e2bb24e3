package dk.henvis.matching;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.GeoPoint;
import java.util.List;
import java.util.Set;

/**
 * What a worker knows about a citizen for matching (contract §2). Every field may be empty; it holds
 * no name or other identifying data and is never written to disk.
 *
 * @param home          where the citizen lives; wins over {@code postcode}
 * @param maxDistanceKm null when distance is not limited
 * @param sex           the citizen's sex when the worker gave it, else null (never stored)
 */
public record CitizenProfile(
        Integer age,
        String postcode,
        GeoPoint home,
        List<String> interests,
        Set<Need> needs,
        Double maxDistanceKm,
        List<Availability> availability,
        FocusLevel focus,
        List<String> groups,
        List<String> languages,
        Sex sex) {

    public static final CitizenProfile EMPTY =
            new CitizenProfile(null, null, null, List.of(), Set.of(), null, List.of(), null, List.of(), List.of());

    /** A profile without the citizen's sex. */
    public CitizenProfile(Integer age, String postcode, GeoPoint home, List<String> interests, Set<Need> needs,
            Double maxDistanceKm, List<Availability> availability, FocusLevel focus, List<String> groups,
            List<String> languages) {
        this(age, postcode, home, interests, needs, maxDistanceKm, availability, focus, groups, languages, null);
    }

    /** The same profile with the citizen's sex given (or cleared with null). */
    public CitizenProfile withSex(Sex s) {
        return new CitizenProfile(age, postcode, home, interests, needs, maxDistanceKm, availability, focus, groups,
                languages, s);
    }

    public CitizenProfile {
        interests = interests == null ? List.of() : List.copyOf(interests);
        needs = needs == null ? Set.of() : Set.copyOf(needs);
        availability = availability == null ? List.of() : List.copyOf(availability);
        groups = groups == null ? List.of() : List.copyOf(groups);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
