package dk.henvis.referrals;

import java.util.OptionalInt;

/**
 * One cell of a breakdown: how many referrals fall under a label (a month, a unit, an offer...).
 * Show it with {@link #shown()} or {@link #visible()}: counts of 1–4 are hidden ({@link SmallCounts}).
 *
 * @param key   a stable key (the month "2026-11", the focus code, the offer "source:id")
 * @param label the text to show
 */
public record LabelledCount(String key, String label, int count) {
    public boolean hidden() {
        return SmallCounts.hidden(count);
    }

    /** The count, or {@code "<5"}. */
    public String shown() {
        return SmallCounts.shown(count);
    }

    /** The count when it may be shown (for a chart bar), empty when it is hidden. */
    public OptionalInt visible() {
        return hidden() ? OptionalInt.empty() : OptionalInt.of(count);
    }
}
