package dk.henvis.referrals;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.time.LocalDate;

/**
 * A period of referral dates, both ends inclusive; a null end is open.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public static final DateRange ALL = new DateRange(null, null);

    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadInputException(Messages.get("referral.period.reversed", from, to));
        }
    }

    public boolean contains(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /** The lower bound as stored text, open ends replaced by extremes that sort correctly. */
    String fromText() {
        return from == null ? "0000-01-01" : from.toString();
    }

    String toText() {
        return to == null ? "9999-12-31" : to.toString();
    }
}
