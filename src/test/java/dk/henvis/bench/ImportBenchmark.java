package dk.henvis.bench;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.ImportSummary;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Import of 100,000 HSDS services against the floor: the same rows inserted with plain JDBC batches into a
 * fresh database with the same schema (triggers and full-text index included).
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.bench.ImportBenchmark [-Dexec.args=N]}
 * Targets: import at most 15 s, at most 1.5 x the floor, peak heap during the import under 512 MB.
 */
public final class ImportBenchmark {
    private static final int BATCH = 1000;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.println(BenchSupport.machine());
        Path dir = BenchSupport.workFolder("henvis-import-bench");
        Path file = dir.resolve("hsds-" + services + ".json");
        generate(file, services);
        System.out.printf("generated %,d services, %,d MB%n", services, Files.size(file) / (1024 * 1024));

        // warm-up on a small file so both sides run compiled code
        Path warm = dir.resolve("warm.json");
        generate(warm, 5_000);
        importFile(dir.resolve("warm.db"), warm);
        floor(dir.resolve("warm-floor.db"), rows(dir.resolve("warm.db")));

        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        ImportSummary summary = importFile(dir.resolve("import.db"), file);
        double importS = (System.nanoTime() - t0) / 1e9;
        double importCpu = (cpuNanos() - c0) / 1e9;
        long importPeakMb = peakMb();
        System.out.printf("import:      %6.2f s wall, %6.2f s CPU  (%s), peak heap %d MB%n", importS, importCpu,
                summary, importPeakMb);

        List<Object[]> rows = rows(dir.resolve("import.db"));
        System.gc();
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        floor(dir.resolve("floor.db"), rows);
        double floorS = (System.nanoTime() - t1) / 1e9;
        double floorCpu = (cpuNanos() - c1) / 1e9;
        System.out.printf("JDBC floor:  %6.2f s wall, %6.2f s CPU  (%,d rows, plain batches of %d, one transaction)%n",
                floorS, floorCpu, rows.size(), BATCH);
        System.out.printf("ratio import/floor: %.2f wall, %.2f CPU   (targets: import <= 15 s, ratio <= 1.5,"
                + " peak heap < 512 MB; on a busy machine the CPU ratio is the steadier figure)%n",
                importS / floorS, importCpu / floorCpu);
        deleteAll(dir);
    }

    private static ImportSummary importFile(Path db, Path file) {
        OfferStore store = new OfferStore(Database.open(db));
        return new CatalogImporter(store, Clock.systemUTC()).importFiles("bench", List.of(file));
    }

    /** The stored rows of the import, read back before the floor's clock starts. */
    private static List<Object[]> rows(Path db) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT source, source_id, name, status, organisation, postcode, focus,"
                     + " data, content_hash, first_seen, last_changed FROM offer ORDER BY id")) {
            while (rs.next()) {
                Object[] row = new Object[11];
                for (int i = 0; i < 11; i++) {
                    row[i] = rs.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Inserts the rows into a fresh database with the same schema and the store's pragmas. */
    private static void floor(Path db, List<Object[]> rows) throws Exception {
        Database.open(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("PRAGMA foreign_keys=ON");
            }
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO offer (source, source_id, name, status,"
                    + " organisation, postcode, focus, data, content_hash, first_seen, last_changed)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < 11; i++) {
                        ps.setObject(i + 1, row[i]);
                    }
                    ps.addBatch();
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
    }

    /** Streams a realistic compiled-HSDS file: organisation, a location with address, a schedule, attributes. */
    static void generate(Path file, int services) throws IOException {
        String[] towns = {"3600 Frederikssund", "3630 Jægerspris", "3550 Slangerup", "4050 Skibby", "3650 Ølstykke"};
        String[] categories = {"Sang og musik", "Motion og bevægelse", "Natur og gåture", "Håndarbejde og kreativitet",
            "Samtale og netværk"};
        String[] days = {"MO", "TU", "WE", "TH", "FR"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("[\n");
            for (int i = 0; i < services; i++) {
                String town = towns[i % towns.length];
                w.write("{\"id\":\"svc-" + i + "\",\"name\":\"Fællesskab nr. " + i + " – " + categories[i % 5]
                        + "\",\"description\":\"<p>Vi mødes og hygger os med kaffe, snak og aktiviteter for alle"
                        + " aldre. Hold nummer " + i + " tager gerne imod nye deltagere; kom og vær med.</p>\","
                        + "\"url\":\"https://example.dk/tilbud/" + i + "\",\"email\":\"hold" + i + "@example.dk\","
                        + "\"status\":\"active\",\"minimum_age\":" + (i % 3 == 0 ? 60 : 18) + ","
                        + "\"fees_description\":\"" + (i % 4 == 0 ? "Gratis" : "Kaffe 10 kr.") + "\","
                        + "\"assured_date\":\"2026-10-01\","
                        + "\"organization\":{\"id\":\"org-" + (i % 500) + "\",\"name\":\"Forening " + (i % 500)
                        + "\"},"
                        + "\"service_at_locations\":[{\"id\":\"sal-" + i + "\",\"location\":{\"id\":\"loc-" + (i % 2000)
                        + "\",\"location_type\":\"physical\",\"name\":\"Medborgerhus " + (i % 2000) + "\","
                        + "\"latitude\":55." + (800 + i % 100) + ",\"longitude\":12.0" + (i % 90 + 10) + ","
                        + "\"transportation\":\"Bus 312\",\"addresses\":[{\"address_1\":\"Jernbanegade " + (i % 80 + 1)
                        + "\",\"city\":\"" + town.substring(5) + "\",\"postal_code\":\"" + town.substring(0, 4)
                        + "\",\"address_type\":\"physical\"}],\"accessibility\":[{\"description\":\""
                        + (i % 2 == 0 ? "Niveaufri adgang" : "Trapper til 1. sal") + "\"}]}}],"
                        + "\"schedules\":[{\"freq\":\"WEEKLY\",\"byday\":\"" + days[i % 5] + "\",\"opens_at\":\""
                        + (10 + i % 9) + ":00\",\"closes_at\":\"" + (12 + i % 9) + ":00\"}],"
                        + "\"attributes\":[{\"taxonomy_term\":{\"name\":\"forebyg\",\"taxonomy\":\"henvis:focus\"}},"
                        + "{\"taxonomy_term\":{\"name\":\"" + categories[i % 5] + "\",\"taxonomy\":\"henvis:category\"}},"
                        + "{\"taxonomy_term\":{\"name\":\"senior\",\"taxonomy\":\"henvis:target_group\"}}],"
                        + "\"languages\":[{\"code\":\"da\"}]}");
                w.write(i + 1 < services ? ",\n" : "\n");
            }
            w.write("]\n");
        }
    }

    /** CPU time of this thread (SQLite runs in it, through JNI). */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
