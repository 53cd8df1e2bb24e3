package dk.henvis.cli;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parsing of option values shared by the commands, with one clear Danish line on bad input. */
final class CliValues {
    private CliValues() {
    }

    /** yes/no (also ja/nej); {@code option} names the flag in the message. */
    static boolean yesNo(String option, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "yes", "ja", "y", "j", "true" -> true;
            case "no", "nej", "n", "false" -> false;
            default -> throw new BadInputException(Messages.get("cli.yesNo.invalid", option, String.valueOf(value)));
        };
    }

    /** A date as YYYY-MM-DD, or null when not given. */
    static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(Messages.get("cli.date.invalid", option, value));
        }
    }
}
