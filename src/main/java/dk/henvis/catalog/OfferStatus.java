package dk.henvis.catalog;

import java.util.Locale;

/** HSDS service status. Only {@link #ACTIVE} offers are ever matched. */
public enum OfferStatus {
    ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED;

    /** Parses HSDS status text; missing means active (HSDS default), unknown text is inactive. */
    public static OfferStatus fromHsds(String text) {
        if (text == null || text.isBlank()) {
            return ACTIVE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> ACTIVE;
            case "defunct" -> DEFUNCT;
            case "temporarily closed", "temporarily_closed" -> TEMPORARILY_CLOSED;
            default -> INACTIVE;
        };
    }

    public String hsds() {
        return this == TEMPORARILY_CLOSED ? "temporarily closed" : name().toLowerCase(Locale.ROOT);
    }
}
