package dk.henvis.referrals;

import java.util.OptionalDouble;

/**
 * The mean change of the UCLA sum from referral to follow-up over the {@code n} citizens with both
 * (negative = less lonely). Hidden when fewer than 5 citizens have both.
 */
public record MeanChange(int n, double mean) {
    public boolean hidden() {
        return n < SmallCounts.MIN_SHOWN;
    }

    public OptionalDouble visibleMean() {
        return hidden() ? OptionalDouble.empty() : OptionalDouble.of(mean);
    }

    public String shownN() {
        return SmallCounts.shown(n);
    }
}
