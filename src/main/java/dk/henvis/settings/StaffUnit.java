package dk.henvis.settings;

import dk.henvis.catalog.FocusLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The municipal unit a worker belongs to. It gives the citizen panel sensible defaults: a home-care
 * worker mostly meets seniors, a job-centre caseworker unemployed citizens.
 */
public enum StaffUnit {
    DOEGNPLEJEN("doegnplejen", List.of("senior"), List.of(), FocusLevel.TIDLIG),
    JOBCENTRET("jobcentret", List.of("ledig"), List.of(), FocusLevel.TIDLIG),
    SOCIALPSYKIATRIEN("socialpsykiatrien", List.of(), List.of(), FocusLevel.STOETTE),
    GENOPTRAENING("genoptraening", List.of(), List.of("motion"), FocusLevel.TIDLIG),
    ANDET("andet", List.of(), List.of(), null);

    private final String code;
    private final List<String> defaultGroups;
    private final List<String> defaultInterests;
    private final FocusLevel defaultFocus;

    StaffUnit(String code, List<String> groups, List<String> interests, FocusLevel focus) {
        this.code = code;
        this.defaultGroups = groups;
        this.defaultInterests = interests;
        this.defaultFocus = focus;
    }

    /** The stable code stored in settings and in the referral log. */
    public String code() {
        return code;
    }

    public List<String> defaultGroups() {
        return defaultGroups;
    }

    public List<String> defaultInterests() {
        return defaultInterests;
    }

    /** Null when the unit has no typical focus level. */
    public FocusLevel defaultFocus() {
        return defaultFocus;
    }

    public static Optional<StaffUnit> fromCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
    }
}
