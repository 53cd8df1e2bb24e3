package dk.henvis.catalog;

/** How a schedule repeats (RFC 5545 FREQ as HSDS uses it), or a single date. */
public enum Frequency {
    ONCE, DAILY, WEEKLY, MONTHLY
}
