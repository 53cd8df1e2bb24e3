package dk.henvis.ui;

import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.MatchResult;
import java.time.LocalDate;

/** Ranks the catalogue for one citizen (the matching service, as the GUI sees it). */
public interface MatchPort {
    MatchResult match(CitizenProfile profile, int top, LocalDate today);

    /** Ranks with next sessions counted from {@code now}, date and time ("Næste gang" at 16:55 is not 09:30 today). */
    default MatchResult match(CitizenProfile profile, int top, java.time.LocalDateTime now) {
        return match(profile, top, now.toLocalDate());
    }

    /** Re-reads the catalogue after it changed (sample loaded, sync). */
    default void refresh() {
    }

    /**
     * How many activities the suggestions are chosen from (the index, built now if it is not): what the status
     * line counts, without reading the catalogue again; empty when this port cannot say.
     */
    default java.util.OptionalInt activities() {
        return java.util.OptionalInt.empty();
    }
}
