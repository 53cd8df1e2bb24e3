package dk.henvis.curation;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Local knowledge about offers (the offer_note table; all its SQL lives here). Kept by the offer's
 * source and id, beside the offer rather than in it, so a sync that rewrites or withdraws the offer
 * never touches it, and it is there again when the offer comes back.
 */
public final class OfferNotes {
    private final Database db;
    private final Clock clock;

    public OfferNotes(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Sets the note on an offer; a blank note removes it (a verification date stays). */
    public void setNote(OfferKey key, String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        upsert(key, "note", text);
    }

    /** Records that someone verified the offer by phone on {@code date}. */
    public void markVerified(OfferKey key, LocalDate date) {
        upsert(key, "verified_on", date == null ? null : date.toString());
    }

    private void upsert(OfferKey key, String column, String value) {
        db.jdbi().useHandle(h -> {
            h.createUpdate("INSERT INTO offer_note (source, source_id, " + column + ", updated_at)"
                            + " VALUES (:source, :id, :value, :now)"
                            + " ON CONFLICT (source, source_id) DO UPDATE SET " + column + " = :value,"
                            + " updated_at = :now")
                    .bind("source", key.source()).bind("id", key.sourceId()).bind("value", value)
                    .bind("now", Instant.now(clock).toString()).execute();
            h.createUpdate("DELETE FROM offer_note WHERE source = ? AND source_id = ? AND note IS NULL"
                            + " AND verified_on IS NULL")
                    .bind(0, key.source()).bind(1, key.sourceId()).execute();
        });
    }

    public Optional<OfferNote> find(OfferKey key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT source, source_id, note, verified_on, updated_at"
                        + " FROM offer_note WHERE source = ? AND source_id = ?")
                .bind(0, key.source()).bind(1, key.sourceId()).map((rs, ctx) -> read(rs)).findOne());
    }

    /** Every note, by offer. */
    public Map<OfferKey, OfferNote> all() {
        Map<OfferKey, OfferNote> out = new LinkedHashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT source, source_id, note, verified_on, updated_at"
                        + " FROM offer_note ORDER BY source, source_id")
                .map((rs, ctx) -> read(rs)).forEach(n -> out.put(n.key(), n)));
        return out;
    }

    private static OfferNote read(ResultSet rs) throws SQLException {
        String verified = rs.getString(4);
        return new OfferNote(new OfferKey(rs.getString(1), rs.getString(2)), rs.getString(3),
                verified == null ? null : LocalDate.parse(verified), Instant.parse(rs.getString(5)));
    }
}
