package dk.henvis.sync;

import dk.henvis.catalog.Backups;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.DuplicateOfferException;
import dk.henvis.catalog.ImportSummary;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.OfferStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the local catalogue up to date from the configured sources. Each source is fetched into a
 * complete local copy, read and validated in full, and applied in one transaction together with its
 * sync-log line: new offers added, changed ones updated, offers gone from the source withdrawn (kept
 * {@link #KEEP_WITHDRAWN}, then deleted). A source that fails in any way leaves its offers exactly as
 * they were and the others still sync. The database is backed up before the first change of a run.
 * Runs of one service do not overlap: a second call waits for the first.
 */
public final class SyncService {
    /** How long a withdrawn offer is kept before it is deleted. */
    public static final Duration KEEP_WITHDRAWN = Duration.ofDays(30);
    /** An HSDS API source is fetched in full (so withdrawals are seen) at least this often. */
    public static final Duration FULL_SYNC_EVERY = Duration.ofDays(1);
    /** modified_after asks from a little before the last good sync, against clock skew. */
    private static final Duration MODIFIED_AFTER_MARGIN = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    private final Database db;
    private final SourceStore sources;
    private final SyncLogStore log;
    private final OfferStore offers;
    private final SourceFetcher fetcher;
    private final CatalogApplier applier;
    private final Backups backups;
    private final Clock clock;
    private final List<AfterSync> afterSync = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A step run at the end of every sync run, e.g. the flag exchange; its failure never fails the sync. */
    @FunctionalInterface
    public interface AfterSync {
        void afterSync(SyncReport report);
    }
    private volatile Reachability reachability = Reachability.network(Duration.ofSeconds(3));

    public SyncService(Database db, SourceStore sources, SyncLogStore log, OfferStore offers, SourceFetcher fetcher,
            CatalogApplier applier, Backups backups, Clock clock) {
        this.db = db;
        this.sources = sources;
        this.log = log;
        this.offers = offers;
        this.fetcher = fetcher;
        this.applier = applier;
        this.backups = backups;
        this.clock = clock;
    }

    /** Adds a step run after every sync run, in the order added. */
    public void addAfterSync(AfterSync step) {
        afterSync.add(step);
    }

    /** How {@link #anyReachable()} decides whether a source can be reached (tests use files or a fake). */
    public void setReachability(Reachability reachability) {
        this.reachability = reachability;
    }

    /** The configured sources, enabled or not, by name. */
    public List<Source> sources() {
        return sources.all();
    }

    /** True when at least one enabled source can be reached now (network up, shared drive connected). */
    public boolean anyReachable() {
        Reachability r = reachability;
        return sources.all().stream().filter(Source::enabled).anyMatch(r::reachable);
    }

    /** Syncs every enabled source. */
    public SyncReport syncAll(ProgressListener listener) {
        return run(sources.all().stream().filter(Source::enabled).toList(), listener);
    }

    /** Syncs one source, enabled or not; an unknown name is bad input. */
    public SyncReport sync(String sourceName, ProgressListener listener) {
        return run(List.of(sources.get(sourceName)), listener);
    }

    /** The oldest last good sync over the enabled sources, if every one has synced at least once. */
    public Optional<Instant> lastGoodSync() {
        List<Source> enabled = sources.all().stream().filter(Source::enabled).toList();
        if (enabled.isEmpty() || enabled.stream().anyMatch(s -> s.lastSuccess() == null)) {
            return Optional.empty();
        }
        return enabled.stream().map(Source::lastSuccess).min(Instant::compareTo);
    }

    /** How old the catalogue is: the time since {@link #lastGoodSync()}; empty when never synced in full. */
    public Optional<Duration> catalogueAge() {
        return lastGoodSync().map(t -> Duration.between(t, clock.instant()));
    }

    /** True when some enabled source has not synced well within {@code interval} (for sync at start). */
    public boolean needsSync(Duration interval) {
        Instant cutoff = clock.instant().minus(interval);
        return sources.all().stream().filter(Source::enabled)
                .anyMatch(s -> s.lastSuccess() == null || s.lastSuccess().isBefore(cutoff));
    }

    /** The newest sync-log line of one source. */
    public Optional<SyncLogEntry> lastLog(String sourceName) {
        return log.latest(sourceName);
    }

    /** The newest lines of the sync log, newest first. */
    public List<SyncLogEntry> recentLog(int limit) {
        return log.recent(limit);
    }

    private synchronized SyncReport run(List<Source> list, ProgressListener listener) {
        Instant started = clock.instant();
        fetcher.cleanUpStale();
        listener.started(list.size());
        List<SourceReport> reports = new ArrayList<>();
        Path[] backup = {null};
        int index = 0;
        for (Source s : list) {
            index++;
            listener.sourceStarted(s.name(), index, list.size());
            SourceReport r = syncOne(s, listener, backup);
            reports.add(r);
            listener.sourceFinished(r);
        }
        SyncReport report = new SyncReport(started, clock.instant(), reports, backup[0]);
        fetcher.cleanUpStale();
        for (AfterSync step : afterSync) {
            try {
                step.afterSync(report);
            } catch (RuntimeException e) {
                LOG.warn("a step after the sync failed", e);
            }
        }
        listener.finished(report);
        return report;
    }

    private SourceReport syncOne(Source s, ProgressListener listener, Path[] backup) {
        Instant now = clock.instant();
        listener.phase(s.name(), ProgressListener.Phase.FETCHING);
        try (FetchResult fetched = fetcher.fetch(s, modifiedAfter(s, now),
                bytes -> listener.bytesReceived(s.name(), bytes))) {
            if (fetched instanceof FetchResult.Unchanged) {
                return db.jdbi().inTransaction(h -> {
                    sources.recordUnchanged(s.name(), now);
                    log.add(new SyncLogEntry(now, s.name(), SyncLogEntry.Outcome.UNCHANGED, 0, 0, 0, 0, null));
                    return new SourceReport(s.name(), SyncLogEntry.Outcome.UNCHANGED, 0, 0, 0, 0, null, false, now);
                });
            }
            FetchResult.Downloaded d = (FetchResult.Downloaded) fetched;
            if (backup[0] == null) {
                listener.phase(s.name(), ProgressListener.Phase.BACKING_UP);
                backup[0] = takeBackup(now);
            }
            listener.phase(s.name(), ProgressListener.Phase.APPLYING);
            OfferStore.Mode mode = d.incremental() ? OfferStore.Mode.MERGE : OfferStore.Mode.WITHDRAW_MISSING;
            return applyNamingTheSource(s, d, () -> db.jdbi().inTransaction(h -> {
                ImportSummary summary = applier.apply(s.name(), d.file(), s.kind(), mode);
                if (summary.total() == 0 && summary.withdrawn() > 0) {
                    throw new BadInputException(Messages.get("sync.error.empty", s.location(), summary.withdrawn()));
                }
                int removed = offers.removeWithdrawnBefore(s.name(), now.minus(KEEP_WITHDRAWN));
                sources.recordSuccess(s.name(), now, d.etag(), d.lastModified(), d.pagedApi(), !d.incremental());
                log.add(new SyncLogEntry(now, s.name(), SyncLogEntry.Outcome.UPDATED, summary.added(),
                        summary.changed(), summary.withdrawn(), removed, null));
                return new SourceReport(s.name(), SyncLogEntry.Outcome.UPDATED, summary.added(), summary.changed(),
                        summary.withdrawn(), removed, null, false, now);
            }));
        } catch (FetchException e) {
            return failed(s, now, e.getMessage(), false);
        } catch (BadInputException | DuplicateOfferException e) {
            return failed(s, now, Messages.get("sync.error.badData", e.getMessage()), true);
        } catch (RuntimeException e) {
            LOG.warn("sync of {} failed", s.name(), e);
            return failed(s, now, describe(e), false);
        } catch (Error e) {
            // a crash (out of memory, a stack overflow, a bug) is a failure too: the transaction was rolled
            // back, and the source must never go on showing its last good sync as the latest word
            LOG.error("sync of {} crashed", s.name(), e);
            SourceReport r = failed(s, now, Messages.get("sync.error.crash", e.getClass().getSimpleName()), false);
            if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError || e instanceof StackOverflowError)) {
                throw e;
            }
            return r;
        }
    }

    /**
     * Runs the apply step; bad data is reported with the source's own location, not the temporary copy it
     * was read from (that copy is deleted when the sync ends, so naming it helps nobody).
     */
    private static SourceReport applyNamingTheSource(Source s, FetchResult.Downloaded d, Supplier<SourceReport> apply) {
        try {
            return apply.get();
        } catch (BadInputException e) {
            if (d.workDir() == null || e.getMessage() == null || !e.getMessage().contains(d.workDir().toString())) {
                throw e;
            }
            String named = Pattern.compile(Pattern.quote(d.workDir().toString()) + "[^\\s:;,()']*")
                    .matcher(e.getMessage()).replaceAll(Matcher.quoteReplacement(s.location()));
            throw new BadInputException(named, e);
        }
    }

    private Instant modifiedAfter(Source s, Instant now) {
        if (!s.pagedApi() || s.lastSuccess() == null || s.lastFullSync() == null
                || s.lastFullSync().isBefore(now.minus(FULL_SYNC_EVERY))) {
            return null;
        }
        return s.lastSuccess().minus(MODIFIED_AFTER_MARGIN);
    }

    private Path takeBackup(Instant now) {
        try {
            return backups.create(db, now);
        } catch (IOException | RuntimeException e) {
            String detail = String.valueOf(e.getMessage());
            throw new BackupFailed(detail.contains("full") || detail.contains("No space")
                    ? Messages.get("sync.error.diskFull") : Messages.get("sync.error.backup", detail), e);
        }
    }

    /** The backup before a change could not be written: nothing is applied. */
    private static final class BackupFailed extends RuntimeException {
        BackupFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String describe(RuntimeException e) {
        if (e instanceof BackupFailed) {
            return e.getMessage();
        }
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("SQLITE_FULL") || detail.contains("disk is full")) {
            return Messages.get("sync.error.diskFull");
        }
        return Messages.get("sync.error.apply", detail);
    }

    private SourceReport failed(Source s, Instant now, String message, boolean badData) {
        try {
            db.jdbi().useTransaction(h -> {
                sources.recordFailure(s.name(), now, message);
                log.add(new SyncLogEntry(now, s.name(), SyncLogEntry.Outcome.FAILED, 0, 0, 0, 0, message));
            });
        } catch (RuntimeException e) {
            LOG.warn("could not record the failed sync of {}", s.name(), e);
        }
        return new SourceReport(s.name(), SyncLogEntry.Outcome.FAILED, 0, 0, 0, 0, message, badData, s.lastSuccess());
    }
}
