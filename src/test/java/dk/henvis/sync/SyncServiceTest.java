package dk.henvis.sync;

import dk.henvis.catalog.Backups;
import dk.henvis.curation.OfferNote;
import dk.henvis.curation.OfferNotes;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.StoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncServiceTest {
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    static final long CAP = 2L * 1024 * 1024;

    @TempDir
    Path dir;
    TestSourceServer server;
    Database db;
    OfferStore offers;
    SourceStore sources;
    MutableClock clock;
    SyncService sync;
    OfferNotes notes;

    @BeforeEach
    void setUp() throws IOException {
        server = new TestSourceServer();
        db = Database.open(dir.resolve("henvis.db"));
        offers = new OfferStore(db);
        sources = new SourceStore(db);
        clock = new MutableClock(T0);
        notes = new OfferNotes(db, clock);
        SourceFetcher fetcher = new SourceFetcher(new SourceFetcher.Settings(Duration.ofSeconds(2),
                Duration.ofMillis(1500), CAP, 100), dir.resolve("sync-tmp"));
        sync = new SyncService(db, sources, new SyncLogStore(db), offers, fetcher, new MiniHsdsApplier(offers, clock),
                new Backups(db.file()), clock);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    static String services(String... idNames) {
        return Arrays.stream(idNames).map(s -> {
            String[] p = s.split("=", 2);
            return "{\"id\":\"" + p[0] + "\",\"name\":\"" + p[1] + "\"}";
        }).collect(Collectors.joining(",", "[", "]"));
    }

    /** Services as an API gives them with full=true: with their (here empty) nested lists. */
    static String fullServices(String... idNames) {
        return services(idNames).replace("\"}", "\",\"schedules\":[]}");
    }

    void addHttp(String name, String path) {
        sources.add(name, "hsds-json", server.url(path));
    }

    List<String> catalogue(String source) {
        return offers.all().stream().filter(o -> o.key().source().equals(source))
                .map(o -> o.key().sourceId() + "=" + o.name() + (offers.isWithdrawn(o.key()) ? " (withdrawn)" : ""))
                .toList();
    }

    SourceReport only(SyncReport r, String source) {
        return r.sources().stream().filter(s -> s.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void firstFullSyncBringsInTheOffersAndLogsIt() {
        server.on("/services.json", TestSourceServer.json(services("s1=Sangkor", "s2=Strikkecafé"), "\"v1\""));
        addHttp("kommunen", "/services.json");

        SyncReport report = sync.syncAll(ProgressListener.NONE);

        assertThat(report.allOk()).isTrue();
        assertThat(only(report, "kommunen")).extracting(SourceReport::outcome, SourceReport::added)
                .containsExactly(SyncLogEntry.Outcome.UPDATED, 2);
        assertThat(catalogue("kommunen")).containsExactly("s1=Sangkor", "s2=Strikkecafé");
        Source s = sources.get("kommunen");
        assertThat(s.etag()).isEqualTo("\"v1\"");
        assertThat(s.lastSuccess()).isEqualTo(T0);
        assertThat(sync.lastLog("kommunen").orElseThrow().added()).isEqualTo(2);
        assertThat(sync.lastGoodSync()).contains(T0);
        assertThat(report.backup()).exists();
    }

    @Test
    void unchangedSourceCostsOneConditionalRequestAnswered304() {
        server.on("/services.json", TestSourceServer.json(services("s1=Sangkor"), "\"v1\""));
        addHttp("kommunen", "/services.json");
        assertThat(sync.syncAll(ProgressListener.NONE).allOk()).isTrue();
        long before = server.count("/services.json");
        clock.advance(Duration.ofHours(2));

        SyncReport again = sync.syncAll(ProgressListener.NONE);

        assertThat(server.count("/services.json") - before).isEqualTo(1);
        assertThat(only(again, "kommunen").outcome()).isEqualTo(SyncLogEntry.Outcome.UNCHANGED);
        assertThat(again.backup()).as("nothing changed, so no backup").isNull();
        assertThat(sources.get("kommunen").lastSuccess()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(catalogue("kommunen")).containsExactly("s1=Sangkor");
    }

    @Test
    void changedAddedAndRemovedOffersAreCountedAndTheRemovedOneWithdrawn() {
        server.on("/services.json", TestSourceServer.json(services("a=Kor", "b=Skak", "c=Gåtur"), "\"v1\""));
        addHttp("kommunen", "/services.json");
        sync.syncAll(ProgressListener.NONE);
        server.on("/services.json", TestSourceServer.json(services("a=Koret", "c=Gåtur", "d=Dans"), "\"v2\""));
        clock.advance(Duration.ofDays(1));

        SourceReport r = only(sync.syncAll(ProgressListener.NONE), "kommunen");

        assertThat(r).extracting(SourceReport::added, SourceReport::changed, SourceReport::withdrawn)
                .containsExactly(1, 1, 1);
        assertThat(catalogue("kommunen")).containsExactly("a=Koret", "b=Skak (withdrawn)", "c=Gåtur", "d=Dans");
        assertThat(offers.active()).extracting(Offer::id).containsExactly("a", "c", "d");
    }

    @Test
    void withdrawnOfferIsDeletedAfterThirtyDays() {
        server.on("/services.json", TestSourceServer.json(services("a=Kor", "b=Skak"), null));
        addHttp("kommunen", "/services.json");
        sync.syncAll(ProgressListener.NONE);
        server.on("/services.json", TestSourceServer.json(services("a=Kor"), null));
        clock.advance(Duration.ofDays(1));
        sync.syncAll(ProgressListener.NONE);
        clock.advance(Duration.ofDays(29));
        sync.syncAll(ProgressListener.NONE);
        assertThat(catalogue("kommunen")).containsExactly("a=Kor", "b=Skak (withdrawn)");

        clock.advance(Duration.ofDays(2));
        SourceReport r = only(sync.syncAll(ProgressListener.NONE), "kommunen");

        assertThat(r.removed()).isEqualTo(1);
        assertThat(catalogue("kommunen")).containsExactly("a=Kor");
    }

    @Test
    void gzipAnswerIsUnpacked() {
        byte[] gz = gzip(services("g1=Gåtur"));
        server.on("/gz.json", ex -> {
            assertThat(ex.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, gz.length);
            ex.getResponseBody().write(gz);
        });
        addHttp("gz", "/gz.json");

        assertThat(sync.syncAll(ProgressListener.NONE).allOk()).isTrue();
        assertThat(catalogue("gz")).containsExactly("g1=Gåtur");
    }

    @Test
    void hsdsApiIsPagedAndLaterAskedOnlyForChangesWhichAreMerged() {
        server.on("/api/services", ex -> {
            String q = String.valueOf(ex.getRequestURI().getQuery());
            String body;
            if (q.contains("modified_after")) {
                body = "{\"total_items\":1,\"total_pages\":1,\"page_number\":1,\"contents\":"
                        + fullServices("p1=Kor (nyt navn)") + "}";
            } else if (q.contains("page=2")) {
                body = "{\"total_items\":3,\"total_pages\":2,\"page_number\":2,\"contents\":" + fullServices("p3=Dans") + "}";
            } else {
                body = "{\"total_items\":3,\"total_pages\":2,\"page_number\":1,\"contents\":"
                        + fullServices("p1=Kor", "p2=Skak") + "}";
            }
            TestSourceServer.json(body, null).answer(ex);
        });
        addHttp("api", "/api/services");

        SourceReport first = only(sync.syncAll(ProgressListener.NONE), "api");
        assertThat(first.added()).isEqualTo(3);
        assertThat(sources.get("api").pagedApi()).isTrue();
        clock.advance(Duration.ofHours(1));

        SourceReport second = only(sync.syncAll(ProgressListener.NONE), "api");

        assertThat(server.requests).last().asString()
                .contains("modified_after=" + T0.minus(Duration.ofMinutes(10)).toString().replace(":", "%3A"))
                .contains("full=true");
        assertThat(second).extracting(SourceReport::changed, SourceReport::withdrawn).containsExactly(1, 0);
        assertThat(catalogue("api")).containsExactly("p1=Kor (nyt navn)", "p2=Skak", "p3=Dans");
    }

    // ------------------------------------------------------------------ failures

    /** Syncs two good sources, breaks one, changes the other, syncs again: the broken one is exactly as before. */
    SourceReport breakOneSource(TestSourceServer.Behaviour broken) {
        server.on("/a.json", TestSourceServer.json(services("a1=Kor", "a2=Skak"), "\"a1\""));
        server.on("/b.json", TestSourceServer.json(services("b1=Dans"), "\"b1\""));
        addHttp("a", "/a.json");
        addHttp("b", "/b.json");
        assertThat(sync.syncAll(ProgressListener.NONE).allOk()).isTrue();
        List<Offer> aBefore = offers.all().stream().filter(o -> o.key().source().equals("a")).toList();
        notes.setNote(new OfferKey("a", "a1"), "Ring til Bente før første gang");
        clock.advance(Duration.ofHours(3));
        server.on("/a.json", broken);
        server.on("/b.json", TestSourceServer.json(services("b1=Dans", "b2=Bridge"), "\"b2\""));

        SyncReport report = sync.syncAll(ProgressListener.NONE);

        SourceReport a = only(report, "a");
        assertThat(a.outcome()).isEqualTo(SyncLogEntry.Outcome.FAILED);
        assertThat(a.lastGoodSync()).isEqualTo(T0);
        assertThat(a.describe(java.time.ZoneId.of("Europe/Copenhagen"))).contains("FEJL").contains("sidste gode opdatering");
        assertThat(offers.all().stream().filter(o -> o.key().source().equals("a")).toList()).isEqualTo(aBefore);
        assertThat(offers.isWithdrawn(new OfferKey("a", "a1"))).isFalse();
        Source aSource = sources.get("a");
        assertThat(aSource.lastSuccess()).isEqualTo(T0);
        assertThat(aSource.etag()).isEqualTo("\"a1\"");
        assertThat(aSource.lastError()).isEqualTo(a.error());
        assertThat(sync.lastLog("a").orElseThrow().outcome()).isEqualTo(SyncLogEntry.Outcome.FAILED);
        assertThat(only(report, "b").added()).as("the other source still syncs").isEqualTo(1);
        assertThat(catalogue("b")).containsExactly("b1=Dans", "b2=Bridge");
        return a;
    }

    @Test
    void serverError500ChangesNothing() {
        SourceReport a = breakOneSource(TestSourceServer.status(500));
        assertThat(a.error()).contains("500");
        assertThat(a.badData()).isFalse();
    }

    @Test
    void stalledAnswerTimesOutAndChangesNothing() {
        SourceReport a = breakOneSource(ex -> {
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write("[{\"id\":\"a1\",".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            sleep(5000);
        });
        assertThat(a.error()).contains("Ingen svar");
    }

    @Test
    void noAnswerAtAllTimesOut() {
        SourceReport a = breakOneSource(ex -> sleep(5000));
        assertThat(a.error()).contains("Ingen svar");
    }

    @Test
    void truncatedBodyChangesNothing() throws IOException {
        try (RawServer raw = new RawServer(socket -> {
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                    + services("a1=Kor", "a2=Skak", "a3=Ny")).getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.close();
        })) {
            SourceReport a = breakOneSource(ex -> {
                ex.getResponseHeaders().add("Location", raw.url());
                ex.sendResponseHeaders(302, -1);
            });
            assertThat(a.error()).contains("afbrudt");
        }
    }

    @Test
    void connectionResetChangesNothing() throws IOException {
        try (RawServer raw = new RawServer(socket -> {
            socket.setSoLinger(true, 0);
            socket.close();
        })) {
            SourceReport a = breakOneSource(ex -> {
                ex.getResponseHeaders().add("Location", raw.url());
                ex.sendResponseHeaders(302, -1);
            });
            assertThat(a.error()).contains("afbrudt");
        }
    }

    @Test
    void refusedConnectionChangesNothing() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/x.json";
        SourceReport a = breakOneSource(ex -> {
            ex.getResponseHeaders().add("Location", url);
            ex.sendResponseHeaders(302, -1);
        });
        assertThat(a.error()).contains("Kunne ikke få forbindelse");
    }

    @Test
    void wrongContentIsBadDataAndChangesNothing() {
        SourceReport a = breakOneSource(ex -> {
            byte[] html = "<html><body>Siden er flyttet</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, html.length);
            ex.getResponseBody().write(html);
        });
        assertThat(a.badData()).isTrue();
        assertThat(a.error()).startsWith("Kilden indeholder fejl");
    }

    @Test
    void oneGigabyteStreamStopsAtTheCapAndChangesNothing() {
        AtomicLong written = new AtomicLong();
        SourceReport a = breakOneSource(ex -> {
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            out.write('[');
            for (long n = 0; n < 1024L * 1024 * 1024; n += chunk.length) {
                out.write(chunk);
                written.addAndGet(chunk.length);
            }
        });
        assertThat(a.error()).contains("større end grænsen");
        assertThat(written.get()).as("the server was stopped long before 1 GB").isLessThan(200L * 1024 * 1024);
    }

    @Test
    void declaredOneGigabyteBodyStopsAtTheCap() {
        SourceReport a = breakOneSource(ex -> {
            ex.sendResponseHeaders(200, 1024L * 1024 * 1024);
            OutputStream out = ex.getResponseBody();
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 16 * 1024; i++) {
                out.write(chunk);
            }
        });
        assertThat(a.error()).contains("større end grænsen");
    }

    @Test
    void emptyAnswerDoesNotWithdrawTheWholeSource() {
        SourceReport a = breakOneSource(TestSourceServer.json("[]", null));
        assertThat(a.error()).contains("gav ingen tilbud");
    }

    @Test
    void failureWhileApplyingRollsTheSourceBack() {
        server.on("/a.json", TestSourceServer.json(services("a1=Kor", "a2=Skak"), null));
        addHttp("a", "/a.json");
        sync.syncAll(ProgressListener.NONE);
        List<Offer> before = offers.all();
        server.on("/a.json", TestSourceServer.json(services("a1=Koret", "a3=Dans"), null));
        CatalogApplier halfway = (name, file, kind, mode) -> {
            new MiniHsdsApplier(offers, clock).apply(name, file, kind, mode);
            throw new StoreException("database or disk is full (SQLITE_FULL)");
        };
        SyncService failing = new SyncService(db, sources, new SyncLogStore(db), offers,
                new SourceFetcher(SourceFetcher.Settings.DEFAULT, dir.resolve("tmp")), halfway,
                new Backups(db.file()), clock);

        SourceReport r = only(failing.syncAll(ProgressListener.NONE), "a");

        assertThat(r.error()).contains("Disken er fuld");
        assertThat(offers.all()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ files, notes, backups

    @Test
    void fileSourceIsReadAndAnUnchangedFileIsNotReadAgain() throws IOException {
        Path file = dir.resolve("share/services.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, services("f1=Læsekreds"));
        sources.add("drev", "hsds-json", file.toString());

        assertThat(only(sync.syncAll(ProgressListener.NONE), "drev").added()).isEqualTo(1);
        assertThat(only(sync.syncAll(ProgressListener.NONE), "drev").outcome())
                .isEqualTo(SyncLogEntry.Outcome.UNCHANGED);
        Files.writeString(file, services("f1=Læsekreds", "f2=Filmklub"));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(T0.plusSeconds(60)));

        assertThat(only(sync.syncAll(ProgressListener.NONE), "drev").added()).isEqualTo(1);
        Files.delete(file);
        SourceReport missing = only(sync.syncAll(ProgressListener.NONE), "drev");
        assertThat(missing.error()).contains("findes ikke");
        assertThat(catalogue("drev")).containsExactly("f1=Læsekreds", "f2=Filmklub");
    }

    @Test
    void localNotesSurviveSyncsThatChangeWithdrawAndBringBackTheOffer() {
        server.on("/services.json", TestSourceServer.json(services("a=Kor"), null));
        addHttp("kommunen", "/services.json");
        sync.syncAll(ProgressListener.NONE);
        OfferKey key = new OfferKey("kommunen", "a");
        notes.setNote(key, "Ring til Bente før første gang");
        notes.markVerified(key, LocalDate.of(2026, 11, 20));

        server.on("/services.json", TestSourceServer.json(services("a=Koret"), null));
        sync.syncAll(ProgressListener.NONE);
        server.on("/services.json", TestSourceServer.json(services("x=Andet"), null));
        sync.syncAll(ProgressListener.NONE);
        server.on("/services.json", TestSourceServer.json(services("a=Koret igen"), null));
        sync.syncAll(ProgressListener.NONE);

        assertThat(offers.find(key).orElseThrow().name()).isEqualTo("Koret igen");
        OfferNote note = notes.find(key).orElseThrow();
        assertThat(note.note()).isEqualTo("Ring til Bente før første gang");
        assertThat(note.verifiedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void backupIsTakenBeforeEachChangingSyncAndOnlyTheLastFiveAreKept() {
        addHttp("kommunen", "/services.json");
        for (int i = 0; i < 7; i++) {
            server.on("/services.json", TestSourceServer.json(services("a=Kor " + i), null));
            clock.advance(Duration.ofMinutes(1));
            sync.syncAll(ProgressListener.NONE);
        }
        Backups backups = new Backups(db.file());
        assertThat(backups.list()).hasSize(Backups.KEEP);
        Path newest = backups.list().get(0);
        OfferStore inBackup = new OfferStore(Database.open(newest));
        assertThat(inBackup.all()).extracting(Offer::name).containsExactly("Kor 5");
    }

    @Test
    void progressIsReported() {
        server.on("/services.json", TestSourceServer.json(services("a=Kor"), null));
        addHttp("kommunen", "/services.json");
        List<String> events = new ArrayList<>();
        sync.syncAll(new ProgressListener() {
            @Override
            public void started(int count) {
                events.add("started " + count);
            }

            @Override
            public void phase(String source, Phase phase) {
                events.add(source + " " + phase);
            }

            @Override
            public void sourceFinished(SourceReport report) {
                events.add(report.describe(java.time.ZoneId.of("Europe/Copenhagen")));
            }
        });
        assertThat(events).containsExactly("started 1", "kommunen FETCHING", "kommunen BACKING_UP",
                "kommunen APPLYING", "kommunen: 1 nye, 0 ændrede, 0 trukket tilbage");
    }

    @Test
    void needsSyncWhenASourceIsOlderThanTheInterval() {
        server.on("/services.json", TestSourceServer.json(services("a=Kor"), null));
        addHttp("kommunen", "/services.json");
        assertThat(sync.needsSync(Duration.ofHours(12))).isTrue();
        sync.syncAll(ProgressListener.NONE);
        assertThat(sync.needsSync(Duration.ofHours(12))).isFalse();
        clock.advance(Duration.ofHours(13));
        assertThat(sync.needsSync(Duration.ofHours(12))).isTrue();
        assertThat(sync.catalogueAge()).contains(Duration.ofHours(13));
    }

    // ------------------------------------------------------------------ helpers

    static byte[] gzip(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A bare TCP server that answers each connection with raw bytes (for faults HttpServer cannot make). */
    static final class RawServer implements AutoCloseable {
        interface Answer {
            void answer(Socket socket) throws IOException;
        }

        private final ServerSocket socket;
        private final Thread thread;

        RawServer(Answer answer) throws IOException {
            socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        InputStream in = s.getInputStream();
                        in.read(new byte[4096]);
                        answer.answer(s);
                    } catch (IOException e) {
                        // closed
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/raw.json";
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
