package dk.henvis.referrals;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One anonymous referral: what the log knows about a handout. It holds nothing that identifies the
 * citizen — no name, CPR number, address, phone, exact age or free text (ADR referrals-privacy).
 *
 * @param unit            the staff unit that referred, e.g. "Hjemmeplejen Nord"; null when not given
 * @param focus           the action plan's focus level, null when not given
 * @param ageBand         null when the age was not given
 * @param postcode        four digits, null when not given
 * @param followupConsent the citizen agreed to be asked later how it went
 * @param ucla            the loneliness items at referral, null when not asked
 * @param followUp        the follow-up, null until one is recorded
 */
public record ReferralRecord(
        ReferralCode code,
        LocalDate date,
        String unit,
        FocusLevel focus,
        AgeBand ageBand,
        String postcode,
        boolean followupConsent,
        UclaScore ucla,
        List<ReferredOffer> offers,
        FollowUp followUp) {

    /** Longest unit name kept; a unit is a team's name, never a sentence. */
    public static final int MAX_UNIT_LENGTH = 60;

    public ReferralRecord {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        unit = normaliseUnit(unit);
        postcode = normalisePostcode(postcode);
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /**
     * A new referral from what a worker entered. The exact age is turned into its band here and goes no
     * further; offers are kept with their name and category as they are today.
     *
     * @param age null when not given
     */
    public static ReferralRecord of(ReferralCode code, LocalDate date, String unit, FocusLevel focus, Integer age,
            String postcode, boolean followupConsent, UclaScore ucla, List<Offer> offers) {
        return new ReferralRecord(code, date, unit, focus, age == null ? null : AgeBand.of(age), postcode,
                followupConsent, ucla, offers.stream().map(ReferredOffer::of).toList(), null);
    }

    public ReferralRecord withFollowUp(FollowUp f) {
        return new ReferralRecord(code, date, unit, focus, ageBand, postcode, followupConsent, ucla, offers, f);
    }

    /** The same referral with the citizen's answers: consent to a follow-up and the UCLA items (null: not asked). */
    public ReferralRecord withAnswers(boolean consent, UclaScore score) {
        return new ReferralRecord(code, date, unit, focus, ageBand, postcode, consent, score, offers, followUp);
    }

    private static String normaliseUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        String u = unit.strip().replaceAll("\\s+", " ");
        if (u.length() > MAX_UNIT_LENGTH || u.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException(Messages.get("referral.unit.invalid", MAX_UNIT_LENGTH));
        }
        return u;
    }

    private static String normalisePostcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String p = postcode.strip();
        if (!p.matches("[0-9]{4}")) {
            throw new BadInputException(Messages.get("referral.postcode.invalid", p));
        }
        return p;
    }
}
