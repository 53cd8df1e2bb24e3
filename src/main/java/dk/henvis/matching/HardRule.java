package dk.henvis.matching;

/** The contract's hard rules (§2): an offer that breaks one is never returned. */
public enum HardRule {
    NOT_ACTIVE, AGE, DISTANCE, WHEELCHAIR, FREE, DAYTIME, EVENING, NEAR_TRANSPORT, SEX, AVAILABILITY
}
