package dk.henvis.referrals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a worker learnt some weeks after the referral.
 *
 * @param stillGoing null when not asked
 * @param ucla       the three loneliness items again, null when not asked
 */
public record FollowUp(LocalDate date, boolean attended, Boolean stillGoing, UclaScore ucla) {
    public FollowUp {
        Objects.requireNonNull(date, "date");
    }
}
