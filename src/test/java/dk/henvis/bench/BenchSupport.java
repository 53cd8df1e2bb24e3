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
}
