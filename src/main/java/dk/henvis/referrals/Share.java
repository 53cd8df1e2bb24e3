package dk.henvis.referrals;

import java.util.OptionalDouble;

/**
 * A part of a whole, e.g. follow-ups of referrals. Hidden ({@code "<5"}, no percentage) when the part
 * or the whole counts 1–4 citizens.
 */
public record Share(int count, int of) {
    public boolean hidden() {
        return SmallCounts.hidden(count) || SmallCounts.hidden(of);
    }

    /** The percentage 0–100 when it may be shown and the whole is not empty. */
    public OptionalDouble percent() {
        return hidden() || of == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * count / of);
    }

    public String shownCount() {
        return hidden() ? SmallCounts.HIDDEN : Integer.toString(count);
    }

    public String shownOf() {
        return SmallCounts.shown(of);
    }
}
