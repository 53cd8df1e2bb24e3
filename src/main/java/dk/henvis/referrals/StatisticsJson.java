package dk.henvis.referrals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The statistics as JSON ({@code henvis stats --json}). Top level: {@code referrals} and
 * {@code followups} (exact totals of the period, contract §1), then the breakdowns and shares, where
 * every count of 1–4 citizens is the string {@code "<5"} and a hidden share has {@code percent: null}.
 */
public final class StatisticsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatisticsJson() {
    }

    public static ObjectNode of(ReferralStatistics s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("referrals", s.referrals());
        root.put("followups", s.followups());
        ObjectNode period = root.putObject("period");
        period.put("from", s.period().from() == null ? null : s.period().from().toString());
        period.put("to", s.period().to() == null ? null : s.period().to().toString());
        root.put("smallCountLimit", SmallCounts.MIN_SHOWN);
        root.set("followUpRate", share(s.followUpRate()));
        root.set("attended", share(s.attended()));
        root.set("stillGoing", share(s.stillGoing()));
        root.set("followupConsent", share(s.consent()));
        root.set("uclaSevereAtReferral", share(s.severeAtReferral()));
        root.set("uclaSevereAtFollowup", share(s.severeAtFollowUp()));
        ObjectNode change = root.putObject("uclaMeanChange");
        putCount(change, "n", s.uclaChange().n());
        if (s.uclaChange().visibleMean().isPresent()) {
            change.put("mean", round(s.uclaChange().visibleMean().getAsDouble()));
        } else {
            change.putNull("mean");
        }
        ObjectNode plan = root.putObject("planTargets");
        plan.put("baselinePercent", ReferralStatistics.PLAN_BASELINE_PERCENT);
        plan.put("targetPercent", ReferralStatistics.PLAN_TARGET_PERCENT);
        root.set("perMonth", cells(s.perMonth()));
        root.set("perUnit", cells(s.perUnit()));
        root.set("perFocus", cells(s.perFocus()));
        root.set("perAgeBand", cells(s.perAgeBand()));
        root.set("perPostcode", cells(s.perPostcode()));
        root.set("perOfferCategory", cells(s.perOfferCategory()));
        ArrayNode perOffer = cells(s.perOffer());
        for (int i = 0; i < perOffer.size(); i++) {
            ((ObjectNode) perOffer.get(i)).put("offer", s.perOffer().get(i).key());
        }
        root.set("perOffer", perOffer);
        return root;
    }

    private static ObjectNode share(Share share) {
        ObjectNode n = MAPPER.createObjectNode();
        if (share.hidden()) {
            n.put("count", SmallCounts.HIDDEN);
        } else {
            n.put("count", share.count());
        }
        putCount(n, "of", share.of());
        if (share.percent().isPresent()) {
            n.put("percent", round(share.percent().getAsDouble()));
        } else {
            n.putNull("percent");
        }
        return n;
    }

    private static ArrayNode cells(List<LabelledCount> counts) {
        ArrayNode a = MAPPER.createArrayNode();
        for (LabelledCount c : counts) {
            ObjectNode n = a.addObject();
            n.put("label", c.label());
            putCount(n, "count", c.count());
        }
        return a;
    }

    private static void putCount(ObjectNode n, String key, int count) {
        if (SmallCounts.hidden(count)) {
            n.put(key, SmallCounts.HIDDEN);
        } else {
            n.put(key, count);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
