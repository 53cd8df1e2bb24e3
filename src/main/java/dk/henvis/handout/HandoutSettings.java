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
    /** The built-in unit "Andet": no unit to name. */
    private static final String OTHER = "andet";

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
     * The footer names the worker's own unit ("Døgnplejen, Frederikssund Kommune", or a unit the coordinator
     * added: "Aktivitetscentret, Frederikssund Kommune") and its phone when they were given; without a unit (or
     * with "Andet") it names the action plan's contact.
     *
     * @param unit a built-in unit's code in the settings ("doegnplejen"), the name of a unit the coordinator
     *             added (as {@code dk.henvis.settings.ReferralUnits} spells it), or null
     */
    public static HandoutSettings forUnit(String unit, String phone) {
        HandoutSettings d = defaults();
        String u = blankToNull(unit);
        String line = d.contactLine();
        if (u != null && !u.equals(OTHER)) {
            String key = "handout.unit." + u;
            String builtIn = Messages.get(key);
            boolean added = builtIn.equals("!" + key + "!");
            // an added unit that names its municipality itself ("Frivilligcentret, Frederikssund Kommune") stands alone
            line = !added ? builtIn
                    : u.toLowerCase(Messages.DANISH).contains("kommune") ? u : Messages.get("handout.unit.added", u);
        }
        return new HandoutSettings(d.author(), line, phone);
    }

    public HandoutSettings withUnitPhone(String phone) {
        return new HandoutSettings(author, contactLine, phone);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
