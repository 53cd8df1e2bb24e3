package dk.henvis.bench;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import dk.henvis.settings.Settings;
import dk.henvis.settings.StaffUnit;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Start-up of the window (issue 17): from JVM start to (1) the main window shown and (2) the suggestions
 * ready for an interest typed as soon as the window is shown and its first ranking is done — against the
 * floor, a JVM of the same launcher and class path showing an empty JavaFX stage ({@link EmptyStageFloor}),
 * in the same run, alternating floor and app.
 *
 * <p>Catalogues: the bundled sample, and the sample plus 10,000 synthetic offers. Launches:
 * <ul>
 * <li>{@code classes} — {@code java -cp <the test class path> dk.henvis.app.Launcher};</li>
 * <li>{@code jar} — {@code target/henvis.jar} (after {@code mvn package}): the README's {@code java -jar}
 *     start; the headless Monocle platform is added to the class path, so it runs as
 *     {@code java -cp henvis.jar:monocle.jar dk.henvis.app.Launcher};</li>
 * <li>{@code image} — the app-image's own launcher {@code target/packaging/image/henvis/bin/henvis} (after
 *     {@code mvn -B -q -Ppackage package -DskipTests}), with its runtime, its java-options and its class-data
 *     archive, through a second launcher in the image with Monocle added to its class path (headless;
 *     {@link BenchSupport#imageLauncher}). Its floor runs on the same jlinked runtime.</li>
 * <li>{@code image-nocds} — the same without its class-data archive (the A/B of ADR 0018).</li>
 * <li>{@code jar-noquick} — {@code jar} with {@code HENVIS_QUICK_START=0}: the program in the JVM {@code java}
 *     started, without the second JVM and its archive (the A/B of ADR 0021). With the quick start, the probe
 *     counts from the first JVM's start; the first run of each catalogue records the archive (not measured).</li>
 * </ul>
 * Each run is a fresh process on the headless Monocle platform with software rendering (no display is
 * needed). The app is started through the real launcher with {@code HENVIS_STARTUP_PROBE} set, which
 * prints the two times ({@link dk.henvis.ui.StartupProbe}).
 *
 * <p>{@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.bench.StartupBenchmark
 * [-Dexec.args="RUNS [classes,jar,image]"]} (default 7 runs; classes, jar, image and image-nocds when built).
 */
public final class StartupBenchmark {
    private static final String INTEREST = "synge";
    private static final List<String> MONOCLE = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true");

    private StartupBenchmark() {
    }

    /** How one launch starts the app and its floor. */
    private record Launch(String name, List<String> app, List<String> floor) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<String> wanted = args.length > 1 ? List.of(args[1].split(",")) : List.of("classes", "jar", "jar-noquick", "image", "image-nocds");
        System.out.println("StartupBenchmark " + BenchSupport.machine() + " runs=" + runs
                + " (headless Monocle, software rendering; p50 of the runs; floor = empty JavaFX stage, same launch, same run)");
        Path work = BenchSupport.workFolder("henvis-startup");
        Map<String, Path> homes = new LinkedHashMap<>();
        homes.put("sample", home(work.resolve("sample"), 0));
        homes.put("10k", home(work.resolve("10k"), 10_000));
        List<Launch> launches = new ArrayList<>();
        for (String name : wanted) {
            Launch l = launch(name);
            if (l == null) {
                System.out.println("(" + name + ": not built, skipped)");
            } else {
                launches.add(l);
            }
        }
        System.out.printf("%-8s %-7s %10s %12s %16s %12s %16s%n", "launch", "catalog", "floorP50",
                "shownP50", "shown/floor", "suggestP50", "suggest/floor");
        for (Launch l : launches) {
            for (Map.Entry<String, Path> h : homes.entrySet()) {
                // warm-up: the OS file cache, JavaFX's native library cache, the data folder's first start
                run(l.floor(), h.getValue(), false);
                run(l.app(), h.getValue(), true);
                double[] floor = new double[runs];
                double[] shown = new double[runs];
                double[] suggest = new double[runs];
                for (int i = 0; i < runs; i++) {
                    floor[i] = run(l.floor(), h.getValue(), false)[0];
                    double[] app = run(l.app(), h.getValue(), true);
                    shown[i] = app[0];
                    suggest[i] = app[1];
                }
                double f = BenchSupport.percentile(floor, 50);
                double s = BenchSupport.percentile(shown, 50);
                double g = BenchSupport.percentile(suggest, 50);
                System.out.printf("%-8s %-7s %8.0fms %10.0fms %10.2fx (<=2) %10.0fms %10.2fx (<=3)%n",
                        l.name(), h.getKey(), f, s, s / f, g, g / f);
            }
        }
        System.out.println("targets (issue 17): window shown <= 2x the empty stage, suggestions ready <= 3x");
    }

    /** A data folder with a unit set (no first-start question) and the catalogue in henvis.db. */
    private static Path home(Path dir, int extra) throws IOException {
        Files.createDirectories(dir);
        Settings.in(dir).setUnit(StaffUnit.DOEGNPLEJEN, null);
        OfferStore store = new OfferStore(Database.open(dir.resolve("henvis.db")));
        new CatalogImporter(store, Clock.systemUTC()).importFiles("eksempel",
                List.of(Path.of("sample-data/frederikssund-hsds.json")));
        if (extra > 0) {
            Random random = new Random(17);
            store.write("bench", OfferStore.Mode.MERGE, Instant.parse("2026-11-01T00:00:00Z"), sink -> {
                for (int i = 0; i < extra; i++) {
                    Offer o = MatchBenchmark.synthetic(i, random);
                    sink.accept(o);
                }
            });
        }
        return dir;
    }

    private static Launch launch(String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String monocle = jarOf("openjfx-monocle");
        String testClasses = Path.of("target", "test-classes").toAbsolutePath().toString();
        String floorMain = EmptyStageFloor.class.getName();
        switch (name) {
            case "classes" -> {
                String cp = classPath();
                return new Launch(name, command(java, MONOCLE, "-cp", cp, "dk.henvis.app.Launcher"),
                        command(java, MONOCLE, "-cp", cp, floorMain));
            }
            case "jar", "jar-noquick" -> {
                Path jar = Path.of("target", "henvis.jar").toAbsolutePath();
                if (!Files.isRegularFile(jar)) {
                    return null;
                }
                String cp = jar + File.pathSeparator + monocle;
                // jar-noquick: the A/B of the quick start (ADR 0021), the program in the JVM java started
                List<String> app = new ArrayList<>(name.equals("jar") ? List.of() : List.of("env", "HENVIS_QUICK_START=0"));
                app.addAll(command(java, MONOCLE, "-cp", cp, "dk.henvis.app.Launcher"));
                return new Launch(name, app,
                        command(java, MONOCLE, "-cp", cp + File.pathSeparator + testClasses, floorMain));
            }
            case "image", "image-nocds" -> {
                Path runtime = Path.of("target", "packaging", "runtime", "bin", "java").toAbsolutePath();
                if (BenchSupport.image() == null || !Files.isExecutable(runtime)) {
                    return null;
                }
                Path launcher = BenchSupport.imageLauncher(name.equals("image") ? "bench" : "bench-nocds",
                        name.equals("image"), List.of(Path.of(monocle)), MONOCLE);
                Path jar = BenchSupport.image().resolve("lib/app/henvis.jar");
                String cp = jar + File.pathSeparator + monocle + File.pathSeparator + testClasses;
                return new Launch(name, List.of(launcher.toString()),
                        command(runtime.toString(), MONOCLE, "-cp", cp, floorMain));
            }
            default -> throw new IllegalArgumentException("launch: classes, jar, jar-noquick, image or image-nocds, not " + name);
        }
    }

    private static List<String> command(String java, List<String> options, String... rest) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(options);
        cmd.addAll(List.of(rest));
        return cmd;
    }

    /** {shown, suggestions} in ms since JVM start; the floor gives {shown, shown}. */
    private static double[] run(List<String> cmd, Path home, boolean app) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("HENVIS_HOME", home.toString());
        pb.environment().remove("HENVIS_DB");
        if (app) {
            pb.environment().put("HENVIS_STARTUP_PROBE", INTEREST);
        }
        Process p = pb.start();
        double shown = -1;
        double suggestions = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                output.add(line);
                if (line.startsWith("probe shown ")) {
                    shown = Double.parseDouble(line.substring(12).trim());
                } else if (line.startsWith("probe suggestions ")) {
                    String[] f = line.substring(18).trim().split(" ");
                    suggestions = Double.parseDouble(f[0]);
                    if (Integer.parseInt(f[1]) == 0) {
                        throw new IllegalStateException("no suggestions for '" + INTEREST + "': " + cmd);
                    }
                }
            }
        }
        p.waitFor();
        if (shown < 0 || (app && suggestions < 0)) {
            throw new IllegalStateException("no times from " + cmd + ":\n" + String.join("\n", output));
        }
        return new double[] {shown, app ? suggestions : shown};
    }

    static String jarOf(String artifact) {
        for (String part : classPath().split(File.pathSeparator)) {
            if (part.contains(artifact) && part.endsWith(".jar")) {
                return part;
            }
        }
        throw new IllegalStateException(artifact + " is not on the test class path");
    }

    static String classPath() {
        ClassLoader cl = StartupBenchmark.class.getClassLoader();
        if (cl instanceof URLClassLoader u) {
            List<String> parts = new ArrayList<>();
            for (URL url : u.getURLs()) {
                parts.add(new File(url.getPath()).getPath());
            }
            return String.join(File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }
}
