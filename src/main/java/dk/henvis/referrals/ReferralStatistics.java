package dk.henvis.referrals;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.i18n.Messages;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statistics of the referrals in a period: does the plan work? Breakdowns are lists of labelled
 * counts ready for a table or a chart; every figure that counts 1–4 citizens is hidden when shown
 * (see {@link SmallCounts}). Set beside the action plan's targets: 11 % lonely citizens in 2021, 7 % as
 * the goal.
 *
 * @param referrals             referrals dated in the period (exact: the contract's {@code referrals})
 * @param followups             how many of them have a follow-up (exact: the contract's {@code followups})
 * @param perMonth              every month from the period's (or the first record's) start to its end
 * @param perOfferCategory      referrals naming at least one offer of the category (a referral counts
 *                              once per category)
 * @param perOffer              referrals naming the offer, labelled with its latest name
 * @param followUpRate          follow-ups of referrals
 * @param attended              went at least once, of follow-ups
 * @param stillGoing            still going, of follow-ups
 * @param consent               agreed to a follow-up, of referrals
 * @param severeAtReferral      UCLA sum 7+ at referral, of referrals with the UCLA items
 * @param severeAtFollowUp      UCLA sum 7+ at follow-up, of follow-ups with the UCLA items
 * @param uclaChange            mean change of the UCLA sum, over citizens with both scores
 */
public record ReferralStatistics(
        DateRange period,
        int referrals,
        int followups,
        List<LabelledCount> perMonth,
        List<LabelledCount> perUnit,
        List<LabelledCount> perFocus,
        List<LabelledCount> perAgeBand,
        List<LabelledCount> perPostcode,
        List<LabelledCount> perOfferCategory,
        List<LabelledCount> perOffer,
        Share followUpRate,
        Share attended,
        Share stillGoing,
        Share consent,
        Share severeAtReferral,
        Share severeAtFollowUp,
        MeanChange uclaChange) {

    /** How many referrals, as it may be shown anywhere (the small-count rule: 1-4 is "<5"). */
    public String shownReferrals() {
        return SmallCounts.shown(referrals);
    }

    /** How many follow-ups, as it may be shown anywhere (the small-count rule). */
    public String shownFollowups() {
        return SmallCounts.shown(followups);
    }

    /** The action plan's share of lonely citizens (16+) in the 2021 health profile, in percent. */
    public static final double PLAN_BASELINE_PERCENT = 11.0;
    /** The action plan's goal, in percent. */
    public static final double PLAN_TARGET_PERCENT = 7.0;

    /**
     * Largest shown count first, then by label. Hidden cells sort as equals, so their order does not
     * tell which of them is larger.
     */
    private static final Comparator<LabelledCount> LARGEST_FIRST = Comparator
            .comparingInt((LabelledCount c) -> c.hidden() ? 0 : c.count()).reversed()
            .thenComparing(LabelledCount::label);

    public ReferralStatistics {
        perMonth = List.copyOf(perMonth);
        perUnit = List.copyOf(perUnit);
        perFocus = List.copyOf(perFocus);
        perAgeBand = List.copyOf(perAgeBand);
        perPostcode = List.copyOf(perPostcode);
        perOfferCategory = List.copyOf(perOfferCategory);
        perOffer = List.copyOf(perOffer);
    }

    /** Computes the statistics of {@code records}, which must be the referrals dated in {@code period}. */
    public static ReferralStatistics of(DateRange period, List<ReferralRecord> records) {
        String unknown = Messages.get("referral.stats.unknown");
        Map<String, Integer> units = new TreeMap<>();
        Map<String, Integer> postcodes = new TreeMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> offers = new TreeMap<>();
        Map<String, String> offerNames = new LinkedHashMap<>();
        Map<FocusLevel, Integer> focus = new LinkedHashMap<>();
        Map<AgeBand, Integer> ages = new LinkedHashMap<>();
        TreeMap<YearMonth, Integer> months = new TreeMap<>();
        int followups = 0;
        int attended = 0;
        int still = 0;
        int consent = 0;
        int withUcla = 0;
        int severe = 0;
        int followUpsWithUcla = 0;
        int severeAtFollowUp = 0;
        int bothScores = 0;
        int changeSum = 0;
        for (ReferralRecord r : records) {
            months.merge(YearMonth.from(r.date()), 1, Integer::sum);
            units.merge(r.unit() == null ? unknown : r.unit(), 1, Integer::sum);
            postcodes.merge(r.postcode() == null ? unknown : r.postcode(), 1, Integer::sum);
            if (r.focus() != null) {
                focus.merge(r.focus(), 1, Integer::sum);
            }
            if (r.ageBand() != null) {
                ages.merge(r.ageBand(), 1, Integer::sum);
            }
            Set<String> cats = new LinkedHashSet<>();
            Set<String> keys = new LinkedHashSet<>();
            for (ReferredOffer o : r.offers()) {
                cats.add(o.category() == null ? unknown : o.category());
                keys.add(o.key());
                offerNames.put(o.key(), o.name()); // records are oldest first: the latest name wins
            }
            cats.forEach(c -> categories.merge(c, 1, Integer::sum));
            keys.forEach(k -> offers.merge(k, 1, Integer::sum));
            if (r.followupConsent()) {
                consent++;
            }
            if (r.ucla() != null) {
                withUcla++;
                if (r.ucla().severe()) {
                    severe++;
                }
            }
            FollowUp f = r.followUp();
            if (f != null) {
                followups++;
                if (f.attended()) {
                    attended++;
                }
                if (Boolean.TRUE.equals(f.stillGoing())) {
                    still++;
                }
                if (f.ucla() != null) {
                    followUpsWithUcla++;
                    if (f.ucla().severe()) {
                        severeAtFollowUp++;
                    }
                    if (r.ucla() != null) {
                        bothScores++;
                        changeSum += f.ucla().sum() - r.ucla().sum();
                    }
                }
            }
        }
        return new ReferralStatistics(period, records.size(), followups,
                monthCells(period, months),
                byCountThenLabel(units),
                enumCells(FocusLevel.values(), focus, FocusLevel::code),
                enumCells(AgeBand.values(), ages, AgeBand::code),
                byCountThenLabel(postcodes),
                byCountThenLabel(categories),
                offerCells(offers, offerNames),
                new Share(followups, records.size()),
                new Share(attended, followups),
                new Share(still, followups),
                new Share(consent, records.size()),
                new Share(severe, withUcla),
                new Share(severeAtFollowUp, followUpsWithUcla),
                new MeanChange(bothScores, bothScores == 0 ? 0.0 : (double) changeSum / bothScores));
    }

    private static List<LabelledCount> monthCells(DateRange period, TreeMap<YearMonth, Integer> months) {
        if (months.isEmpty() && (period.from() == null || period.to() == null)) {
            return List.of();
        }
        YearMonth first = period.from() != null ? YearMonth.from(period.from()) : months.firstKey();
        YearMonth last = period.to() != null ? YearMonth.from(period.to()) : months.lastKey();
        if (last.isBefore(first)) {
            return List.of();
        }
        List<LabelledCount> out = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(new LabelledCount(m.toString(), m.toString(), months.getOrDefault(m, 0)));
        }
        return out;
    }

    /** Every value of the enum, in its order, including those with 0. */
    private static <E extends Enum<E>> List<LabelledCount> enumCells(E[] values, Map<E, Integer> counts,
            java.util.function.Function<E, String> code) {
        List<LabelledCount> out = new ArrayList<>();
        for (E e : values) {
            out.add(new LabelledCount(code.apply(e), code.apply(e), counts.getOrDefault(e, 0)));
        }
        return out;
    }

    private static List<LabelledCount> byCountThenLabel(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> new LabelledCount(e.getKey(), e.getKey(), e.getValue()))
                .sorted(LARGEST_FIRST)
                .toList();
    }

    private static List<LabelledCount> offerCells(Map<String, Integer> counts, Map<String, String> names) {
        return counts.entrySet().stream()
                .map(e -> new LabelledCount(e.getKey(), names.get(e.getKey()), e.getValue()))
                .sorted(LARGEST_FIRST.thenComparing(LabelledCount::key))
                .toList();
    }
}
