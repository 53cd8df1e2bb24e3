package dk.henvis.bench;

import java.util.Arrays;

/**
 * Small helpers for the benchmark harnesses in this package. Benchmarks are run by hand or in CI
 * reports, never as timed unit tests: {@code mvn -q -B test-compile exec:java
 * -Dexec.mainClass=dk.henvis.bench.NameBenchmark}.
 */
public final class BenchSupport {
    private BenchSupport() {
    }

    /** The p-th percentile (0..100) of the samples, in the samples' unit. */
    /**
     * A temporary folder for one benchmark run, deleted with everything in it when the JVM ends: the catalogues
     * are large (234 MB at 100,000 offers) and a run's folder is of no use to the next.
     */
    public static java.nio.file.Path workFolder(String prefix) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException | RuntimeException e) {
                // left in the temporary folder: the system clears it
            }
        }));
        return dir;
    }

    public static double percentile(double[] samples, double p) {
        double[] s = samples.clone();
        Arrays.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
        return s[Math.max(0, Math.min(s.length - 1, i))];
    }

    /** One line naming the machine, printed at the top of every benchmark. */
    public static String machine() {
        return "cores=" + Runtime.getRuntime().availableProcessors() + " java=" + System.getProperty("java.version")
                + " maxHeapMB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** Peak heap use since the JVM started, from the memory pools, in MB. */
    public static long peakHeapMb() {
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /** The built app-image (mvn -Ppackage package), or null. */
    public static java.nio.file.Path image() {
        java.nio.file.Path image = java.nio.file.Path.of("target", "packaging", "image", "henvis").toAbsolutePath();
        return java.nio.file.Files.isExecutable(image.resolve("bin/henvis")) ? image : null;
    }

    /**
     * A second launcher in the built app-image, {@code bin/henvis-NAME} with its own {@code lib/app/henvis-NAME.cfg}
     * (a jpackage launcher reads the configuration named after itself): the image's own settings, plus
     * {@code extraJars} after the jar on the class path and {@code extraOptions}; without the class-data archive
     * when {@code cds} is false. It stays in place (an archive only serves the class path it was made for, so a
     * copy of the image elsewhere would start without it) and is removed when the benchmark ends.
     */
    public static java.nio.file.Path imageLauncher(String name, boolean cds, java.util.List<java.nio.file.Path> extraJars,
            java.util.List<String> extraOptions) throws java.io.IOException {
        java.nio.file.Path image = image();
        java.nio.file.Path app = image.resolve("lib/app");
        java.nio.file.Path launcher = image.resolve("bin/henvis-" + name);
        java.nio.file.Path cfg = app.resolve("henvis-" + name + ".cfg");
        java.util.List<java.nio.file.Path> made = new java.util.ArrayList<>(java.util.List.of(launcher, cfg));
        java.nio.file.Files.copy(image.resolve("bin/henvis"), launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        StringBuilder out = new StringBuilder();
        for (String line : java.nio.file.Files.readAllLines(app.resolve("henvis.cfg"))) {
            if (!cds && line.contains("SharedArchiveFile")) {
                continue;
            }
            out.append(line).append('\n');
            if (line.startsWith("app.classpath=")) {
                for (java.nio.file.Path jar : extraJars) {
                    java.nio.file.Path copy = app.resolve("bench-" + jar.getFileName());
                    java.nio.file.Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    made.add(copy);
                    out.append("app.classpath=$APPDIR/").append(copy.getFileName()).append('\n');
                }
            }
        }
        extraOptions.forEach(o -> out.append("java-options=").append(o).append('\n'));
        java.nio.file.Files.writeString(cfg, out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> made.forEach(f -> {
            try {
                java.nio.file.Files.deleteIfExists(f);
            } catch (java.io.IOException e) {
                // left behind in target/: harmless
            }
        })));
        return launcher;
    }
}
