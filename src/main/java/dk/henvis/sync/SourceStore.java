package dk.henvis.sync;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Database;
import dk.henvis.i18n.Messages;
import dk.henvis.formats.SourceFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The source table: all SQL that reads or writes configured sources lives here. */
public final class SourceStore {
    private static final String COLUMNS = "name, kind, location, enabled, etag, last_modified, paged_api,"
            + " last_full_sync, last_attempt, last_success, last_error, user_agent";

    private final Database db;

    public SourceStore(Database db) {
        this.db = db;
    }

    /** Checks and adds a new, enabled source; returns it. Bad name, kind or location is bad input. */
    public Source add(String name, String kind, String location) {
        return add(name, kind, location, null);
    }

    /** Adds a source fetched with the User-Agent {@code userAgent} (null or blank: Henvis's own). */
    public Source add(String name, String kind, String location, String userAgent) {
        if (name == null || name.isBlank()) {
            throw new BadInputException(Messages.get("sync.source.badName"));
        }
        SourceFormat k = SourceFormat.fromCode(kind == null ? "" : kind.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new BadInputException(Messages.get("sync.source.badKind", String.valueOf(kind))));
        if (location == null || location.isBlank()) {
            throw new BadInputException(Messages.get("sync.error.badLocation", String.valueOf(location)));
        }
        if (userAgent != null && !userAgent.isBlank() && !userAgent.strip().matches("[\\x20-\\x7E]+")) {
            throw new BadInputException(Messages.get("sync.source.badUserAgent", userAgent));
        }
        Source s = Source.configured(name.strip(), k, location.strip()).withUserAgent(userAgent);
        add(s);
        return s;
    }

    /** Adds a source; a name already in use is bad input. */
    public void add(Source source) {
        if (find(source.name()).isPresent()) {
            throw new BadInputException(Messages.get("sync.source.exists", source.name()));
        }
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO source (name, kind, location, enabled, user_agent)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .bind(0, source.name()).bind(1, source.kind().code()).bind(2, source.location())
                .bind(3, source.enabled() ? 1 : 0).bind(4, source.userAgent()).execute());
    }

    public List<Source> all() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM source ORDER BY name")
                .map((rs, ctx) -> read(rs)).list());
    }

    public Optional<Source> find(String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM source WHERE name = ?")
                .bind(0, name).map((rs, ctx) -> read(rs)).findOne());
    }

    /** The source by name; an unknown name is bad input. */
    public Source get(String name) {
        return find(name).orElseThrow(() -> new BadInputException(Messages.get("sync.source.unknown", name)));
    }

    /** Removes the source's configuration (its offers stay until a later clean-up). */
    public void remove(String name) {
        int n = db.jdbi().withHandle(h -> h.createUpdate("DELETE FROM source WHERE name = ?").bind(0, name).execute());
        if (n == 0) {
            throw new BadInputException(Messages.get("sync.source.unknown", name));
        }
    }

    public void setEnabled(String name, boolean enabled) {
        int n = db.jdbi().withHandle(h -> h.createUpdate("UPDATE source SET enabled = ? WHERE name = ?")
                .bind(0, enabled ? 1 : 0).bind(1, name).execute());
        if (n == 0) {
            throw new BadInputException(Messages.get("sync.source.unknown", name));
        }
    }

    /** Records a good sync: the new validators, and that the source is current as of {@code time}. */
    public void recordSuccess(String name, Instant time, String etag, String lastModified, boolean pagedApi,
            boolean full) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE source SET etag = :etag, last_modified = :lastModified,"
                        + " paged_api = :paged, last_attempt = :time, last_success = :time, last_error = NULL,"
                        + " last_full_sync = CASE WHEN :full THEN :time ELSE last_full_sync END WHERE name = :name")
                .bind("etag", etag).bind("lastModified", lastModified).bind("paged", pagedApi ? 1 : 0)
                .bind("time", time.toString()).bind("full", full ? 1 : 0).bind("name", name)
                .execute());
    }

    /** Records an answer "not changed": the source is current, the validators stay. */
    public void recordUnchanged(String name, Instant time) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE source SET last_attempt = ?, last_success = ?,"
                        + " last_error = NULL WHERE name = ?")
                .bind(0, time.toString()).bind(1, time.toString()).bind(2, name).execute());
    }

    /** Records a failed sync; the validators and the time of the last good sync stay. */
    public void recordFailure(String name, Instant time, String error) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE source SET last_attempt = ?, last_error = ? WHERE name = ?")
                .bind(0, time.toString()).bind(1, error).bind(2, name).execute());
    }

    private static Source read(ResultSet rs) throws SQLException {
        return new Source(rs.getString(1), kind(rs.getString(2)), rs.getString(3), rs.getInt(4) != 0, rs.getString(5),
                rs.getString(6), rs.getInt(7) != 0, instant(rs.getString(8)), instant(rs.getString(9)),
                instant(rs.getString(10)), rs.getString(11), rs.getString(12));
    }

    private static SourceFormat kind(String code) {
        return SourceFormat.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown source kind in the database: " + code));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }
}
