package dk.henvis.referrals;

/**
 * The small-count rule: a figure that counts 1 to 4 citizens is shown as {@code "<5"} in statistics
 * and exports, so no one can be singled out (0 singles out no one and is shown as 0). Raw counts stay
 * inside the program.
 */
public final class SmallCounts {
    public static final int MIN_SHOWN = 5;
    public static final String HIDDEN = "<5";

    private SmallCounts() {
    }

    public static boolean hidden(int count) {
        return count > 0 && count < MIN_SHOWN;
    }

    /** The count as it may be shown: the number, or {@code "<5"}. */
    public static String shown(int count) {
        return hidden(count) ? HIDDEN : Integer.toString(count);
    }
}
