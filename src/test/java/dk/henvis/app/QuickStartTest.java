package dk.henvis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar henvis.jar} runs the program in a second JVM with a class-data archive (issue 17, ADR 0021). */
class QuickStartTest {
    private static final String HOTSPOT = "OpenJDK 64-Bit Server VM";

    @TempDir
    Path dir;

    private QuickStart.Jvm jvm(Path codeSource, List<String> options) {
        return new QuickStart.Jvm(Path.of(System.getProperty("java.home")), codeSource.toString(), codeSource,
                options, HOTSPOT, 17, true, 1_700_000_000_000L);
    }

    private Path jar() throws IOException {
        return Files.write(dir.resolve("henvis.jar"), new byte[] {1, 2, 3});
    }

    @Test
    void theFirstStartOfAKindRecordsAnArchiveAndLaterStartsMapIt() throws Exception {
        Path cache = dir.resolve("cache");
        QuickStart.Jvm jvm = jvm(jar(), List.of("-Xmx512m", "-Dx=1"));

        QuickStart.Plan first = QuickStart.plan(jvm, cache, new String[] {"match", "--top", "3"}).orElseThrow();
        assertThat(first.recording()).isNotNull().hasParentRaw(cache);
        assertThat(first.command()).contains("-XX:ArchiveClassesAtExit=" + first.recording())
                .doesNotContain("-XX:SharedArchiveFile=" + first.archive());
        assertThat(first.archive().getFileName().toString()).startsWith("henvis-match-").endsWith(".jsa");
        // the user's options come after Henvis's own, so they win; the program's arguments end the command as given
        List<String> c = first.command();
        assertThat(c.indexOf("-Xmx512m")).isGreaterThan(c.indexOf(QuickStart.QUICK_JIT.get(0)));
        assertThat(c).contains(QuickStart.SERIAL_GC);
        assertThat(c.subList(c.size() - 4, c.size())).containsExactly(Launcher.class.getName(), "match", "--top", "3");
        assertThat(c).contains("-D" + QuickStart.STARTED_AT + "=1700000000000", "-Xlog:disable");

        Files.write(first.archive(), new byte[] {1});
        QuickStart.Plan later = QuickStart.plan(jvm, cache, new String[] {"match"}).orElseThrow();
        assertThat(later.recording()).isNull();
        assertThat(later.command()).contains("-XX:SharedArchiveFile=" + first.archive());

        // the user sized the heap: Henvis's first heap could contradict it (the JVM would not start)
        assertThat(c).doesNotContainAnyElementsOf(QuickStart.START_HEAP);
        assertThat(QuickStart.plan(jvm(jar(), List.of("-Dx=1")), cache, new String[] {"match"}).orElseThrow()
                .command()).containsAll(QuickStart.START_HEAP);

        // a collector the user chose is not joined by a second one (the JVM would not start)
        assertThat(QuickStart.plan(jvm(jar(), List.of("-XX:+UseG1GC")), cache, new String[] {"match"}).orElseThrow()
                .command()).contains("-XX:+UseG1GC").doesNotContain(QuickStart.SERIAL_GC);

        // the window and each subcommand have archives of their own
        assertThat(QuickStart.plan(jvm, cache, new String[0]).orElseThrow().archive().getFileName().toString())
                .startsWith("henvis-window-");
    }

    /**
     * Like the app-image (whose runtime has no {@code jdk.jfr}), the second JVM runs without Flight Recorder, so
     * Jdbi's first statement does not register a recorder event (~40 ms of every start), unless the user asked for
     * a recording. And this Java honours the property: a JVM started with it has no recorder.
     */
    @Test
    void theSecondJvmRunsWithoutFlightRecorderUnlessTheUserAskedForARecording() throws Exception {
        Path cache = dir.resolve("cache");
        Path jar = jar();
        String[] args = {"match"};
        assertThat(QuickStart.plan(jvm(jar, List.of()), cache, args).orElseThrow().command())
                .contains(QuickStart.NO_FLIGHT_RECORDER);
        assertThat(QuickStart.plan(jvm(jar, List.of("-XX:StartFlightRecording=filename=h.jfr")), cache, args)
                .orElseThrow().command()).doesNotContain(QuickStart.NO_FLIGHT_RECORDER)
                .contains("-XX:StartFlightRecording=filename=h.jfr");

        Path probe = Files.writeString(dir.resolve("Probe.java"),
                "public class Probe { public static void main(String[] a) {"
                        + " System.out.print(jdk.jfr.FlightRecorder.isAvailable()); } }");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        assertThat(output(java, probe.toString())).isEqualTo("true");
        assertThat(output(java, QuickStart.NO_FLIGHT_RECORDER, probe.toString())).isEqualTo("false");
    }

    private String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    @Test
    void aStartFromClassFoldersAnAgentADebuggerOrAnotherVmRunsInTheFirstJvm() throws Exception {
        Path cache = dir.resolve("cache");
        Path jar = jar();
        String[] args = {"match"};
        assertThat(QuickStart.plan(jvm(Files.createDirectories(dir.resolve("classes")), List.of()), cache, args)).isEmpty();
        assertThat(QuickStart.plan(jvm(jar, List.of("-agentlib:jdwp=transport=dt_socket")), cache, args)).isEmpty();
        assertThat(QuickStart.plan(jvm(jar, List.of("-javaagent:x.jar")), cache, args)).isEmpty();
        assertThat(QuickStart.plan(jvm(jar, List.of("-Xlog:gc")), cache, args)).isEmpty();
        assertThat(QuickStart.plan(jvm(jar, List.of("-Xshare:off")), cache, args)).isEmpty();
        assertThat(QuickStart.plan(new QuickStart.Jvm(Path.of("/jdk"), jar.toString(), jar, List.of(), "Eclipse OpenJ9 VM",
                17, true, 0), cache, args)).isEmpty();
        // a Java without its own class-data archive (some jlinked runtimes) would refuse to record one
        assertThat(QuickStart.plan(new QuickStart.Jvm(Path.of("/jdk"), jar.toString(), jar, List.of(), HOTSPOT, 17, false,
                0), cache, args)).isEmpty();
        assertThat(QuickStart.plan(jvm(jar, List.of()), cache, args)).isPresent();
        assertThat(QuickStart.isCheap(new String[] {"--version"})).isTrue();
        assertThat(QuickStart.isCheap(new String[] {"match"})).isFalse();
        assertThat(QuickStart.isOff("0")).isTrue();
        assertThat(QuickStart.isOff(" off ")).isTrue();
        assertThat(QuickStart.isOff(null)).isFalse();
    }

    @Test
    void nowhereToKeepAnArchiveOrAJavaThatRecordedNothingRunsInTheFirstJvm() throws Exception {
        Path jar = jar();
        // the cache would be below a file: it cannot be made
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "x").resolve("cache");
        assertThat(QuickStart.plan(jvm(jar, List.of()), blocked, new String[] {"match"})).isEmpty();

        Path cache = dir.resolve("cache");
        QuickStart.Plan plan = QuickStart.plan(jvm(jar, List.of()), cache, new String[] {"match"}).orElseThrow();
        QuickStart.keep(plan, 0); // the JVM wrote no recording
        assertThat(QuickStart.plan(jvm(jar, List.of()), cache, new String[] {"match"})).isEmpty();
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndOnlyTheNewestFewOfThatKindStay() throws Exception {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path jar = jar();
        QuickStart.Plan first = QuickStart.plan(jvm(jar, List.of()), cache, new String[] {"match"}).orElseThrow();
        Files.write(first.archive(), new byte[] {1});
        Path second = Files.write(cache.resolve("henvis-match-00000000000000b2.jsa"), new byte[] {1});
        Path third = Files.write(cache.resolve("henvis-match-00000000000000b3.jsa"), new byte[] {1});
        Files.setLastModifiedTime(first.archive(), FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(second, FileTime.fromMillis(2_000_000));
        Files.setLastModifiedTime(third, FileTime.fromMillis(3_000_000));
        Path otherKind = Files.write(cache.resolve("henvis-window-0000000000000001.jsa"), new byte[] {1});
        Files.setLastModifiedTime(otherKind, FileTime.fromMillis(1_000));

        Files.write(jar, new byte[] {1, 2, 3, 4});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        QuickStart.Plan rebuilt = QuickStart.plan(jvm(jar, List.of()), cache, new String[] {"match"}).orElseThrow();
        assertThat(rebuilt.archive()).isNotEqualTo(first.archive());
        assertThat(rebuilt.recording()).isNotNull();
        Files.write(rebuilt.recording(), new byte[] {7});
        QuickStart.keep(rebuilt, 2); // a program's own error code: the recording is whole

        assertThat(rebuilt.archive()).exists();
        assertThat(rebuilt.recording()).doesNotExist();
        // the rebuilt jar's and the two newest earlier ones of this kind stay; the oldest goes
        assertThat(third).exists();
        assertThat(second).exists();
        assertThat(first.archive()).doesNotExist();
        assertThat(otherKind).exists();
    }

    @Test
    void aKilledRecordingIsDropped() throws Exception {
        QuickStart.Plan plan = QuickStart.plan(jvm(jar(), List.of()), dir.resolve("cache"), new String[] {"match"})
                .orElseThrow();
        Files.write(plan.recording(), new byte[] {1, 2});
        QuickStart.keep(plan, 137);
        assertThat(plan.recording()).doesNotExist();
        assertThat(plan.archive()).doesNotExist();
        try (Stream<Path> left = Files.list(dir.resolve("cache"))) {
            assertThat(left).isEmpty(); // no "recorded nothing" note either: the next start tries again
        }
    }

    /**
     * The whole way, with real JVMs: the program (on a class path of jars, as from {@code henvis.jar}) runs in the
     * second JVM; the first start records the archive, the next maps it; both print exactly the program's output,
     * nothing of the JVM's own, and hand on its exit code.
     */
    @Test
    void theSecondJvmPrintsOnlyTheProgramsOutputAndHandsOnItsExitCode() throws Exception {
        String classPath = jarredClassPath();
        Path codeSource = Path.of(classPath.split(File.pathSeparator)[0]);
        QuickStart.Jvm jvm = new QuickStart.Jvm(Path.of(System.getProperty("java.home")), classPath, codeSource,
                List.of("-Djava.awt.headless=true"), System.getProperty("java.vm.name"), Runtime.version().feature(),
                System.getProperty("java.vm.info", "").contains("sharing"), 0);
        assumeTrue(jvm.sharing(), "this Java maps no class-data archive of its own: no quick start to test");
        Path cache = dir.resolve("cache");
        String[] offers = {"offers", "--db", dir.resolve("x.db").toString(), "--json"};

        Run first = run(QuickStart.plan(jvm, cache, offers).orElseThrow());
        assertThat(first.code()).isZero();
        assertThat(first.out()).isEqualTo("[ ]");
        assertThat(first.err()).isEmpty();
        Optional<QuickStart.Plan> second = QuickStart.plan(jvm, cache, offers);
        assertThat(second).isPresent();
        assertThat(second.get().recording()).as("the first start recorded an archive").isNull();
        assertThat(second.get().archive()).isNotEmptyFile();

        Path sqlite = second.get().command().stream().filter(a -> a.startsWith("-D" + SqliteLibraryCopy.PATH + "="))
                .map(a -> Path.of(a.substring(a.indexOf('=') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError("the first run kept no copy of SQLite's library"));
        assertThat(sqlite.resolve(org.sqlite.util.LibraryLoaderUtil.getNativeLibName())).isNotEmptyFile();
        assertThat(second.get().sqliteCopy()).as("a copy is in use: none to write").isNull();

        Run mapped = run(second.get());
        assertThat(mapped.code()).isZero();
        assertThat(mapped.out()).isEqualTo("[ ]");
        assertThat(mapped.err()).isEmpty();

        // a damaged copy is not used (the driver takes the library out of the jar) and is written anew
        Path library = sqlite.resolve(org.sqlite.util.LibraryLoaderUtil.getNativeLibName());
        long size = Files.size(library);
        Files.write(library, new byte[4096]);
        QuickStart.Plan afterDamage = QuickStart.plan(jvm, cache, offers).orElseThrow();
        assertThat(afterDamage.command()).noneMatch(a -> a.startsWith("-D" + SqliteLibraryCopy.PATH));
        Run damaged = run(afterDamage);
        assertThat(damaged.code()).isZero();
        assertThat(damaged.out()).isEqualTo("[ ]");
        assertThat(damaged.err()).isEmpty();
        assertThat(library).hasSize(size);
        assertThat(QuickStart.plan(jvm, cache, offers).orElseThrow().command())
                .contains("-D" + SqliteLibraryCopy.PATH + "=" + sqlite)
                // the driver's search for stale copies stays in that folder, off the system's temporary folder
                .contains("-D" + SqliteLibraryCopy.TMPDIR + "=" + sqlite);

        String[] badProfile = {"match", "--db", dir.resolve("x.db").toString(), "--profile",
                dir.resolve("missing.json").toString()};
        Run bad = run(QuickStart.plan(jvm, cache, badProfile).orElseThrow());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).contains("missing.json");
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(QuickStart.Plan plan) throws IOException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(plan.command()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().put("HENVIS_HOME", dir.resolve("home").toString());
        OptionalInt code = QuickStart.runChild(builder, plan);
        assertThat(code).isPresent();
        return new Run(code.getAsInt(), Files.readString(out).strip(), Files.readString(err).strip());
    }

    /** The test class path with its class folders packed into a jar (an archive holds classes from jars only). */
    private String jarredClassPath() throws IOException {
        List<String> parts = new ArrayList<>();
        int n = 0;
        for (String part : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(part);
            if (Files.isDirectory(p)) {
                Path jar = dir.resolve("classes-" + n++ + ".jar");
                pack(p, jar);
                parts.add(0, jar.toString());
            } else if (Files.isRegularFile(p)) {
                parts.add(part);
            }
        }
        return String.join(File.pathSeparator, parts);
    }

    private static void pack(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(folder.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, out);
                out.closeEntry();
            }
        }
    }
}
