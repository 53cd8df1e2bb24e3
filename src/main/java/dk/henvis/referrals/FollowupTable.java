package dk.henvis.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** All SQL on the {@code followup} table. */
final class FollowupTable {
    private FollowupTable() {
    }

    static boolean exists(Handle h, long referralId) {
        return h.createQuery("SELECT count(*) FROM followup WHERE referral_id = ?")
                .bind(0, referralId).mapTo(Integer.class).one() > 0;
    }

    static void insert(Handle h, long referralId, FollowUp f) {
        UclaScore u = f.ucla();
        h.createUpdate("INSERT INTO followup (referral_id, followed_on, attended, still_going, ucla_1, ucla_2, ucla_3)"
                        + " VALUES (:rid, :date, :attended, :still, :u1, :u2, :u3)")
                .bind("rid", referralId)
                .bind("date", f.date().toString())
                .bind("attended", f.attended() ? 1 : 0)
                .bind("still", f.stillGoing() == null ? null : (f.stillGoing() ? 1 : 0))
                .bind("u1", u == null ? null : u.item1())
                .bind("u2", u == null ? null : u.item2())
                .bind("u3", u == null ? null : u.item3())
                .execute();
    }

    private static final String COLUMNS =
            "f.referral_id, f.followed_on, f.attended, f.still_going, f.ucla_1, f.ucla_2, f.ucla_3";

    /** The follow-up of one referral, if it has one. */
    static Optional<FollowUp> ofReferral(Handle h, long referralId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM followup f WHERE f.referral_id = ?")
                .bind(0, referralId)
                .map((rs, ctx) -> row(rs).getValue())
                .findOne();
    }

    /** The follow-ups of the referrals dated in the range, by referral id. */
    static Map<Long, FollowUp> inRange(Handle h, DateRange range) {
        Map<Long, FollowUp> out = new HashMap<>();
        h.createQuery("SELECT " + COLUMNS + " FROM followup f JOIN referral r ON r.id = f.referral_id"
                        + " WHERE r.referred_on >= ? AND r.referred_on <= ?")
                .bind(0, range.fromText()).bind(1, range.toText())
                .map((rs, ctx) -> row(rs))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Map.Entry<Long, FollowUp> row(ResultSet rs) throws SQLException {
        Integer still = (Integer) rs.getObject(4);
        return Map.entry(rs.getLong(1), new FollowUp(LocalDate.parse(rs.getString(2)), rs.getInt(3) == 1,
                still == null ? null : still == 1,
                UclaScore.ofNullable((Integer) rs.getObject(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7))));
    }
}
