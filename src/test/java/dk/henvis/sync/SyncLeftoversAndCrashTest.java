package dk.henvis.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Backups;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, items 2 and 9: a sync that crashes (an Error, not an exception) is recorded as failed and
 * changes nothing; temporary copies do not outlive the sync that made them, and those of a killed process
 * are removed by the next sync at once, not a day later.
 */
class SyncLeftoversAndCrashTest {
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    @TempDir
    Path dir;
    Database db;
    OfferStore offers;
    SourceStore sources;
    SyncServiceTest.MutableClock clock;
    Path tmp;
    Path file;

    @BeforeEach
    void setUp() throws IOException {
        db = Database.open(dir.resolve("henvis.db"));
        offers = new OfferStore(db);
        sources = new SourceStore(db);
        clock = new SyncServiceTest.MutableClock(T0);
        tmp = dir.resolve("sync-tmp");
        file = Files.writeString(dir.resolve("kilde.json"), "[{\"id\":\"k1\",\"name\":\"Kor\"}]");
        sources.add("drev", "hsds-json", file.toString());
    }

    SyncService sync(CatalogApplier applier) {
        return new SyncService(db, sources, new SyncLogStore(db), offers,
                new SourceFetcher(SourceFetcher.Settings.DEFAULT, tmp), applier, new Backups(db.file()), clock);
    }

    @Test
    void aCrashWhileApplyingIsAFailureAndNeverShownAsSynced() throws IOException {
        sync(new MiniHsdsApplier(offers, clock)).syncAll(ProgressListener.NONE);
        Instant good = sources.get("drev").lastSuccess();
        List<Offer> before = offers.all();
        Files.writeString(file, "[{\"id\":\"k1\",\"name\":\"Koret\"},{\"id\":\"k2\",\"name\":\"Dans\"}]");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(T0.plusSeconds(60)));
        clock.advance(Duration.ofHours(1));
        CatalogApplier crashing = (name, f, kind, mode) -> {
            new MiniHsdsApplier(offers, clock).apply(name, f, kind, mode);
            throw new OutOfMemoryError("Java heap space");
        };

        SyncReport report = sync(crashing).syncAll(ProgressListener.NONE);

        assertThat(report.sources().get(0).outcome()).isEqualTo(SyncLogEntry.Outcome.FAILED);
        Source after = sources.get("drev");
        assertThat(after.lastError()).contains("intern fejl", "OutOfMemoryError");
        assertThat(after.lastAttempt()).isEqualTo(clock.instant());
        assertThat(after.lastSuccess()).isEqualTo(good);
        assertThat(offers.all()).isEqualTo(before);
        assertThat(workFolders()).isEmpty();
    }

    @Test
    void aKilledProcessesCopyIsRemovedByTheNextSyncAndNoCopyOutlivesASync() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path leftover = Files.createDirectories(tmp.resolve("sync-p" + gone.pid() + "-12345/kilde.json"));
        Files.write(leftover.resolve("page-1"), new byte[1024 * 1024]);
        Path running = Files.createDirectories(tmp.resolve("sync-p" + ProcessHandle.current().parent()
                .map(ProcessHandle::pid).orElseThrow() + "-777"));

        sync(new MiniHsdsApplier(offers, clock)).syncAll(ProgressListener.NONE);

        assertThat(offers.all()).hasSize(1);
        assertThat(workFolders()).containsExactly(running);
    }

    private List<Path> workFolders() throws IOException {
        if (!Files.isDirectory(tmp)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(tmp)) {
            return s.toList();
        }
    }
}
