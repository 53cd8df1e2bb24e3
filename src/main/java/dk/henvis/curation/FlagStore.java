package dk.henvis.curation;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The offer_flag table: all SQL for feedback flags lives here. */
public final class FlagStore {
    private static final String COLUMNS =
            "id, source, source_id, offer_name, text, created_on, unit, origin, status, resolved_on";

    private final Database db;

    public FlagStore(Database db) {
        this.db = db;
    }

    /** Stores a new flag. */
    public void add(Flag flag) {
        db.jdbi().useHandle(h -> insert(h, flag));
    }

    /**
     * Stores the flags not yet known (by id), all in one transaction: a flag already here is left as it is,
     * so a flag the coordinator resolved stays resolved when the worker's file still lists it as open.
     *
     * @return how many were new
     */
    public int addMissing(Collection<Flag> flags) {
        return db.jdbi().inTransaction(h -> {
            int added = 0;
            for (Flag f : flags) {
                boolean known = h.createQuery("SELECT count(*) FROM offer_flag WHERE id = ?").bind(0, f.id())
                        .mapTo(Integer.class).one() > 0;
                if (!known) {
                    insert(h, f);
                    added++;
                }
            }
            return added;
        });
    }

    private static void insert(Handle h, Flag f) {
        h.createUpdate("INSERT INTO offer_flag (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(0, f.id()).bind(1, f.offer().source()).bind(2, f.offer().sourceId())
                .bind(3, f.offerName()).bind(4, f.text()).bind(5, f.created().toString()).bind(6, f.unit())
                .bind(7, f.origin()).bind(8, f.status().code())
                .bind(9, f.resolvedOn() == null ? null : f.resolvedOn().toString())
                .execute();
    }

    /** Marks one flag resolved; false when there is no open flag with that id. */
    public boolean resolve(String id, LocalDate on) {
        return db.jdbi().withHandle(h -> h.createUpdate("UPDATE offer_flag SET status = 'resolved', resolved_on = ?"
                        + " WHERE id = ? AND status = 'open'")
                .bind(0, on.toString()).bind(1, id).execute() > 0);
    }

    /**
     * Marks the open flags among {@code resolutions} (flag id to the day it was resolved) resolved, in one
     * transaction; ids not here are ignored. Returns how many changed.
     */
    public int resolveAll(Map<String, LocalDate> resolutions) {
        return db.jdbi().inTransaction(h -> {
            int changed = 0;
            for (Map.Entry<String, LocalDate> r : resolutions.entrySet()) {
                changed += h.createUpdate("UPDATE offer_flag SET status = 'resolved', resolved_on = ?"
                                + " WHERE id = ? AND status = 'open'")
                        .bind(0, r.getValue().toString()).bind(1, r.getKey()).execute();
            }
            return changed;
        });
    }

    public Optional<Flag> find(String id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM offer_flag WHERE id = ?")
                .bind(0, id).map((rs, ctx) -> read(rs)).findOne());
    }

    /** Every flag, oldest first. */
    public List<Flag> all() {
        return list("SELECT " + COLUMNS + " FROM offer_flag ORDER BY created_on, id");
    }

    /** The open flags, oldest first. */
    public List<Flag> open() {
        return list("SELECT " + COLUMNS + " FROM offer_flag WHERE status = 'open' ORDER BY created_on, id");
    }

    /** The open flags this installation raised (what its flag file carries). */
    public List<Flag> openFrom(String origin) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM offer_flag"
                        + " WHERE status = 'open' AND origin = ? ORDER BY created_on, id")
                .bind(0, origin).map((rs, ctx) -> read(rs)).list());
    }

    /** The resolved flags other installations raised (what the resolutions file carries back). */
    public List<Flag> resolvedNotFrom(String origin) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM offer_flag"
                        + " WHERE status = 'resolved' AND origin <> ? ORDER BY resolved_on, id")
                .bind(0, origin).map((rs, ctx) -> read(rs)).list());
    }

    /** The flags about one offer, oldest first. */
    public List<Flag> forOffer(OfferKey key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM offer_flag"
                        + " WHERE source = ? AND source_id = ? ORDER BY created_on, id")
                .bind(0, key.source()).bind(1, key.sourceId()).map((rs, ctx) -> read(rs)).list());
    }

    private List<Flag> list(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).map((rs, ctx) -> read(rs)).list());
    }

    private static Flag read(ResultSet rs) throws SQLException {
        String resolved = rs.getString(10);
        return new Flag(rs.getString(1), new OfferKey(rs.getString(2), rs.getString(3)), rs.getString(4),
                rs.getString(5), LocalDate.parse(rs.getString(6)), rs.getString(7), rs.getString(8),
                Flag.Status.fromCode(rs.getString(9)), resolved == null ? null : LocalDate.parse(resolved));
    }
}
