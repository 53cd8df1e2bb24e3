package dk.henvis.bench;

import dk.henvis.core.CoreServices;
import com.sun.net.httpserver.HttpServer;
import dk.henvis.app.Services;
import dk.henvis.sync.ProgressListener;
import dk.henvis.sync.SourceReport;
import dk.henvis.sync.SyncReport;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sync of a source with 100,000 HSDS offers from a local HTTP server, through the real wiring
 * ({@link Services}): the first sync, a sync with 1 % of the offers changed (full fetch, withdraw
 * missing), the same through an HSDS API asked only for changes ({@code modified_after}), and an
 * unchanged source (one conditional request answered 304).
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.bench.SyncBenchmark}
 */
public final class SyncBenchmark {
    static final int OFFERS = Integer.getInteger("offers", 100_000);

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("SyncBenchmark " + BenchSupport.machine() + " offers=" + OFFERS);
        Path dir = BenchSupport.workFolder("henvis-syncbench");
        AtomicReference<byte[]> file = new AtomicReference<>(catalogue(0));
        AtomicReference<String> etag = new AtomicReference<>("\"v0\"");
        AtomicReference<byte[]> changes = new AtomicReference<>(page(changedOnly(2)));
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/services.json", ex -> {
            requests.incrementAndGet();
            if (etag.get().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                byte[] body = file.get();
                ex.getResponseHeaders().add("ETag", etag.get());
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
            ex.close();
        });
        server.createContext("/api/services", ex -> {
            String q = String.valueOf(ex.getRequestURI().getQuery());
            byte[] body = q.contains("modified_after") ? changes.get() : page(file.get());
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
            ex.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try (CoreServices s = Services.open(dir.resolve("henvis.db"))) {
            s.sources().add("kommunen", "hsds-json", base + "/services.json");

            Phases first = sync(s, "kommunen");
            System.out.printf("first sync (%d added): %s%n", first.report.added(), first);

            file.set(catalogue(1));
            etag.set("\"v1\"");
            Phases changed = sync(s, "kommunen");
            System.out.printf("1%% changed, full fetch (%d changed, %d added, %d withdrawn): %s%n",
                    changed.report.changed(), changed.report.added(), changed.report.withdrawn(), changed);

            int n = 20;
            double[] ms = new double[n];
            for (int i = 0; i < n; i++) {
                int before = requests.get();
                long t = System.nanoTime();
                SyncReport r = s.sync().sync("kommunen", ProgressListener.NONE);
                ms[i] = (System.nanoTime() - t) / 1e6;
                if (requests.get() - before != 1 || r.sources().get(0).changed() != 0) {
                    throw new IllegalStateException("unchanged source was not one request");
                }
            }
            System.out.printf("unchanged source (304, 1 request): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    BenchSupport.percentile(ms, 50), BenchSupport.percentile(ms, 95), BenchSupport.percentile(ms, 100));

            s.sources().add("api", "hsds-json", base + "/api/services");
            Phases apiFirst = sync(s, "api");
            System.out.printf("HSDS API first sync (%d added): %s%n", apiFirst.report.added(), apiFirst);
            Phases apiChanges = sync(s, "api");
            System.out.printf("HSDS API modified_after, 1%% changed (%d changed): %s%n",
                    apiChanges.report.changed(), apiChanges);
        } finally {
            server.stop(0);
        }
        System.out.println("peak heap " + BenchSupport.peakHeapMb() + " MB");
    }

    /** Wall time of one sync, split by phase. */
    record Phases(SourceReport report, Map<ProgressListener.Phase, Long> ms, long totalMs) {
        @Override
        public String toString() {
            return "total " + totalMs + " ms " + ms;
        }
    }

    static Phases sync(CoreServices s, String source) {
        Map<ProgressListener.Phase, Long> ms = new EnumMap<>(ProgressListener.Phase.class);
        long[] mark = {System.nanoTime()};
        ProgressListener.Phase[] current = {null};
        long t0 = System.nanoTime();
        SyncReport r = s.sync().sync(source, new ProgressListener() {
            @Override
            public void phase(String src, Phase phase) {
                close();
                current[0] = phase;
            }

            @Override
            public void sourceFinished(SourceReport report) {
                close();
            }

            private void close() {
                long now = System.nanoTime();
                if (current[0] != null) {
                    ms.put(current[0], (now - mark[0]) / 1_000_000);
                }
                mark[0] = now;
            }
        });
        SourceReport report = r.sources().get(0);
        if (report.failed()) {
            throw new IllegalStateException(report.describe(java.time.ZoneId.of("Europe/Copenhagen")));
        }
        return new Phases(report, ms, (System.nanoTime() - t0) / 1_000_000);
    }

    static String service(int i, int version) {
        String name = "Fællesskab " + i + (version > 0 && i % 100 == 0 ? " (ændret " + version + ")" : "");
        return "{\"id\":\"s" + i + "\",\"name\":\"" + name + "\",\"description\":\"Vi mødes og hygger os med "
                + "kaffe, snak og aktiviteter. Alle er velkomne, man kan bare møde op.\","
                + "\"organization\":{\"id\":\"o" + (i % 500) + "\",\"name\":\"Forening " + (i % 500) + "\"},"
                + "\"service_at_locations\":[{\"location\":{\"id\":\"l" + (i % 2000) + "\",\"name\":\"Huset\","
                + "\"latitude\":55.8" + (i % 90) + ",\"longitude\":12.0" + (i % 90) + ",\"addresses\":[{"
                + "\"address_1\":\"Jernbanegade " + (i % 90) + "\",\"city\":\"Frederikssund\","
                + "\"postal_code\":\"3600\"}]}}],"
                + "\"schedules\":[{\"freq\":\"WEEKLY\",\"byday\":\"TU\",\"opens_at\":\"10:00\","
                + "\"closes_at\":\"12:00\"}],"
                + "\"attributes\":[{\"taxonomy_term\":{\"name\":\"Samtale og netværk\","
                + "\"taxonomy\":\"henvis:category\"}}]}";
    }

    static byte[] catalogue(int version) {
        StringBuilder sb = new StringBuilder(OFFERS * 700).append('[');
        for (int i = 0; i < OFFERS; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(service(i, version));
        }
        return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] changedOnly(int version) {
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < OFFERS; i += 100) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(service(i, version));
        }
        return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One HSDS API page holding all of {@code array}. */
    static byte[] page(byte[] array) {
        String contents = new String(array, StandardCharsets.UTF_8);
        return ("{\"total_items\":" + OFFERS + ",\"total_pages\":1,\"page_number\":1,\"contents\":" + contents + "}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
