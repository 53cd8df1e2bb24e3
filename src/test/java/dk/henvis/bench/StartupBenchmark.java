package dk.henvis.bench;

import dk.henvis.core.CoreServices;
import dk.henvis.app.Services;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.shell.MainWindow;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Time from JVM start to the main window shown on the sample catalogue, against the floor: the same
 * JVM showing an empty JavaFX stage. Each run is a fresh child JVM (headless Monocle, software
 * rendering, as the tests use). "shown" = the stage's WINDOW_SHOWN event; "usable" = the catalogue
 * status line filled in (the catalogue has been read).
 *
 * <p>{@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.bench.StartupBenchmark}
 */
public final class StartupBenchmark {
    private static final int RUNS = 7;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], args.length > 2 ? args[2] : null);
            return;
        }
        System.out.println("StartupBenchmark " + BenchSupport.machine());
        Path dir = Files.createTempDirectory("henvis-startup");
        Path db = dir.resolve("henvis.db");
        dk.henvis.settings.Settings.in(dir).setUnit(dk.henvis.settings.StaffUnit.DOEGNPLEJEN, null);
        // the sample catalogue, imported once (not timed); a first run warms the OS file cache
        new dk.henvis.formats.CatalogImporter(new dk.henvis.catalog.OfferStore(dk.henvis.catalog.Database.open(db)),
                java.time.Clock.systemUTC()).importFiles("eksempel", List.of(Path.of("sample-data/frederikssund-hsds.json")));
        run("app", db.toString());
        double[] floor = new double[RUNS];
        double[] shown = new double[RUNS];
        double[] usable = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            floor[i] = run("floor", null)[0];
            double[] app = run("app", db.toString());
            shown[i] = app[0];
            usable[i] = app[1];
        }
        System.out.printf("floor  (empty stage shown)       p50 %6.0f ms  min %6.0f ms%n",
                BenchSupport.percentile(floor, 50), BenchSupport.percentile(floor, 0));
        System.out.printf("henvis (main window shown)       p50 %6.0f ms  min %6.0f ms%n",
                BenchSupport.percentile(shown, 50), BenchSupport.percentile(shown, 0));
        System.out.printf("henvis (catalogue status shown)  p50 %6.0f ms  min %6.0f ms%n",
                BenchSupport.percentile(usable, 50), BenchSupport.percentile(usable, 0));
        System.out.printf("ratio shown/floor (p50) %.2f%n",
                BenchSupport.percentile(shown, 50) / BenchSupport.percentile(floor, 50));
    }

    private static double[] run(String mode, String db) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true", "-cp", classPath(), StartupBenchmark.class.getName(), "child", mode));
        if (db != null) {
            cmd.add(db);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("HENVIS_HOME", Path.of(db == null ? System.getProperty("java.io.tmpdir") : db)
                .toAbsolutePath().getParent().toString());
        Process p = pb.start();
        double[] result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("TIMES ")) {
                    String[] f = line.substring(6).split(" ");
                    result = new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
                }
            }
        }
        p.waitFor();
        if (result == null) {
            throw new IllegalStateException("child " + mode + " printed no times");
        }
        return result;
    }

    private static dk.henvis.ui.UiServices warmUpAndOpen(Path db) {
        dk.henvis.app.Launcher.warmUpMatching();
        return Services.window(Services.open(db));
    }

    private static String classPath() {
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

    private static void child(String mode, String db) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        CountDownLatch done = new CountDownLatch(1);
        long[] shownAt = new long[1];
        long[] usableAt = new long[1];
        // as Launcher does: warm-up thread, then the services open before JavaFX starts
        dk.henvis.ui.UiServices services = mode.equals("floor") ? null : warmUpAndOpen(Path.of(db));
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shownAt[0] = System.currentTimeMillis());
            if (mode.equals("floor")) {
                stage.setScene(new Scene(new StackPane(), 800, 600));
                stage.show();
                usableAt[0] = shownAt[0];
                done.countDown();
            } else {
                MainWindow window = new MainWindow(services, new JavaFxTaskExecutor());
                window.shell().statusProperty().addListener((o, a, b) -> {
                    if (!window.shell().busyProperty().get() && b != null && !b.isEmpty() && usableAt[0] == 0) {
                        usableAt[0] = System.currentTimeMillis();
                        done.countDown();
                    }
                });
                window.show(stage);
            }
        });
        done.await();
        System.out.println("TIMES " + (shownAt[0] - jvmStart) + " " + (usableAt[0] - jvmStart));
        Platform.exit();
        System.exit(0);
    }
}
