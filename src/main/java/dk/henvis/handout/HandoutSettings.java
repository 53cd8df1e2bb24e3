package dk.henvis.handout;

import dk.henvis.i18n.Messages;

/**
 * What the municipality prints on every handout.
 *
 * @param author      the document's author (the municipality)
 * @param contactLine whom the citizen may ask, e.g. the health centre's name and e-mail
 * @param unitPhone   the staff unit's phone number, or null
 */
public record HandoutSettings(String author, String contactLine, String unitPhone) {

    public HandoutSettings {
        author = blankToNull(author);
        contactLine = blankToNull(contactLine);
        unitPhone = blankToNull(unitPhone);
    }

    /** The sample default: Center for Sundhed og Forebyggelse, Frederikssund Kommune (the action plan's contact). */
    public static HandoutSettings defaults() {
        return new HandoutSettings(Messages.get("handout.default.author"), Messages.get("handout.default.contactLine"),
                null);
    }

    /**
     * The footer names the worker's own unit ("Døgnplejen, Frederikssund Kommune") and its phone when they
     * were given at first start; without a unit (or with "Andet") it names the action plan's contact.
     *
     * @param unitCode the unit's code in the settings ("doegnplejen"), or null
     */
    public static HandoutSettings forUnit(String unitCode, String phone) {
        HandoutSettings d = defaults();
        String key = "handout.unit." + unitCode;
        String unitLine = unitCode == null ? null : Messages.get(key);
        boolean known = unitLine != null && !unitLine.equals("!" + key + "!");
        return new HandoutSettings(d.author(), known ? unitLine : d.contactLine(), phone);
    }

    public HandoutSettings withUnitPhone(String phone) {
        return new HandoutSettings(author, contactLine, phone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
