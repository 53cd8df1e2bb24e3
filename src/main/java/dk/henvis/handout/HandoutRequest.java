package dk.henvis.handout;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One handout to print: one to three offers (at most two in large print), for a citizen whose first
 * name and a personal note from the worker may be printed (and are never stored).
 *
 * @param firstName    printed in the heading, or null
 * @param note         the worker's personal note, or null
 * @param referralCode the code the follow-up uses (see {@code dk.henvis.referrals.ReferralCode})
 * @param date         the day the handout is given; "next time" is counted from it
 * @param largePrint   body text at 16 pt or more
 * @param stepFreeNeeded the citizen needs step-free access (the wheelchair need): each offer's stated access is
 *                     printed, or that it is not stated
 */
public record HandoutRequest(List<Offer> offers, String firstName, String note, String referralCode, LocalDate date,
        boolean largePrint, boolean stepFreeNeeded) {
    public static final int MAX_OFFERS = 3;
    public static final int MAX_OFFERS_LARGE_PRINT = 2;

    public HandoutRequest {
        offers = offers == null ? List.of() : List.copyOf(offers);
        Objects.requireNonNull(referralCode, "referralCode");
        Objects.requireNonNull(date, "date");
        firstName = firstName == null || firstName.isBlank() ? null : firstName.strip();
        note = note == null || note.isBlank() ? null : note.strip();
        if (offers.isEmpty() || offers.size() > MAX_OFFERS) {
            throw new BadInputException(Messages.get("handout.error.count", offers.size()));
        }
        if (largePrint && offers.size() > MAX_OFFERS_LARGE_PRINT) {
            throw new BadInputException(Messages.get("handout.error.largePrintCount", offers.size()));
        }
    }

    /** A handout for a citizen without the wheelchair need. */
    public HandoutRequest(List<Offer> offers, String firstName, String note, String referralCode, LocalDate date,
            boolean largePrint) {
        this(offers, firstName, note, referralCode, date, largePrint, false);
    }
}
