package dk.henvis.ui.followup;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.BadInputException;
import dk.henvis.referrals.UclaScore;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The three UCLA loneliness items as a worker types them (1, 2 or 3 each, all three or none). Used
 * where a referral is made and at the follow-up.
 */
public final class UclaAnswers {
    /** What was typed: nothing, a whole score, or an error to show beside the fields. */
    public record Result(UclaScore score, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final List<StringProperty> items = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));

    /** Item 1–3 as typed. */
    public StringProperty item(int number) {
        return items.get(number - 1);
    }

    /** The Danish question of item 1–3, as the national health profile asks it. */
    public static String question(int number) {
        return switch (number) {
            case 1 -> i18n("ui.ucla.q1");
            case 2 -> i18n("ui.ucla.q2");
            case 3 -> i18n("ui.ucla.q3");
            default -> throw new IllegalArgumentException("UCLA item " + number);
        };
    }

    public boolean isBlank() {
        return items.stream().allMatch(p -> p.get() == null || p.get().isBlank());
    }

    /** Reads the three fields: blank = not asked; partly filled or a value outside 1–3 is an error. */
    public Result read() {
        if (isBlank()) {
            return new Result(null, null);
        }
        int[] v = new int[3];
        for (int i = 0; i < 3; i++) {
            String t = items.get(i).get() == null ? "" : items.get(i).get().strip();
            if (t.isEmpty()) {
                return new Result(null, i18n("ui.ucla.missing", i + 1));
            }
            try {
                v[i] = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                return new Result(null, i18n("ui.ucla.notNumber", i + 1, t));
            }
        }
        try {
            return new Result(new UclaScore(v[0], v[1], v[2]), null);
        } catch (BadInputException e) {
            return new Result(null, e.getMessage());
        }
    }

    public void clear() {
        items.forEach(p -> p.set(""));
    }
}
