package dk.henvis.bench;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A cold {@code match} on the sample catalogue as a whole process (issue 17) against the floor: a JVM that
 * opens the same SQLite file with the plain JDBC driver and counts its offers ({@link CountOffersFloor}).
 * Wall time and CPU time (user + system of the child, from bash's {@code times}), median of the runs,
 * floor and app alternating in the same run.
 *
 * <p>Launches: {@code jar} = {@code java -jar target/henvis.jar match ...} (after {@code mvn package}), floor
 * {@code java -cp sqlite-jdbc.jar:test-classes}; {@code image} = the app-image launcher
 * {@code target/packaging/image/henvis/bin/henvis match ...} (after {@code mvn -B -q -Ppackage package
 * -DskipTests}), floor on the same jlinked runtime.
 *
 * <p>{@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.bench.ColdCliBenchmark
 * [-Dexec.args="RUNS"]} (default 9 runs).
 */
public final class ColdCliBenchmark {
    private static final String PROFILE = "sample-data/profiles/jaegerspris-78-korestol-sang.json";

    private ColdCliBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        System.out.println("ColdCliBenchmark " + BenchSupport.machine() + " runs=" + runs
                + " (median; floor = a JVM opening the same SQLite file and counting offers, same run)");
        Path dir = BenchSupport.workFolder("henvis-coldcli");
        Path db = dir.resolve("henvis.db");
        new CatalogImporter(new OfferStore(Database.open(db)), Clock.systemUTC()).importFiles("eksempel",
                List.of(Path.of("sample-data/frederikssund-hsds.json")));
        String floorCp = StartupBenchmark.jarOf("sqlite-jdbc") + File.pathSeparator
                + Path.of("target", "test-classes").toAbsolutePath();
        String floorMain = CountOffersFloor.class.getName();
        List<String> match = List.of("match", "--db", db.toString(), "--profile", PROFILE, "--today", "2026-12-01");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = Path.of("target", "henvis.jar").toAbsolutePath();
        Path image = Path.of("target", "packaging", "image", "henvis", "bin", "henvis").toAbsolutePath();
        Path runtime = Path.of("target", "packaging", "runtime", "bin", "java").toAbsolutePath();
        System.out.printf("%-18s %12s %12s %12s %12s %14s%n", "launch", "floorWall", "floorCpu", "matchWall",
                "matchCpu", "wall ratio");
        if (Files.isRegularFile(jar)) {
            List<String> app = new ArrayList<>(List.of(java, "-jar", jar.toString()));
            app.addAll(match);
            compare("jar", List.of(java, "-cp", floorCp, floorMain, db.toString()), app, dir, runs);
            // the A/B of the quick start (ADR 0021): the program in the JVM java started, as before
            List<String> inPlace = new ArrayList<>(List.of("env", "HENVIS_QUICK_START=0"));
            inPlace.addAll(app);
            compare("jar, no quick start", List.of(java, "-cp", floorCp, floorMain, db.toString()), inPlace, dir, runs);
        } else {
            System.out.println("(jar: target/henvis.jar not built, skipped)");
        }
        if (Files.isExecutable(image) && Files.isExecutable(runtime)) {
            List<String> app = new ArrayList<>(List.of(image.toString()));
            app.addAll(match);
            List<String> floor = List.of(runtime.toString(), "-cp", floorCp, floorMain, db.toString());
            compare("image", floor, app, dir, runs);
            if (Files.exists(BenchSupport.image().resolve("lib/app/henvis.jsa"))) {
                // the A/B of the class-data archive (ADR 0018): the same image without it
                List<String> noCds = new ArrayList<>(List.of(
                        BenchSupport.imageLauncher("cli-nocds", false, List.of(), List.of()).toString()));
                noCds.addAll(match);
                compare("image without CDS", floor, noCds, dir, runs);
            }
        } else {
            System.out.println("(image: target/packaging not built, skipped)");
        }
        System.out.println("target (issue 17): cold match <= 2x the JVM+SQLite floor (wall)");
    }

    private static void compare(String name, List<String> floor, List<String> app, Path dir, int runs)
            throws Exception {
        run(floor, dir);
        run(app, dir);
        double[] fw = new double[runs];
        double[] fc = new double[runs];
        double[] aw = new double[runs];
        double[] ac = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] f = run(floor, dir);
            fw[i] = f[0];
            fc[i] = f[1];
            double[] a = run(app, dir);
            aw[i] = a[0];
            ac[i] = a[1];
        }
        double floorWall = BenchSupport.percentile(fw, 50);
        double appWall = BenchSupport.percentile(aw, 50);
        System.out.printf("%-18s %10.0fms %10.0fms %10.0fms %10.0fms %9.2fx (<=2)%n", name, floorWall,
                BenchSupport.percentile(fc, 50), appWall, BenchSupport.percentile(ac, 50), appWall / floorWall);
    }

    /** {wall ms, child CPU ms}; fails when the command does not exit 0. */
    private static double[] run(List<String> cmd, Path dir) throws Exception {
        List<String> bash = new ArrayList<>(List.of("bash", "-c",
                "\"$@\" >/dev/null 2>" + dir.resolve("stderr.txt") + "; rc=$?; times; exit $rc", "bash"));
        bash.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(bash);
        pb.environment().put("HENVIS_HOME", dir.toString());
        pb.environment().put("LC_ALL", "C");
        long t0 = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e6;
        if (rc != 0) {
            throw new IllegalStateException(cmd + " exited " + rc + ": "
                    + Files.readString(dir.resolve("stderr.txt")));
        }
        // bash's `times`: the shell's user/system, then the children's: "0m1.234s 0m0.210s"
        String[] lines = out.strip().split("\n");
        String[] child = lines[lines.length - 1].trim().split("\\s+");
        return new double[] {wall, seconds(child[0]) * 1000 + seconds(child[1]) * 1000};
    }

    private static double seconds(String t) {
        int m = t.indexOf('m');
        return Integer.parseInt(t.substring(0, m)) * 60 + Double.parseDouble(t.substring(m + 1, t.length() - 1));
    }
}
