package dk.henvis.referrals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** All SQL on the {@code referral_offer} table. */
final class ReferralOfferTable {
    private ReferralOfferTable() {
    }

    static void insert(Handle h, long referralId, List<ReferredOffer> offers) {
        if (offers.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO referral_offer (referral_id, position, source, offer_id,"
                + " name, category) VALUES (:rid, :pos, :source, :offerId, :name, :category)");
        int pos = 0;
        for (ReferredOffer o : offers) {
            batch.bind("rid", referralId).bind("pos", pos++).bind("source", o.source()).bind("offerId", o.offerId())
                    .bind("name", o.name()).bind("category", o.category()).add();
        }
        batch.execute();
    }

    /** The offers of one referral, in their order on the handout. */
    static List<ReferredOffer> ofReferral(Handle h, long referralId) {
        return h.createQuery("SELECT source, offer_id, name, category FROM referral_offer WHERE referral_id = ?"
                        + " ORDER BY position")
                .bind(0, referralId)
                .map((rs, ctx) -> new ReferredOffer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The offers of every referral dated in the range, by referral id, in their order on the handout. */
    static Map<Long, List<ReferredOffer>> inRange(Handle h, DateRange range) {
        Map<Long, List<ReferredOffer>> out = new HashMap<>();
        h.createQuery("SELECT o.referral_id, o.source, o.offer_id, o.name, o.category FROM referral_offer o"
                        + " JOIN referral r ON r.id = o.referral_id"
                        + " WHERE r.referred_on >= ? AND r.referred_on <= ? ORDER BY o.referral_id, o.position")
                .bind(0, range.fromText()).bind(1, range.toText())
                .map((rs, ctx) -> Map.entry(rs.getLong(1),
                        new ReferredOffer(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }
}
