package dk.henvis.ui.offereditor;

/** How the price is given in the offer form. */
public enum PriceKind {
    UNKNOWN, FREE, AMOUNT, TEXT
}
