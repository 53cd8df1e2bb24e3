package dk.henvis.app;

import dk.henvis.core.CoreServices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.StorageProblem;
import dk.henvis.catalog.TestOffers;
import dk.henvis.cli.HenvisCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk or a read-only data folder gives a clear message and loses nothing. The real cases need
 * root (CI runs as root): a tiny tmpfs that is filled up, and a folder made immutable with chattr,
 * which even root cannot write. Where neither is possible those two are skipped; the read-only open
 * itself is always tested.
 */
class StorageFailureTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsTheWriteWithAClearMessageAndKeepsTheCatalogue() throws Exception {
        Path disk = dir.resolve("disk");
        Files.createDirectories(disk);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()), "needs root to mount a tmpfs");
        try {
            Path db = disk.resolve("henvis.db");
            CoreServices services = Services.open(db);
            write(services, "kommune", 10, "");
            fill(disk.resolve("filler.bin"));

            Throwable failure = catchThrowable(() -> write(services, "sync", 200, "x".repeat(2000)));

            assertThat(failure).as("the write on a full disk").isNotNull();
            assertThat(StorageProblem.describe(failure, db)).hasValueSatisfying(m -> assertThat(m)
                    .startsWith("Disken er fuld").contains(db.toString()).contains("Intet er ændret"));
            StringWriter err = new StringWriter();
            int code = HenvisCommand.run(Services::open, new PrintWriter(new StringWriter()), new PrintWriter(err),
                    "import", "--db", db.toString(), "sample-data/frederikssund-hsds.json");
            assertThat(code).isEqualTo(HenvisCommand.EXIT_INTERNAL);
            assertThat(err.toString().strip()).startsWith("fejl: Disken er fuld").doesNotContain("\n");
            Files.delete(disk.resolve("filler.bin"));
            List<Offer> after = Services.open(db).offers().all();
            assertThat(after).hasSize(10).allMatch(o -> o.key().source().equals("kommune"));
            write(Services.open(db), "sync", 20, ""); // with space again, writing works
            assertThat(Services.open(db).offers().count()).isEqualTo(30);
        } finally {
            run("umount", "-l", disk.toString());
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenOpensTheCatalogueReadOnlyAndKeepsItReadable() throws Exception {
        Path folder = dir.resolve("data");
        Path db = folder.resolve("henvis.db");
        write(Services.open(db), "kommune", 12, "");
        assumeTrue(run("chattr", "+i", folder.toString()), "needs chattr on this file system");
        try {
            assertThat(StorageProblem.folderWritable(folder)).isFalse();

            CoreServices services = Services.open(db);

            assertThat(services.database().readOnly()).isTrue();
            assertThat(services.offers().count()).isEqualTo(12);
            Throwable failure = catchThrowable(() -> write(services, "sync", 1, ""));
            assertThat(StorageProblem.describe(failure, db)).hasValueSatisfying(m -> assertThat(m)
                    .contains("skrivebeskyttet").contains(db.toString()));
        } finally {
            run("chattr", "-i", folder.toString());
        }
        assertThat(Services.open(db).offers().count()).isEqualTo(12);
    }

    @Test
    void aReadOnlyDatabaseCanBeReadAndRefusesWritesWithAClearMessage() throws Exception {
        Path db = dir.resolve("henvis.db");
        write(Services.open(db), "kommune", 7, "");

        Database readOnly = Database.openReadOnly(db);
        OfferStore offers = new OfferStore(readOnly);

        assertThat(readOnly.readOnly()).isTrue();
        assertThat(offers.count()).isEqualTo(7);
        Throwable failure = catchThrowable(() -> offers.write("sync", OfferStore.Mode.MERGE, Instant.now(),
                sink -> sink.accept(TestOffers.offer("sync", "ny", "Nyt tilbud"))));
        assertThat(StorageProblem.describe(failure, db)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("Databasen").contains("skrivebeskyttet"));
        assertThat(String.valueOf(failure.getMessage())).doesNotContain("Nyt tilbud"); // no bound values in logs
        assertThat(Services.open(db).offers().count()).isEqualTo(7);
    }

    private static void write(CoreServices services, String source, int count, String padding) {
        services.offers().write(source, OfferStore.Mode.MERGE, Instant.now(), sink -> {
            for (int i = 0; i < count; i++) {
                sink.accept(TestOffers.offer(source, source + "-" + i, "Tilbud " + i, "Beskrivelse " + i + padding));
            }
        });
    }

    private static void fill(Path file) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
