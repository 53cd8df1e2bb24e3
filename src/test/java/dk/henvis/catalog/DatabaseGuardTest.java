package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseGuardTest {
    @TempDir
    Path dir;

    Path catalogueWithBackup(int offers) throws IOException {
        Path file = dir.resolve("henvis.db");
        Database db = Database.open(file);
        OfferStore store = new OfferStore(db);
        store.write("kommunen", OfferStore.Mode.MERGE, Instant.parse("2026-11-01T10:00:00Z"), sink -> {
            for (int i = 0; i < offers; i++) {
                sink.accept(TestOffers.offer("kommunen", "s" + i, "Tilbud " + i));
            }
        });
        new Backups(file).create(db, Instant.parse("2026-11-26T07:00:00Z"));
        store.write("kommunen", OfferStore.Mode.MERGE, Instant.parse("2026-11-27T10:00:00Z"),
                sink -> sink.accept(TestOffers.offer("kommunen", "new", "Efter sikkerhedskopien")));
        db.jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        return file;
    }

    static void overwrite(Path file, long offset, int length) throws IOException {
        byte[] garbage = new byte[length];
        Arrays.fill(garbage, (byte) 0x5A);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(offset);
            f.write(garbage);
        }
    }

    @Test
    void healthyDatabaseIsLeftAlone() throws IOException {
        Path file = catalogueWithBackup(10);
        DatabaseGuard.Outcome outcome = DatabaseGuard.check(file);
        assertThat(outcome.restored()).isFalse();
        assertThat(outcome.notice()).isEmpty();
        assertThat(DatabaseGuard.check(dir.resolve("missing.db")).restored()).isFalse();
    }

    @Test
    void aSoundFileIsNotReadWholeAgainUntilSomethingWritesToIt() throws IOException {
        Path file = catalogueWithBackup(10);
        assertThat(CleanStamp.matches(file)).as("never checked").isFalse();

        DatabaseGuard.check(file);
        assertThat(CleanStamp.matches(file)).as("checked, untouched since").isTrue();
        assertThat(new OfferStore(Database.open(file)).count()).isEqualTo(11);
        assertThat(CleanStamp.matches(file)).as("only read since").isTrue();

        new OfferStore(Database.open(file)).write("kommunen", OfferStore.Mode.MERGE,
                Instant.parse("2026-11-28T10:00:00Z"), sink -> sink.accept(TestOffers.offer("kommunen", "x", "Ny")));
        assertThat(CleanStamp.matches(file)).as("written since").isFalse();

        DatabaseGuard.closed(file);
        assertThat(CleanStamp.matches(file)).as("closed by Henvis").isTrue();

        try (var stamps = Files.list(dir.resolve("cache"))) {
            for (Path stamp : stamps.filter(p -> p.getFileName().toString().startsWith("checked-")).toList()) {
                Files.write(stamp, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00});
            }
        }
        assertThat(CleanStamp.matches(file)).as("a stamp that is not text").isFalse();
        DatabaseGuard.closed(file);
        assertThat(CleanStamp.matches(file)).as("written anew").isTrue();
    }

    @Test
    void aWriterKilledMidWayLeavesItsLogBehindAndTheFileIsCheckedAgain() throws IOException {
        Path file = catalogueWithBackup(10);
        DatabaseGuard.check(file);
        Path wal = dir.resolve("henvis.db-wal");
        Files.write(wal, new byte[4096]);
        assertThat(CleanStamp.matches(file)).isFalse();
        Files.delete(wal);
        Files.write(dir.resolve("henvis.db-journal"), new byte[512]);
        assertThat(CleanStamp.matches(file)).isFalse();
    }

    @Test
    void aFileDamagedAfterHenvisClosedItIsStillFoundAndRestored() throws Exception {
        Path file = catalogueWithBackup(300);
        DatabaseGuard.check(file);
        DatabaseGuard.closed(file);
        Thread.sleep(50); // another program, later: the file system's clock has moved on
        overwrite(file, Files.size(file) / 2, 8192);

        DatabaseGuard.Outcome outcome = DatabaseGuard.check(file);

        assertThat(outcome.restored()).isTrue();
        assertThat(new OfferStore(Database.open(file)).count()).isEqualTo(300);
    }

    @Test
    void damageNoStampCouldSeeIsCheckedAtTheStartAfterSqliteFoundIt() throws Exception {
        Path file = catalogueWithBackup(300);
        DatabaseGuard.check(file);
        DatabaseGuard.closed(file);
        // bit rot: pages change, the file's size and time do not
        var time = Files.getLastModifiedTime(file);
        overwrite(file, Files.size(file) / 2, 8192);
        Files.setLastModifiedTime(file, time);
        assertThat(CleanStamp.matches(file)).as("nothing a stamp can see").isTrue();

        OfferStore store = new OfferStore(Database.open(file));
        assertThatThrownBy(store::all).as("SQLite finds the broken pages when it reads them")
                .hasRootCauseMessage("[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)");

        assertThat(CleanStamp.matches(file)).isFalse();
        DatabaseGuard.closed(file); // the end of this run does not vouch for the file again
        assertThat(CleanStamp.matches(file)).isFalse();
        assertThat(DatabaseGuard.check(file).restored()).isTrue();
    }

    @Test
    void damagedPagesAreDetectedAndTheNewestGoodBackupRestored() throws IOException {
        Path file = catalogueWithBackup(300);
        long size = Files.size(file);
        overwrite(file, size / 2, 8192);

        DatabaseGuard.Outcome outcome = DatabaseGuard.check(file);

        assertThat(outcome.restored()).isTrue();
        assertThat(outcome.message()).contains("beskadiget").contains("genskabt").contains("26.11.2026");
        assertThat(outcome.damagedCopy()).exists();
        assertThat(DatabaseGuard.fault(file)).isEmpty();
        assertThat(new OfferStore(Database.open(file)).all()).hasSize(300)
                .extracting(Offer::name).doesNotContain("Efter sikkerhedskopien");
    }

    @Test
    void overwrittenHeaderIsRestoredToo() throws IOException {
        Path file = catalogueWithBackup(5);
        overwrite(file, 0, 100);

        assertThat(DatabaseGuard.check(file).restored()).isTrue();
        assertThat(new OfferStore(Database.open(file)).count()).isEqualTo(5);
    }

    @Test
    void damagedBackupsAreSkipped() throws IOException {
        Path file = catalogueWithBackup(5);
        Database db = Database.open(file);
        Path newer = new Backups(file).create(db, Instant.parse("2026-11-27T07:00:00Z"));
        overwrite(newer, 0, 100);
        overwrite(file, 0, 100);

        DatabaseGuard.Outcome outcome = DatabaseGuard.check(file);

        assertThat(outcome.restoredFrom().getFileName().toString()).contains("20261126");
        assertThat(new OfferStore(Database.open(file)).count()).isEqualTo(5);
    }

    @Test
    void damagedDatabaseWithoutBackupIsAClearError() throws IOException {
        Path file = dir.resolve("alone.db");
        new OfferStore(Database.open(file)).write("k", OfferStore.Mode.MERGE, Instant.now(),
                sink -> sink.accept(TestOffers.offer("k", "1", "Kor")));
        overwrite(file, 0, 100);

        assertThatThrownBy(() -> DatabaseGuard.check(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("beskadiget").hasMessageContaining("ingen brugbar sikkerhedskopi");
    }
}
