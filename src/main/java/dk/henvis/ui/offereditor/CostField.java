package dk.henvis.ui.offereditor;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Cost;
import java.math.BigDecimal;

/**
 * The price as the offer form holds it (how it is given, the amount as typed, the text) and the
 * {@link Cost} it stands for, both ways. No JavaFX.
 *
 * @param kind   how the price is given
 * @param amount the amount as a Dane types it ("25", "25,50", "kr. 25"); read only for {@link PriceKind#AMOUNT}
 * @param text   the price in words ("Kaffe 10 kr."), or blank
 */
record CostField(PriceKind kind, String amount, String text) {

    /** What the form reads from the fields: the cost, or the message to show at the price. */
    record Reading(Cost cost, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** The form's fields for a stored cost. */
    static CostField of(Cost c) {
        String text = c.text() == null ? "" : c.text();
        if (c.amountDkk() == null) {
            return new CostField(c.text() == null ? PriceKind.UNKNOWN : PriceKind.TEXT, "", text);
        }
        if (c.isFree()) {
            return new CostField(PriceKind.FREE, "", text);
        }
        return new CostField(PriceKind.AMOUNT, c.amountDkk().toPlainString().replace('.', ','), text);
    }

    /** The cost the fields describe, or the message saying what is wrong. */
    Reading read() {
        String words = Parse.text(text);
        return switch (kind == null ? PriceKind.UNKNOWN : kind) {
            case FREE -> new Reading(new Cost(BigDecimal.ZERO, words), null);
            case AMOUNT -> amount(words);
            case TEXT -> words == null ? new Reading(new Cost(null, null), i18n("ui.editor.check.priceText"))
                    : new Reading(new Cost(null, words), null);
            case UNKNOWN -> new Reading(Cost.UNKNOWN, null);
        };
    }

    private Reading amount(String words) {
        try {
            BigDecimal dkk = Parse.amount(amount);
            if (dkk != null) {
                return new Reading(new Cost(dkk, words), null);
            }
        } catch (Parse.Invalid e) {
            // said below
        }
        return new Reading(Cost.UNKNOWN, i18n("ui.editor.check.amount"));
    }
}
