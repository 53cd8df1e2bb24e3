package dk.henvis.referrals;

import dk.henvis.catalog.FocusLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A known set of 11 referrals whose statistics are worked out by hand in {@link ReferralStatisticsTest}.
 * <ul>
 * <li>A: 6 × Hjemmeplejen, Nov 2026, stoette, 80+, UCLA 3,3,2 (8), to the choir (Musik), consent;
 *     follow-up: went, still going, UCLA 2,2,2 (6) — a change of −2.</li>
 * <li>B: 3 × Hjemmeplejen, Nov 2026, tidlig, 65–79, UCLA 2,2,1 (5), to the choir and the knitting café
 *     (Håndarbejde), consent; follow-up: did not go, no UCLA.</li>
 * <li>C: 2 × Jobcenter, Dec 2026, forebyg, 25–44, no UCLA, to football (Idræt), no consent, no follow-up.</li>
 * </ul>
 */
final class KnownReferrals {
    static final ReferredOffer CHOIR = new ReferredOffer("kommunen", "kor", "Sangkoret", "Musik");
    static final ReferredOffer KNITTING = new ReferredOffer("kommunen", "strik", "Strikkecafé", "Håndarbejde");
    static final ReferredOffer FOOTBALL = new ReferredOffer("dgi", "fodbold", "Gåfodbold", "Idræt");

    private KnownReferrals() {
    }

    static List<ReferralRecord> all() {
        SplittableRandom random = new SplittableRandom(7);
        List<ReferralRecord> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(new ReferralRecord(ReferralCode.random(random), LocalDate.of(2026, 11, 2 + i), "Hjemmeplejen",
                    FocusLevel.STOETTE, AgeBand.FROM_80, "3600", true, new UclaScore(3, 3, 2), List.of(CHOIR),
                    new FollowUp(LocalDate.of(2026, 12, 10), true, true, new UclaScore(2, 2, 2))));
        }
        for (int i = 0; i < 3; i++) {
            out.add(new ReferralRecord(ReferralCode.random(random), LocalDate.of(2026, 11, 20 + i), "Hjemmeplejen",
                    FocusLevel.TIDLIG, AgeBand.FROM_65_TO_79, "3630", true, new UclaScore(2, 2, 1),
                    List.of(CHOIR, KNITTING), new FollowUp(LocalDate.of(2026, 12, 15), false, null, null)));
        }
        for (int i = 0; i < 2; i++) {
            out.add(new ReferralRecord(ReferralCode.random(random), LocalDate.of(2026, 12, 1 + i), "Jobcenter",
                    FocusLevel.FOREBYG, AgeBand.FROM_25_TO_44, null, false, null, List.of(FOOTBALL), null));
        }
        return out;
    }
}
