package dk.henvis.curation;

/**
 * One thing wrong with an offer the coordinator wants to save, said so a coordinator understands it.
 *
 * @param field   the form field it belongs to
 * @param row     which place, schedule or contact (0-based) for row fields; -1 for the offer's own fields
 * @param message one Danish sentence, e.g. "Angiv mindst én mødetid eller skriv 'efter aftale'"
 */
public record Problem(Field field, int row, String message) {

    /** The form fields a problem can point at. */
    public enum Field {
        NAME, URL, EMAIL, AGE_MIN, AGE_MAX, PRICE, LAST_CHECKED, SCHEDULES,
        SCHEDULE_DAYS, SCHEDULE_MONTH_WEEK, SCHEDULE_DATE, SCHEDULE_INTERVAL, SCHEDULE_OPENS, SCHEDULE_CLOSES,
        SCHEDULE_VALID_TO,
        PLACE_POSTCODE, PLACE_COORDINATES, PLACE_ACCESS,
        CONTACT_PHONE, CONTACT_EMAIL;

        /** True for the fields of a place, schedule or contact row. */
        public boolean isRow() {
            return name().startsWith("SCHEDULE_") || name().startsWith("PLACE_") || name().startsWith("CONTACT_");
        }
    }

    static Problem of(Field field, String message) {
        return new Problem(field, -1, message);
    }
}
