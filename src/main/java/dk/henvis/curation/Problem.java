package dk.henvis.curation;

/**
 * One thing wrong with an offer the coordinator wants to save, said so a coordinator understands it.
 *
 * @param field   the form field it belongs to
 * @param row     which place, schedule or contact (0-based) for row fields; -1 for the offer's own fields
 * @param message one Danish sentence, e.g. "Angiv mindst én mødetid eller skriv 'efter aftale'"
 */
public record Problem(Field field, int row, String message) {

    /** Which part of the form a field is in: the offer's own fields, or one row of a list. */
    public enum Part {
        OFFER, SCHEDULE, PLACE, CONTACT
    }

    /** The form fields a problem can point at. */
    public enum Field {
        NAME(Part.OFFER), URL(Part.OFFER), EMAIL(Part.OFFER), AGE_MIN(Part.OFFER), AGE_MAX(Part.OFFER),
        PRICE(Part.OFFER), LAST_CHECKED(Part.OFFER), SCHEDULES(Part.OFFER),
        SCHEDULE_DAYS(Part.SCHEDULE), SCHEDULE_MONTH_WEEK(Part.SCHEDULE), SCHEDULE_DATE(Part.SCHEDULE),
        SCHEDULE_INTERVAL(Part.SCHEDULE), SCHEDULE_OPENS(Part.SCHEDULE), SCHEDULE_CLOSES(Part.SCHEDULE),
        SCHEDULE_VALID_TO(Part.SCHEDULE),
        PLACE_POSTCODE(Part.PLACE), PLACE_COORDINATES(Part.PLACE), PLACE_ACCESS(Part.PLACE),
        CONTACT_PHONE(Part.CONTACT), CONTACT_EMAIL(Part.CONTACT);

        private final Part part;

        Field(Part part) {
            this.part = part;
        }

        /** The part of the form the field is in. */
        public Part part() {
            return part;
        }
    }

    static Problem of(Field field, String message) {
        return new Problem(field, -1, message);
    }
}
