package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * The offer table: all SQL that reads or writes offers lives here.
 * A write of one source's offers runs in one transaction: it either lands whole or not at all.
 */
public final class OfferStore {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OfferStore.class);
    private static final int BATCH = 1000;
    private static final String COLUMNS = "source, source_id, data, first_seen, last_changed, withdrawn_at";

    private final Database db;

    public OfferStore(Database db) {
        this.db = db;
    }

    /** Produces offers into a sink; may fail with any exception, which rolls the write back. */
    @FunctionalInterface
    public interface Producer<X extends Exception> {
        void produce(Consumer<Offer> sink) throws X;
    }

    /**
     * The sink a write hands its producer. A reader that can fingerprint its raw records (e.g. an HSDS
     * service object) asks {@link #keepIfUnchanged} first and skips mapping a record whose fingerprint is
     * the one the stored offer was written from; other readers just {@link #accept} offers.
     */
    public interface RecordSink extends Consumer<Offer> {
        /**
         * True when the stored, not withdrawn offer {@code sourceId} was last written from a record with
         * this fingerprint and has not been rewritten since: it counts as delivered and unchanged.
         */
        boolean keepIfUnchanged(String sourceId, String fingerprint);

        /** Adds or updates the offer like {@link #accept(Object)}, remembering its record's fingerprint. */
        void accept(Offer offer, String fingerprint);
    }

    /** How a write treats the source's offers that the producer did not deliver. */
    public enum Mode {
        /** Keep them as they are (an import of some files). */
        MERGE,
        /** Mark them withdrawn (a full sync of the source). */
        WITHDRAW_MISSING
    }

    /**
     * Adds or updates the offers the producer delivers for {@code source}, in one transaction. An offer
     * whose content did not change is left untouched. The same id twice fails the whole write with
     * {@link DuplicateOfferException}.
     */
    public <X extends Exception> ImportSummary write(String source, Mode mode, Instant now, Producer<X> producer)
            throws X {
        long started = System.nanoTime();
        try {
            ImportSummary summary = db.jdbi().inTransaction(handle -> writeIn(handle, source, mode, now, producer));
            LOG.info("Wrote source '{}' ({}): {} added, {} changed, {} unchanged, {} withdrawn in {} ms", source, mode,
                    summary.added(), summary.changed(), summary.unchanged(), summary.withdrawn(),
                    (System.nanoTime() - started) / 1_000_000);
            return summary;
        } catch (Exception e) {
            // catalogue data only (source, file, record): never anything about a citizen
            if (e instanceof BadInputException) {
                LOG.info("Write of source '{}' rejected, nothing changed: {}", source, e.getMessage());
            } else {
                LOG.warn("Write of source '{}' failed and was rolled back: {}", source, e.toString());
            }
            throw e;
        }
    }

    private <X extends Exception> ImportSummary writeIn(Handle handle, String source, Mode mode, Instant now,
            Producer<X> producer) throws X {
        Map<String, Existing> existing = new HashMap<>();
        handle.createQuery("SELECT id, source_id, content_hash, withdrawn_at, raw_hash FROM offer WHERE source = ?")
                .bind(0, source)
                .map((rs, ctx) -> new Existing(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) != null, rs.getString(5)))
                .forEach(e -> existing.put(e.sourceId, e));
        BatchWriter writer = new BatchWriter(handle, source, now, existing);
        producer.produce(writer);
        writer.flush();
        int withdrawn = 0;
        if (mode == Mode.WITHDRAW_MISSING) {
            List<Long> gone = new ArrayList<>();
            for (Existing e : existing.values()) {
                if (!writer.seen.contains(e.sourceId) && !e.withdrawn) {
                    gone.add(e.id);
                }
            }
            for (Long id : gone) {
                handle.createUpdate("UPDATE offer SET withdrawn_at = ? WHERE id = ?")
                        .bind(0, now.toString()).bind(1, id).execute();
            }
            withdrawn = gone.size();
        }
        return new ImportSummary(writer.added, writer.changed, writer.unchanged, withdrawn);
    }

    /** @param rawHash "fingerprint:contentHash" of the record it was last written from, or null */
    private record Existing(long id, String sourceId, String hash, boolean withdrawn, String rawHash) {
    }

    /**
     * Writes through the transaction's own JDBC connection with positional batches (no per-row named
     * binding). The stored JSON leaves out firstSeen/lastChanged (they live in their columns), so one
     * serialisation gives both the stored text and the content hash.
     */
    private static final class BatchWriter implements RecordSink {
        private final String source;
        private final String now;
        private final Map<String, Existing> existing;
        private final Set<String> seen = new HashSet<>();
        private final PreparedStatement insert;
        private final PreparedStatement update;
        private final PreparedStatement rawOnly;
        private final MessageDigest sha256;
        private int pendingInserts;
        private int pendingUpdates;
        private int pendingRaw;
        private int added;
        private int changed;
        private int unchanged;

        BatchWriter(Handle handle, String source, Instant now, Map<String, Existing> existing) {
            this.source = source;
            this.now = now.toString();
            this.existing = existing;
            try {
                Connection c = handle.getConnection();
                this.insert = c.prepareStatement("INSERT INTO offer (source, source_id, name, status, organisation,"
                        + " postcode, focus, data, content_hash, first_seen, last_changed, raw_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                this.update = c.prepareStatement("UPDATE offer SET name = ?, status = ?, organisation = ?,"
                        + " postcode = ?, focus = ?, data = ?, content_hash = ?, last_changed = ?, withdrawn_at = NULL,"
                        + " raw_hash = ? WHERE id = ?");
                this.rawOnly = c.prepareStatement("UPDATE offer SET raw_hash = ? WHERE id = ?");
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (SQLException e) {
                throw new StoreException(Messages.get("store.error.writeOffers", e.getMessage()), e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean keepIfUnchanged(String sourceId, String fingerprint) {
            Existing old = existing.get(sourceId);
            if (old == null || old.withdrawn || old.rawHash == null || fingerprint == null
                    || !old.rawHash.equals(rawHash(fingerprint, old.hash))) {
                return false;
            }
            if (!seen.add(sourceId)) {
                throw new DuplicateOfferException(new OfferKey(source, sourceId));
            }
            unchanged++;
            return true;
        }

        @Override
        public void accept(Offer incoming) {
            accept(incoming, null);
        }

        @Override
        public void accept(Offer incoming, String fingerprint) {
            Offer offer = incoming.key().source().equals(source) ? incoming : rekey(incoming);
            String sourceId = offer.key().sourceId();
            if (!seen.add(sourceId)) {
                throw new DuplicateOfferException(offer.key());
            }
            Provenance p = offer.provenance();
            Offer bare = offer.withProvenance(new Provenance(source, sourceId, null, null,
                    p == null ? null : p.sourceChanged(), p == null ? null : p.adoptedFrom()));
            String data = OfferJson.write(bare);
            String hash = HexFormat.of().formatHex(sha256.digest(data.getBytes(StandardCharsets.UTF_8)));
            Existing old = existing.get(sourceId);
            String raw = fingerprint == null ? null : rawHash(fingerprint, hash);
            if (old != null && old.hash.equals(hash) && !old.withdrawn) {
                unchanged++;
                if (raw != null && !raw.equals(old.rawHash)) {
                    try {
                        rawOnly.setString(1, raw);
                        rawOnly.setLong(2, old.id);
                        rawOnly.addBatch();
                        if (++pendingRaw >= BATCH) {
                            rawOnly.executeBatch();
                            pendingRaw = 0;
                        }
                    } catch (SQLException e) {
                        throw new StoreException(Messages.get("store.error.writeOffer", offer.key(), e.getMessage()), e);
                    }
                }
                return;
            }
            Location loc = bare.primaryLocation();
            String postcode = loc == null ? null : loc.postcode();
            String focus = bare.focus() == null ? null : bare.focus().code();
            try {
                if (old == null) {
                    insert.setString(1, source);
                    insert.setString(2, sourceId);
                    insert.setString(3, bare.name());
                    insert.setString(4, bare.status().name());
                    insert.setString(5, bare.organisation().name());
                    insert.setString(6, postcode);
                    insert.setString(7, focus);
                    insert.setString(8, data);
                    insert.setString(9, hash);
                    insert.setString(10, now);
                    insert.setString(11, now);
                    insert.setString(12, raw);
                    insert.addBatch();
                    added++;
                    if (++pendingInserts >= BATCH) {
                        insert.executeBatch();
                        pendingInserts = 0;
                    }
                } else {
                    update.setString(1, bare.name());
                    update.setString(2, bare.status().name());
                    update.setString(3, bare.organisation().name());
                    update.setString(4, postcode);
                    update.setString(5, focus);
                    update.setString(6, data);
                    update.setString(7, hash);
                    update.setString(8, now);
                    update.setString(9, raw);
                    update.setLong(10, old.id);
                    update.addBatch();
                    changed++;
                    if (++pendingUpdates >= BATCH) {
                        update.executeBatch();
                        pendingUpdates = 0;
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(Messages.get("store.error.writeOffer", offer.key(), e.getMessage()), e);
            }
        }

        /**
         * The stored raw_hash: the record's fingerprint and the content hash it gave, the latter in the
         * letters a-p (no digits, so the column never reads as a number in a scan of the data folder).
         */
        private static String rawHash(String fingerprint, String contentHash) {
            StringBuilder sb = new StringBuilder(fingerprint.length() + 1 + contentHash.length()).append(fingerprint)
                    .append(':');
            for (int i = 0; i < contentHash.length(); i++) {
                sb.append((char) ('a' + Character.digit(contentHash.charAt(i), 16)));
            }
            return sb.toString();
        }

        private Offer rekey(Offer o) {
            return new Offer(new OfferKey(source, o.key().sourceId()), o.name(), o.alternateName(), o.description(),
                    o.url(), o.email(), o.status(), o.organisation(), o.locations(), o.schedules(), o.ages(),
                    o.cost(), o.categories(), o.tags(), o.languages(), o.contacts(), o.focus(), o.targetGroups(),
                    o.audienceSex(), o.eligibility(), o.openDropIn(), o.lastChecked(), o.provenance());
        }

        void flush() {
            try {
                if (pendingInserts > 0) {
                    insert.executeBatch();
                }
                if (pendingUpdates > 0) {
                    update.executeBatch();
                }
                if (pendingRaw > 0) {
                    rawOnly.executeBatch();
                }
                insert.close();
                update.close();
                rawOnly.close();
            } catch (SQLException e) {
                throw new StoreException(Messages.get("store.error.writeOffers", e.getMessage()), e);
            }
        }
    }

    /**
     * Deletes the offers of {@code source} that were withdrawn before {@code cutoff} (the keeping period
     * for withdrawn offers has passed); returns how many. Joins the caller's transaction when there is one.
     */
    public int removeWithdrawnBefore(String source, Instant cutoff) {
        return db.jdbi().withHandle(h -> h.createUpdate("DELETE FROM offer WHERE source = ?"
                        + " AND withdrawn_at IS NOT NULL AND julianday(withdrawn_at) < julianday(?)")
                .bind(0, source).bind(1, cutoff.toString()).execute());
    }

    /** Every offer, withdrawn ones included, ordered by source and id. */
    public List<Offer> all() {
        return query("SELECT " + COLUMNS + " FROM offer ORDER BY source, source_id");
    }

    /** When the newest offer not withdrawn last changed here; empty for an empty catalogue. Reads no offer. */
    public Optional<Instant> newestChange() {
        // distinct times are few (one per sync or import run): parsed here, as the text's order is not the time's
        return db.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT last_changed FROM offer"
                        + " WHERE withdrawn_at IS NULL").mapTo(String.class).list())
                .stream().map(Instant::parse).max(Comparator.naturalOrder());
    }

    /** The sources that hold an offer not withdrawn. Reads no offer. */
    public List<String> currentSources() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT DISTINCT source FROM offer WHERE withdrawn_at IS NULL"
                + " ORDER BY source").mapTo(String.class).list());
    }

    /** The offers their sources still hold (withdrawn ones left out), ordered by source and id. */
    public List<Offer> current() {
        return query("SELECT " + COLUMNS + " FROM offer WHERE withdrawn_at IS NULL ORDER BY source, source_id");
    }

    /**
     * The offers that may be matched: active in their source, not withdrawn, and not adopted into another
     * source (then the adopted copy stands for it, see {@link Provenance#adoptedFrom()}).
     */
    public List<Offer> active() {
        return withoutAdopted(query(ACTIVE, null));
    }

    /**
     * {@link #active()} with each offer's content hash (the SHA-256 of its stored JSON, which changes with any
     * change of the offer), read together: what a cache of facts derived from an offer is keyed by.
     */
    public record Hashed(List<Offer> offers, Map<OfferKey, String> contentHashes) {
    }

    /** As {@link #active()}, each offer with its content hash (one read). */
    public Hashed activeHashed() {
        Map<OfferKey, String> hashes = new HashMap<>();
        return new Hashed(withoutAdopted(query(ACTIVE, hashes)), hashes);
    }

    private static final String ACTIVE = "SELECT " + COLUMNS + ", content_hash FROM offer WHERE status = 'ACTIVE'"
            + " AND withdrawn_at IS NULL ORDER BY source, source_id";

    /**
     * A fingerprint of everything {@link #activeHashed()} and {@link #count()} give, read without parsing an offer:
     * the key, status and content hash of every offer not withdrawn (which offers are active, what they hold and
     * which were adopted: that is in the adopted copies' content) and the number of offers (SHA-256, hexadecimal).
     * Any offer added, changed, withdrawn, adopted, deleted or set inactive changes it, so a result derived from the
     * active offers and kept with it (the matching's index, ADR 0024) is still true exactly while this is the same.
     * SQLite joins the rows into one text: one row to hand over, not one per offer.
     */
    public String activeFingerprint() {
        MessageDigest sha256 = sha256();
        db.jdbi().useHandle(h -> {
            byte[] rows = h.createQuery("SELECT group_concat(source || char(31) || source_id || char(31) || status"
                            + " || char(31) || ifnull(content_hash, ''), char(30) ORDER BY source, source_id)"
                            + " FROM offer WHERE withdrawn_at IS NULL")
                    .map((rs, ctx) -> rs.getBytes(1)).findOne().orElse(null);
            if (rows != null) {
                sha256.update(rows);
            }
            sha256.update((byte) 0x1d);
            sha256.update(Integer.toString(h.createQuery("SELECT count(*) FROM offer").mapTo(Integer.class).one())
                    .getBytes(StandardCharsets.UTF_8));
        });
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** An offer as stored, with the content hash of its stored JSON. */
    public record Stored(Offer offer, String contentHash) {
    }

    /**
     * The offers with these keys that their sources still hold (withdrawn ones left out), each with its content
     * hash; a key not found is absent from the map. One read for a page of offers shown.
     */
    public Map<OfferKey, Stored> findCurrent(java.util.Collection<OfferKey> keys) {
        Map<OfferKey, Stored> out = new HashMap<>();
        List<OfferKey> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += FIND_BATCH) {
            List<OfferKey> part = all.subList(from, Math.min(all.size(), from + FIND_BATCH));
            String values = String.join(", ", java.util.Collections.nCopies(part.size(), "(?, ?)"));
            db.jdbi().useHandle(h -> {
                var query = h.createQuery("SELECT " + COLUMNS + ", content_hash FROM offer"
                        + " WHERE withdrawn_at IS NULL AND (source, source_id) IN (VALUES " + values + ")");
                for (int i = 0; i < part.size(); i++) {
                    query.bind(2 * i, part.get(i).source()).bind(2 * i + 1, part.get(i).sourceId());
                }
                query.map((rs, ctx) -> new Stored(toOffer(rs), rs.getString(7)))
                        .forEach(s -> out.put(s.offer().key(), s));
            });
        }
        return out;
    }

    /** Keys asked for in one query (two parameters each; SQLite allows 32,766). */
    private static final int FIND_BATCH = 500;

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The offers their sources hold but that are not active (retired, closed), ordered by source and id. */
    public List<Offer> inactive() {
        return query("SELECT " + COLUMNS + " FROM offer WHERE status <> 'ACTIVE' AND withdrawn_at IS NULL"
                + " ORDER BY source, source_id");
    }

    /**
     * The offers that another, not withdrawn offer was adopted from (whatever that copy's status: a
     * retired copy keeps its original out of matching too).
     */
    public Set<OfferKey> adoptedKeys() {
        Set<OfferKey> keys = new HashSet<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT json_extract(data, '$.provenance.adoptedFrom.source'),"
                        + " json_extract(data, '$.provenance.adoptedFrom.sourceId') FROM offer"
                        + " WHERE withdrawn_at IS NULL AND instr(data, '\"adoptedFrom\"') > 0")
                .map((rs, ctx) -> rs.getString(1) == null || rs.getString(2) == null ? null
                        : new OfferKey(rs.getString(1), rs.getString(2)))
                .forEach(k -> {
                    if (k != null) {
                        keys.add(k);
                    }
                }));
        return keys;
    }

    /** The not withdrawn offer adopted from {@code original}, if there is one. */
    public Optional<Offer> adoptedCopyOf(OfferKey original) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM offer WHERE withdrawn_at IS NULL"
                        + " AND json_extract(data, '$.provenance.adoptedFrom.source') = ?"
                        + " AND json_extract(data, '$.provenance.adoptedFrom.sourceId') = ?"
                        + " ORDER BY source, source_id LIMIT 1")
                .bind(0, original.source()).bind(1, original.sourceId())
                .map((rs, ctx) -> toOffer(rs))
                .findOne());
    }

    private List<Offer> withoutAdopted(List<Offer> offers) {
        Set<OfferKey> adopted = adoptedKeys();
        return adopted.isEmpty() ? offers : offers.stream().filter(o -> !adopted.contains(o.key())).toList();
    }

    public Optional<Offer> find(OfferKey key) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM offer WHERE source = ? AND source_id = ?")
                .bind(0, key.source()).bind(1, key.sourceId())
                .map((rs, ctx) -> toOffer(rs))
                .findOne());
    }

    /**
     * Offers whose id in their source is {@code id}; an id of the form {@code source:id} names one
     * source. More than one hit means the id is ambiguous across sources.
     */
    public List<Offer> findById(String id) {
        List<Offer> direct = db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM offer WHERE source_id = ? ORDER BY source")
                .bind(0, id)
                .map((rs, ctx) -> toOffer(rs))
                .list());
        if (!direct.isEmpty()) {
            return direct;
        }
        int colon = id.indexOf(':');
        if (colon > 0) {
            return find(new OfferKey(id.substring(0, colon), id.substring(colon + 1))).stream().toList();
        }
        return List.of();
    }

    /** True when the offer was withdrawn from its source by a sync. */
    public boolean isWithdrawn(OfferKey key) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT withdrawn_at IS NOT NULL FROM offer WHERE source = ? AND source_id = ?")
                .bind(0, key.source()).bind(1, key.sourceId())
                .mapTo(Boolean.class).findOne().orElse(false));
    }

    /** The ids {@code source} holds, withdrawn ones included. */
    public List<String> sourceIds(String source) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT source_id FROM offer WHERE source = ? ORDER BY source_id")
                .bind(0, source).mapTo(String.class).list());
    }

    public int count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM offer").mapTo(Integer.class).one());
    }

    /**
     * Full-text search over name, description, organisation and tags. Each word of {@code text} must
     * occur as a word prefix; æ, ø and å are kept distinct. Active offers only, best first.
     */
    public List<Offer> search(String text) {
        String query = FullTextQuery.prefixQuery(text);
        if (query.isEmpty()) {
            return active();
        }
        return withoutAdopted(db.jdbi().withHandle(h -> h.createQuery("SELECT " + prefixed("o") + " FROM offer_fts"
                        + " JOIN offer o ON o.id = offer_fts.rowid"
                        + " WHERE offer_fts MATCH ? AND o.status = 'ACTIVE' AND o.withdrawn_at IS NULL"
                        + " ORDER BY bm25(offer_fts, 10.0, 1.0, 3.0, 5.0)")
                .bind(0, query)
                .map((rs, ctx) -> toOffer(rs))
                .list()));
    }

    private static String prefixed(String alias) {
        return alias + ".source, " + alias + ".source_id, " + alias + ".data, " + alias + ".first_seen, "
                + alias + ".last_changed, " + alias + ".withdrawn_at";
    }

    /**
     * The offers a query selects, in its order. Rows are read a batch at a time and each batch's JSON is
     * parsed on all cores (issue 17: parsing is most of reading a large catalogue, and SQLite hands out rows
     * faster than one core parses them); only one batch of raw rows is held at a time.
     */
    private List<Offer> query(String sql) {
        return query(sql, null);
    }

    /** As {@link #query(String)}; with {@code hashes}, the query's seventh column (the content hash) goes there. */
    private List<Offer> query(String sql, Map<OfferKey, String> hashes) {
        return db.jdbi().withHandle(h -> {
            List<Offer> out = new ArrayList<>();
            // the JSON as SQLite's UTF-8 bytes (Jackson reads them without a string decoded first); the times are
            // few distinct values (one per sync or import run), each parsed once
            Map<String, Instant> times = new HashMap<>();
            try (var rows = h.createQuery(sql).map((rs, ctx) -> {
                if (hashes != null) {
                    hashes.put(new OfferKey(rs.getString(1), rs.getString(2)), rs.getString(7));
                }
                return new Row(rs.getBytes(3), times.computeIfAbsent(rs.getString(4), Instant::parse),
                        times.computeIfAbsent(rs.getString(5), Instant::parse));
            }).iterator()) {
                List<Row> batch = new ArrayList<>(PARSE_BATCH);
                while (rows.hasNext()) {
                    batch.add(rows.next());
                    if (batch.size() == PARSE_BATCH || !rows.hasNext()) {
                        var parse = batch.size() >= PARALLEL_PARSE ? batch.parallelStream() : batch.stream();
                        out.addAll(parse.map(r -> toOffer(r.data(), r.firstSeen(), r.lastChanged())).toList());
                        batch.clear();
                    }
                }
            }
            return out;
        });
    }

    /** Raw rows held at once while reading; from {@link #PARALLEL_PARSE} rows a batch is parsed in parallel. */
    private static final int PARSE_BATCH = 4_096;
    private static final int PARALLEL_PARSE = 512;

    /** One row as read: the offer's JSON and its times in this database. */
    private record Row(byte[] data, Instant firstSeen, Instant lastChanged) {
    }

    private static Offer toOffer(java.sql.ResultSet rs) throws java.sql.SQLException {
        return toOffer(rs.getBytes(3), Instant.parse(rs.getString(4)), Instant.parse(rs.getString(5)));
    }

    private static Offer toOffer(byte[] data, Instant firstSeen, Instant lastChanged) {
        Offer o = OfferJson.read(data);
        Provenance p = o.provenance();
        return o.withProvenance(new Provenance(o.key().source(), o.key().sourceId(), firstSeen, lastChanged,
                p == null ? null : p.sourceChanged(), p == null ? null : p.adoptedFrom()));
    }
}
