package dk.henvis.ui;

import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.MatchResult;
import java.time.LocalDate;

/** Ranks the catalogue for one citizen (the matching service, as the GUI sees it). */
public interface MatchPort {
    MatchResult match(CitizenProfile profile, int top, LocalDate today);

    /** Re-reads the catalogue after it changed (sample loaded, sync). */
    default void refresh() {
    }
}
