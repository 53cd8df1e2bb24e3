package dk.henvis.catalog;

import java.math.BigDecimal;

/**
 * What an offer costs. {@code amountDkk} is null when the source does not say; zero means free.
 *
 * @param text the source's own price text ("Kaffe 10 kr.", "250 kr. for 10 gange")
 */
public record Cost(BigDecimal amountDkk, String text) {
    public static final Cost UNKNOWN = new Cost(null, null);

    public boolean isKnown() {
        return amountDkk != null;
    }

    public boolean isFree() {
        return amountDkk != null && amountDkk.signum() == 0;
    }
}
