package dk.henvis.referrals;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;

/**
 * The three-item UCLA loneliness scale used in the Danish national health profile: each item is
 * answered 1 (hardly ever), 2 (some of the time) or 3 (often); the sum runs 3–9 and 7 or more counts
 * as signs of severe loneliness.
 */
public record UclaScore(int item1, int item2, int item3) {
    public static final int SEVERE_FROM = 7;

    public UclaScore {
        check(1, item1);
        check(2, item2);
        check(3, item3);
    }

    private static void check(int item, int value) {
        if (value < 1 || value > 3) {
            throw new BadInputException(Messages.get("referral.ucla.item", item, value));
        }
    }

    public int sum() {
        return item1 + item2 + item3;
    }

    public boolean severe() {
        return sum() >= SEVERE_FROM;
    }

    /** Reads "A,B,C" as typed on the command line; anything else is bad input. */
    public static UclaScore parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*,\\s*", -1);
        if (parts.length != 3) {
            throw new BadInputException(Messages.get("referral.ucla.format", String.valueOf(text)));
        }
        int[] v = new int[3];
        for (int i = 0; i < 3; i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new BadInputException(Messages.get("referral.ucla.format", text));
            }
        }
        return new UclaScore(v[0], v[1], v[2]);
    }

    /** A score from nullable stored items: all three or none. */
    static UclaScore ofNullable(Integer a, Integer b, Integer c) {
        return a == null || b == null || c == null ? null : new UclaScore(a, b, c);
    }

    @Override
    public String toString() {
        return item1 + "," + item2 + "," + item3;
    }
}
