package dk.henvis.catalog;

/** Whether a place is known to be step-free (wheelchair accessible). */
public enum Access {
    STEP_FREE, NOT_STEP_FREE, UNKNOWN
}
