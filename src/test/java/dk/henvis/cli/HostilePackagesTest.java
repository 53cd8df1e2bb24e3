package dk.henvis.cli;

import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.henvis.app.Services;
import dk.henvis.catalog.Offer;
import dk.henvis.core.CoreServices;
import dk.henvis.formats.Fixtures;
import dk.henvis.formats.common.InputLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, items 2, 3 and 6: hostile data packages. A zip bomb, a resource outside the package (absolute,
 * {@code ..}, a symbolic link out) and a named pipe inside the package are each refused by {@code import}
 * and by {@code sync} with exit 2 and one Danish line, at once, and the stored offers stay as they were.
 */
class HostilePackagesTest {
    private static final String SERVICES = "id,name,organization_id\nkor,Seniorkoret,org1\n";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void seed() {
        db = dir.resolve("henvis.db");
        CliRun seeded = run("import", "--db", db.toString(), Fixtures.path("hsds-messy.json").toString());
        assertThat(seeded.code()).as(seeded.err()).isZero();
    }

    @Test
    void aTwoMegabyteZipThatUnpacksToTwoGigabytesIsRefusedAtTheRowLimitWithinSeconds() throws IOException {
        Path zip = dir.resolve("bombe.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            entry(z, "datapackage.json", "{\"resources\": []}");
            entry(z, "services.csv", SERVICES);
            z.putNextEntry(new ZipEntry("schedules.csv"));
            z.write("id,service_id\n".getBytes(StandardCharsets.US_ASCII));
            repeat(z, "1,kor\n", 2L * 1024 * 1024 * 1024);
            z.closeEntry();
        }
        assertThat(Files.size(zip)).isLessThan(4L * 1024 * 1024);
        String err = refusedQuickly(zip);
        assertThat(err).contains("bombe.zip", "schedules.csv", "100.000 rækker");
        assertThat(refusedBoth(zip)).contains("100.000 rækker");
    }

    @Test
    void aTableOfLongRowsIsRefusedAtTheByteLimit() throws IOException {
        Path zip = dir.resolve("lang.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(z, "datapackage.json", "{\"resources\": []}");
            entry(z, "services.csv", SERVICES);
            z.putNextEntry(new ZipEntry("organizations.csv"));
            z.write("id,name\n".getBytes(StandardCharsets.US_ASCII));
            repeat(z, "org1," + "x".repeat(2000) + "\n", InputLimits.MAX_TABLE_BYTES + 4L * 1024 * 1024);
            z.closeEntry();
        }
        assertThat(refusedQuickly(zip)).contains("organizations.csv", "kB udpakket");
    }

    @Test
    void aDescriptorOfManyMegabytesIsRefused() throws IOException {
        Path zip = dir.resolve("stor-beskrivelse.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("datapackage.json"));
            z.write("{\"x\": \"".getBytes(StandardCharsets.US_ASCII));
            repeat(z, "aaaaaaaa", 64L * 1024 * 1024);
            z.closeEntry();
            entry(z, "services.csv", SERVICES);
        }
        assertThat(refusedQuickly(zip)).contains("datapackage.json", "kB udpakket");
    }

    @Test
    void anAbsoluteResourcePathIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("hemmelig.csv"), "id,name\norg1,Hemmelig første kolonne\n");
        Path pkg = folderPackage("absolut", "{\"resources\": [{\"name\": \"organizations\", \"path\": \""
                + outside.toAbsolutePath().toString().replace("\\", "/") + "\"}]}");
        String err = refusedBoth(pkg);
        assertThat(err).contains("hemmelig.csv", "relativ sti");
        assertThat(names()).doesNotContain("Hemmelig første kolonne");
    }

    @Test
    void aResourcePathClimbingOutIsRefused() throws IOException {
        Files.writeString(dir.resolve("hemmelig.csv"), "id,name\norg1,Hemmelig\n");
        Path pkg = folderPackage("op", "{\"resources\": [{\"name\": \"organizations\", \"path\": \"../hemmelig.csv\"}]}");
        assertThat(refusedBoth(pkg)).contains("../hemmelig.csv", "relativ sti");
    }

    @Test
    void aSymlinkLeavingThePackageIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("hemmelig.csv"), "id,name\norg1,Hemmelig første kolonne\n");
        Path pkg = folderPackage("link", "{\"resources\": []}");
        Files.createSymbolicLink(pkg.resolve("organizations.csv"), outside.toAbsolutePath());
        assertThat(refusedBoth(pkg)).contains("organizations.csv", "symbolsk link");
        assertThat(names()).doesNotContain("Hemmelig første kolonne");
    }

    @Test
    void aSymlinkInsideThePackageIsRead() throws IOException {
        Path pkg = folderPackage("indenfor", "{\"resources\": []}");
        Files.writeString(pkg.resolve("orgs-2026.csv"), "id,name\norg1,Frivilligcentret\n");
        Files.createSymbolicLink(pkg.resolve("organizations.csv"), Path.of("orgs-2026.csv"));
        CliRun r = run("import", "--db", db.toString(), pkg.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void aNamedPipeInsideThePackageIsRefusedAtOnce() throws Exception {
        Path pkg = folderPackage("pipe", "{\"resources\": [{\"name\": \"schedules\", \"path\": \"tider.csv\"}]}");
        mkfifo(pkg.resolve("tider.csv"));
        assertThat(refusedBoth(pkg)).contains("tider.csv", "ikke en almindelig fil");
    }

    @Test
    void aNamedPipeAsASyncFileSourceFailsAtOnce() throws Exception {
        Path pipe = Files.writeString(dir.resolve("kilde.json"), "[]");
        assertThat(run("sources", "add", "--db", db.toString(), "--name", "pipe", "--kind", "hsds-json",
                "--location", pipe.toString()).code()).isZero();
        Files.delete(pipe);
        mkfifo(pipe);
        CliRun sync = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("sync", "--db", db.toString()));
        assertThat(sync.code()).isEqualTo(2);
        assertThat(sync.err()).contains("kilde.json", "almindelig fil");
        assertThat(run("sources", "list", "--db", db.toString()).out()).contains("fejl: ");
    }

    // ------------------------------------------------------------------ helpers

    private String refusedQuickly(Path pkg) {
        List<Offer> before = offers();
        long start = System.nanoTime();
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run("import", "--db", db.toString(), pkg.toString()));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("Error");
        assertThat(seconds).as("seconds to refuse").isLessThan(15);
        assertThat(offers()).isEqualTo(before);
        return r.err();
    }

    /** Refused by import, and by sync of the same folder as a source (which shows the failure in the list). */
    private String refusedBoth(Path pkg) {
        List<Offer> before = offers();
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> run("import", "--db", db.toString(), pkg.toString()));
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n");
        assertThat(offers()).isEqualTo(before);

        CliRun add = run("sources", "add", "--db", db.toString(), "--name", "pakken", "--kind", "hsds-package",
                "--location", pkg.toString());
        assertThat(add.code()).as(add.err()).isZero();
        CliRun sync = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("sync", "--db", db.toString()));
        assertThat(sync.code()).as(sync.out()).isEqualTo(2);
        assertThat(sync.err()).contains("pakken: FEJL").doesNotContain("sync-tmp");
        assertThat(offers()).isEqualTo(before);
        assertThat(run("sources", "list", "--db", db.toString()).out()).contains("fejl: ");
        return r.err() + " | " + sync.err();
    }

    private Path folderPackage(String name, String descriptor) throws IOException {
        Path pkg = Files.createDirectory(dir.resolve(name));
        Files.writeString(pkg.resolve("datapackage.json"), descriptor);
        Files.writeString(pkg.resolve("services.csv"), SERVICES);
        return pkg;
    }

    private List<Offer> offers() {
        try (CoreServices s = Services.open(db)) {
            return s.offers().all();
        }
    }

    private List<String> names() {
        try (CoreServices s = Services.open(db)) {
            return s.offers().all().stream()
                    .map(o -> o.organisation() == null ? "" : o.organisation().name()).toList();
        }
    }

    private static void entry(ZipOutputStream z, String name, String text) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private static void repeat(OutputStream out, String row, long bytes) throws IOException {
        byte[] unit = row.getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[(1024 * 1024 / unit.length) * unit.length];
        for (int i = 0; i < block.length; i += unit.length) {
            System.arraycopy(unit, 0, block, i, unit.length);
        }
        for (long written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
    }

    private static void mkfifo(Path at) throws Exception {
        Process p = new ProcessBuilder("mkfifo", at.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
