package dk.henvis.referrals;

import dk.henvis.catalog.FocusLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** All SQL on the {@code referral} table. */
final class ReferralTable {
    private static final String COLUMNS = "id, referral_code, referred_on, unit, focus, age_band, postcode,"
            + " followup_consent, ucla_1, ucla_2, ucla_3";

    private ReferralTable() {
    }

    /** A stored referral and its row id (offers and follow-up are added by the caller). */
    record Row(long id, ReferralRecord record) {
    }

    static long insert(Handle h, ReferralRecord r) {
        UclaScore u = r.ucla();
        return h.createUpdate("INSERT INTO referral (referral_code, referred_on, unit, focus, age_band, postcode,"
                        + " followup_consent, ucla_1, ucla_2, ucla_3)"
                        + " VALUES (:code, :date, :unit, :focus, :ageBand, :postcode, :consent, :u1, :u2, :u3)")
                .bind("code", r.code().value())
                .bind("date", r.date().toString())
                .bind("unit", r.unit())
                .bind("focus", r.focus() == null ? null : r.focus().code())
                .bind("ageBand", r.ageBand() == null ? null : r.ageBand().code())
                .bind("postcode", r.postcode())
                .bind("consent", r.followupConsent() ? 1 : 0)
                .bind("u1", u == null ? null : u.item1())
                .bind("u2", u == null ? null : u.item2())
                .bind("u3", u == null ? null : u.item3())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    static Optional<Long> idOf(Handle h, ReferralCode code) {
        return h.createQuery("SELECT id FROM referral WHERE referral_code = ?")
                .bind(0, code.value()).mapTo(Long.class).findOne();
    }

    /** The referral's own fields (without offers and follow-up). */
    static ReferralRecord byId(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral WHERE id = ?").bind(0, id)
                .map(ReferralTable::row).one().record();
    }

    /** The referral with this code and its row id, without offers and follow-up. */
    static Optional<Row> byCode(Handle h, ReferralCode code) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral WHERE referral_code = ?").bind(0, code.value())
                .map(ReferralTable::row).findOne();
    }

    static List<Row> inRange(Handle h, DateRange range) {
        return h.createQuery("SELECT " + COLUMNS + " FROM referral WHERE referred_on >= ? AND referred_on <= ?"
                        + " ORDER BY referred_on, referral_code")
                .bind(0, range.fromText()).bind(1, range.toText())
                .map(ReferralTable::row)
                .list();
    }

    private static Row row(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Row(rs.getLong("id"), new ReferralRecord(
                        new ReferralCode(rs.getString("referral_code")),
                        LocalDate.parse(rs.getString("referred_on")),
                        rs.getString("unit"),
                        FocusLevel.fromCode(rs.getString("focus")).orElse(null),
                        AgeBand.fromCode(rs.getString("age_band")).orElse(null),
                        rs.getString("postcode"),
                        rs.getInt("followup_consent") == 1,
                        UclaScore.ofNullable((Integer) rs.getObject("ucla_1"), (Integer) rs.getObject("ucla_2"),
                                (Integer) rs.getObject("ucla_3")),
                        List.of(), null));
    }

    static int count(Handle h) {
        return h.createQuery("SELECT count(*) FROM referral").mapTo(Integer.class).one();
    }

    /** How many referrals are dated before {@code cutoff}. */
    static int countBefore(Handle h, LocalDate cutoff) {
        return h.createQuery("SELECT count(*) FROM referral WHERE referred_on < ?").bind(0, cutoff.toString())
                .mapTo(Integer.class).one();
    }

    /** Deletes the referrals dated before {@code cutoff} (their offers and follow-ups cascade). */
    static boolean anyBefore(Handle h, LocalDate cutoff) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM referral WHERE referred_on < ?)").bind(0, cutoff.toString())
                .mapTo(Integer.class).one() != 0;
    }

    static int deleteBefore(Handle h, LocalDate cutoff) {
        return h.createUpdate("DELETE FROM referral WHERE referred_on < ?").bind(0, cutoff.toString()).execute();
    }
}
