package dk.henvis.app;

import dk.henvis.catalog.AtomicFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A faster {@code java -jar henvis.jar} (issue 17, ADR 0021). A plain {@code java -jar} cannot name a class-data
 * archive or JIT options, and without them every start reads, verifies and parses some 5,000 classes (JavaFX,
 * Jdbi, Jackson, Lucene) and lets the optimising compiler work on start-up code. So the JVM that the README's
 * command starts runs the program in a second JVM on the same Java, class path and options, with:
 * <ul>
 * <li>a class-data archive of this jar for this kind of start (the window, or one subcommand) in
 *     {@code <data folder>/cache}: the first start of each kind records it when it ends
 *     ({@code -XX:ArchiveClassesAtExit}, about a second once), every later start maps it;</li>
 * <li>the app-image's compiler, collector and first heap options ({@link #QUICK_JIT}, {@link #SERIAL_GC},
 * {@link #START_HEAP}), and like the app-image no Flight Recorder ({@link #NO_FLIGHT_RECORDER});</li>
 * <li>SQLite's native library from a copy kept beside the archives ({@link SqliteLibraryCopy}).</li>
 * </ul>
 * The first JVM only waits: the second inherits its standard streams, and its exit code is the program's.
 * It is not done for the app-image (its launcher has its own archive), a start from class folders (tests,
 * IDE), {@code --version}/{@code --help}, a JVM with an agent, a debugger or {@code -Xlog}, a VM that is not
 * HotSpot or maps no class-data archive of the JDK's own (a recording builds on it: without it the JVM would
 * refuse to start), or with {@value #SWITCH}{@code =0}; nor when the archive cannot be written (a read-only data folder)
 * or this Java cannot record one. Then the program runs in the first JVM as before.
 */
final class QuickStart {
    /** Set on the second JVM: the first JVM's start (epoch milliseconds), so start-up times count from it. */
    static final String STARTED_AT = "henvis.startedAt";
    /** {@code 0} or {@code off}: run in the JVM {@code java} started. */
    static final String SWITCH = "HENVIS_QUICK_START";
    static final String FOLDER = "cache";
    /**
     * The quick compiler only, as the app-image's launcher (ADR 0021): at start-up half of the JVM's CPU went to
     * compiling, most of it profiled C1 code for a C2 that comes too late to pay.
     */
    static final List<String> QUICK_JIT = List.of("-XX:TieredStopAtLevel=1");
    /** The app-image's collector, unless the user chose one. */
    static final String SERIAL_GC = "-XX:+UseSerialGC";
    /**
     * The app-image's first heap, unless the user sized the heap (ADR 0024): room for the start's allocations
     * without a collection in the middle of the first suggestions.
     */
    static final List<String> START_HEAP = List.of("-Xms256m", "-XX:NewSize=192m");
    /** Options that size the heap: with any of them the user's sizes stand alone (ours could contradict them). */
    private static final List<String> HEAP_SIZES = List.of("-Xms", "-Xmx", "-Xmn", "-XX:InitialHeapSize",
            "-XX:MaxHeapSize", "-XX:NewSize", "-XX:MaxNewSize", "-XX:NewRatio", "-XX:MaxRAM", "-XX:InitialRAM");
    /**
     * Flight Recorder off, as in the app-image (its runtime leaves {@code jdk.jfr} out, ADR 0018), unless the user
     * asked for a recording: Jdbi registers a JFR event at its first statement when a recorder is available,
     * about 40 ms of the main thread of every start (issue 17). The JDK reads this property when it first asks
     * whether a recorder is available; a Java that does not know it ignores it.
     */
    static final String NO_FLIGHT_RECORDER = "-Djfr.unsupported.vm=true";
    /** The JVM's own log off (a note from the class-data code must not reach the command line's stdout). */
    static final List<String> QUIET = List.of("-Xlog:disable", "-Xlog:all=error:stderr");
    /** The environment variables whose options are already among the first JVM's input arguments. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
    /** Options after which a second JVM would do something else than the first (or the same twice). */
    private static final List<String> KEEP_HERE = List.of("-agentlib", "-agentpath", "-javaagent", "-Xdebug", "-Xrun",
            "-Xlog", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList",
            "-XX:SharedClassListFile");

    /**
     * What this start is: the Java, the class path and the options it was started with.
     *
     * @param sharing true when this JVM maps the JDK's own class-data archive (a recording builds on it)
     */
    record Jvm(Path javaHome, String classPath, Path codeSource, List<String> inputArguments, String vmName,
            int feature, boolean sharing, long startedAt) {
        static Jvm current() {
            RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
            Path code;
            try {
                code = Path.of(QuickStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                code = null;
            }
            return new Jvm(Path.of(System.getProperty("java.home")), System.getProperty("java.class.path", ""), code,
                    List.copyOf(runtime.getInputArguments()), System.getProperty("java.vm.name", ""),
                    Runtime.version().feature(), System.getProperty("java.vm.info", "").contains("sharing"),
                    runtime.getStartTime());
        }
    }

    /**
     * How the second JVM starts.
     *
     * @param archive   the archive it maps, or records at its end when {@code recording} is set
     * @param recording where the recording is written, moved to {@code archive} once the JVM has ended
     */
    /** @param sqliteCopy where to keep a copy of SQLite's library after the run; null when one is used already */
    record Plan(List<String> command, Path archive, Path recording, Path sqliteCopy) {
    }

    private QuickStart() {
    }

    /**
     * Runs the program in a second JVM when this start should (see the class comment) and returns its exit
     * code; empty when the program is to run in this JVM.
     */
    static OptionalInt run(String[] args, Path dataFolder) {
        if (System.getProperty(STARTED_AT) != null || System.getProperty("henvis.packaged") != null
                || isOff(System.getenv(SWITCH)) || isCheap(args)) {
            return OptionalInt.empty();
        }
        Optional<Plan> plan = plan(Jvm.current(), dataFolder.resolve(FOLDER), args);
        if (plan.isEmpty()) {
            return OptionalInt.empty();
        }
        ProcessBuilder builder = new ProcessBuilder(plan.get().command()).inheritIO();
        OPTION_VARIABLES.forEach(builder.environment()::remove);
        return runChild(builder, plan.get());
    }

    /** --version, --help: over before a second JVM would be up. */
    static boolean isCheap(String[] args) {
        return args.length > 0 && args[0].startsWith("-");
    }

    static boolean isOff(String value) {
        return value != null && (value.strip().equals("0") || value.strip().equalsIgnoreCase("off")
                || value.strip().equalsIgnoreCase("false"));
    }

    /** The second JVM's command, or empty when this start runs here. */
    static Optional<Plan> plan(Jvm jvm, Path cache, String[] args) {
        if (jvm.codeSource() == null || !Files.isRegularFile(jvm.codeSource())
                || !jvm.codeSource().getFileName().toString().endsWith(".jar")
                || !jvm.vmName().contains("Server VM") || jvm.vmName().contains("OpenJ9") || jvm.feature() < 13
                // without the JDK's own archive a JVM refuses to record one (it would not start at all)
                || !jvm.sharing()
                || jvm.inputArguments().stream().anyMatch(a -> KEEP_HERE.stream().anyMatch(a::startsWith))) {
            return Optional.empty();
        }
        String key = key(jvm);
        String name = "henvis-" + kind(args) + "-" + key;
        Path archive = cache.resolve(name + ".jsa");
        Path recording = null;
        if (!Files.isRegularFile(archive)) {
            if (Files.exists(cache.resolve(name + ".none"))) {
                return Optional.empty(); // this Java recorded nothing before: no archive to gain
            }
            try {
                Files.createDirectories(cache);
                recording = Files.createTempFile(cache, name, ".recording");
                Files.delete(recording); // the JVM writes it at its end
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // nowhere to keep an archive (a read-only data folder)
            }
        }
        List<String> command = new ArrayList<>();
        command.add(jvm.javaHome().resolve("bin").resolve("java").toString());
        command.add("-Xshare:auto");
        command.add(recording == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + recording);
        command.addAll(QUIET);
        command.addAll(QUICK_JIT);
        if (jvm.inputArguments().stream().noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"))) {
            command.add(SERIAL_GC); // two collectors named would stop the JVM
        }
        if (jvm.inputArguments().stream().noneMatch(a -> HEAP_SIZES.stream().anyMatch(a::startsWith))) {
            command.addAll(START_HEAP); // a first heap above the user's -Xmx would stop the JVM
        }
        if (jvm.inputArguments().stream().noneMatch(a -> a.contains("FlightRecord") || a.startsWith("-Djfr."))) {
            command.add(NO_FLIGHT_RECORDER);
        }
        Path sqlite = SqliteLibraryCopy.folder(cache, key);
        List<String> sqliteOptions = SqliteLibraryCopy.options(sqlite);
        command.addAll(sqliteOptions); // before the user's options: a library path of their own wins
        command.addAll(jvm.inputArguments());
        command.add("-D" + STARTED_AT + "=" + jvm.startedAt());
        command.add("-cp");
        command.add(jvm.classPath());
        command.add(Launcher.class.getName());
        command.addAll(List.of(args));
        return Optional.of(new Plan(List.copyOf(command), archive, recording, sqliteOptions.isEmpty() ? sqlite : null));
    }

    /** The window, or the subcommand: each records the classes it uses. */
    static String kind(String[] args) {
        if (args.length == 0) {
            return "window";
        }
        String sub = args[0].toLowerCase(Locale.ROOT);
        return sub.matches("[a-z][a-z-]{0,30}") ? sub : "cli";
    }

    /**
     * This Java and this class path as they are now: a rebuilt jar or another Java gets an archive of its own
     * (the JVM itself also refuses an archive whose jar changed, silently).
     */
    static String key(Jvm jvm) {
        StringBuilder s = new StringBuilder(jvm.javaHome().toString()).append('|')
                .append(System.getProperty("java.vm.version", "")).append('|').append(jvm.classPath());
        for (String part : jvm.classPath().split(java.io.File.pathSeparator)) {
            try {
                Path p = Path.of(part);
                s.append('|').append(Files.size(p)).append(':').append(Files.getLastModifiedTime(p).toMillis());
            } catch (IOException | RuntimeException e) {
                s.append("|-");
            }
        }
        String text = s.toString();
        long h = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) {
            h = 31 * h + text.charAt(i);
        }
        return String.format(Locale.ROOT, "%016x", h);
    }

    /**
     * Starts the second JVM, waits for it and returns its exit code (the archive kept when one was recorded);
     * empty when it could not be started (then the program runs in this JVM).
     */
    static OptionalInt runChild(ProcessBuilder builder, Plan plan) {
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        // a stop of this JVM (a terminal closed, SIGTERM) stops the program too
        Thread stop = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "henvis-quick-start-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(130);
        }
        if (plan.recording() != null) {
            keep(plan, code);
        }
        if (plan.sqliteCopy() != null && code < 128) {
            SqliteLibraryCopy.keep(plan.sqliteCopy());
        }
        return OptionalInt.of(code);
    }

    /** How many archives of one kind are kept: a few builds of the jar side by side (two checkouts, a rebuild). */
    static final int KEPT_PER_KIND = 3;

    /**
     * Puts a finished recording in place (a JVM that was killed may have left half a file: it is dropped) and
     * keeps only the newest {@value #KEPT_PER_KIND} archives of this kind (earlier builds of the jar); a Java that
     * recorded nothing leaves a note not to try again.
     */
    static void keep(Plan plan, int exitCode) {
        Path recording = plan.recording();
        Path archive = plan.archive();
        String file = archive.getFileName().toString();
        String name = file.substring(0, file.length() - ".jsa".length());
        try {
            if (exitCode >= 128 || !Files.isRegularFile(recording) || Files.size(recording) == 0) {
                Files.deleteIfExists(recording);
                if (exitCode < 128) {
                    AtomicFiles.write(archive.resolveSibling(name + ".none"), AtomicFiles.EXPORT, new byte[0]);
                }
                return;
            }
            AtomicFiles.moveIntoPlace(recording, archive);
            String kind = name.substring(0, name.lastIndexOf('-') + 1);
            Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
            List<Path> archives = new ArrayList<>();
            try (DirectoryStream<Path> all = Files.newDirectoryStream(archive.getParent(), kind + "*")) {
                for (Path p : all) {
                    String n = p.getFileName().toString();
                    if (n.endsWith(".jsa") && !p.equals(archive)) {
                        archives.add(p);
                    } else if (n.endsWith(".recording") && Files.getLastModifiedTime(p).toInstant().isBefore(dayAgo)) {
                        Files.deleteIfExists(p); // a recording whose JVM never ended
                    }
                }
            }
            archives.sort(Comparator.comparing(QuickStart::modified).reversed());
            for (Path old : archives.subList(Math.min(archives.size(), KEPT_PER_KIND - 1), archives.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // only start-up time is lost: the next start records again
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
