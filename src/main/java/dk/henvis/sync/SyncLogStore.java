package dk.henvis.sync;

import dk.henvis.catalog.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sync_log table: all SQL for the sync log lives here. Keeps the newest lines per source. */
public final class SyncLogStore {
    /** Lines kept per source; older ones are dropped as new ones are written. */
    static final int KEEP_PER_SOURCE = 500;

    private final Database db;

    public SyncLogStore(Database db) {
        this.db = db;
    }

    public void add(SyncLogEntry e) {
        db.jdbi().useHandle(h -> {
            h.createUpdate("INSERT INTO sync_log (time, source, outcome, added, changed, withdrawn, removed, error)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(0, e.time().toString()).bind(1, e.source()).bind(2, e.outcome().name())
                    .bind(3, e.added()).bind(4, e.changed()).bind(5, e.withdrawn()).bind(6, e.removed())
                    .bind(7, e.error()).execute();
            h.createUpdate("DELETE FROM sync_log WHERE source = ? AND id NOT IN"
                            + " (SELECT id FROM sync_log WHERE source = ? ORDER BY id DESC LIMIT ?)")
                    .bind(0, e.source()).bind(1, e.source()).bind(2, KEEP_PER_SOURCE).execute();
        });
    }

    /** The newest {@code limit} lines over all sources, newest first. */
    public List<SyncLogEntry> recent(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT time, source, outcome, added, changed, withdrawn,"
                        + " removed, error FROM sync_log ORDER BY id DESC LIMIT ?")
                .bind(0, limit).map((rs, ctx) -> new SyncLogEntry(Instant.parse(rs.getString(1)), rs.getString(2),
                        SyncLogEntry.Outcome.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), rs.getString(8)))
                .list());
    }

    /** The newest line for one source. */
    public Optional<SyncLogEntry> latest(String source) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT time, source, outcome, added, changed, withdrawn,"
                        + " removed, error FROM sync_log WHERE source = ? ORDER BY id DESC LIMIT 1")
                .bind(0, source).map((rs, ctx) -> new SyncLogEntry(Instant.parse(rs.getString(1)), rs.getString(2),
                        SyncLogEntry.Outcome.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), rs.getString(8)))
                .findOne());
    }
}
