package dk.henvis.settings;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.PersonalData;
import dk.henvis.i18n.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The units a referral may name: the built-in staff units ({@link StaffUnit}, by code) and the units the
 * coordinator added on this installation ({@code referral.units} in {@code settings.properties}). The
 * referral log holds only these, so a name or a CPR number typed as a unit is never stored. A new unit's
 * name is checked like any free text ({@link PersonalData}).
 */
public final class ReferralUnits {
    public static final String KEY = "referral.units";
    /** Longest unit name: a team's name, never a sentence. */
    public static final int MAX_LENGTH = 60;
    private static final String SEPARATOR = "|";

    private final Settings settings;

    public ReferralUnits(Settings settings) {
        this.settings = settings;
    }

    /** Every unit a referral may name: the built-in codes first, then the added names. */
    public List<String> all() {
        List<String> all = new ArrayList<>(Arrays.stream(StaffUnit.values()).map(StaffUnit::code).toList());
        all.addAll(added());
        return all;
    }

    /** The units the coordinator added. */
    public List<String> added() {
        return settings.get(KEY).map(v -> Arrays.stream(v.split("\\" + SEPARATOR)).filter(s -> !s.isBlank()).toList())
                .orElse(List.of());
    }

    /**
     * The worker's unit from the settings as the list spells it: a built-in unit's code or a unit the coordinator
     * added; empty when none is set or the stored one is no longer on the list.
     */
    public Optional<String> worker() {
        return find(settings.unitName().orElse(null));
    }

    /** The unit as the list spells it, when {@code unit} is in the list (case and spacing aside). */
    public Optional<String> find(String unit) {
        if (unit == null) {
            return Optional.empty();
        }
        String wanted = normal(unit).toLowerCase(Locale.ROOT);
        return all().stream().filter(u -> u.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * The unit as the list spells it; bad input naming the unit and the list when it is not there.
     *
     * @param where what named it, for the message ("--unit", a pooling file)
     */
    public String require(String unit, String where) {
        if (PersonalData.hasCpr(unit)) {
            throw new BadInputException(Messages.get("referral.unit.cpr"));
        }
        return find(unit).orElseThrow(() -> new BadInputException(Messages.get("referral.unit.unknown", where,
                unit, String.join(", ", all()))));
    }

    /** Adds a unit (checked like any free text); returns it as stored. Adding a known unit changes nothing. */
    public String add(String name) {
        String n = normal(name == null ? "" : name);
        if (n.isEmpty() || n.length() > MAX_LENGTH || n.contains(SEPARATOR) || n.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException(Messages.get("referral.unit.badName", MAX_LENGTH));
        }
        if (PersonalData.hasCpr(n)) {
            throw new BadInputException(Messages.get("referral.unit.cpr"));
        }
        Optional<String> known = find(n);
        if (known.isPresent()) {
            return known.get();
        }
        List<String> added = new ArrayList<>(added());
        added.add(n);
        settings.put(KEY, String.join(SEPARATOR, added));
        return n;
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
