package dk.henvis.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Backups;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync from an HSDS 3.0 API written to openapi.json ({@link HsdsSpecServer}), through the real importer. */
class HsdsApiSyncTest {
    /** A clock with nanoseconds, as the system clock has. */
    static final Instant T0 = Instant.parse("2026-11-20T08:00:00.123456789Z");

    @TempDir
    Path dir;
    HsdsSpecServer api;
    Database db;
    OfferStore offers;
    SourceStore sources;
    SyncServiceTest.MutableClock clock;
    SyncService sync;

    @BeforeEach
    void setUp() throws IOException {
        api = new HsdsSpecServer();
        db = Database.open(dir.resolve("henvis.db"));
        offers = new OfferStore(db);
        sources = new SourceStore(db);
        clock = new SyncServiceTest.MutableClock(T0);
        CatalogImporter importer = new CatalogImporter(offers, clock);
        SourceFetcher fetcher = new SourceFetcher(new SourceFetcher.Settings(Duration.ofSeconds(2),
                Duration.ofSeconds(5), 2L * 1024 * 1024, 100), dir.resolve("sync-tmp"));
        sync = new SyncService(db, sources, new SyncLogStore(db), offers, fetcher,
                importer::importFile, new Backups(db.file()), clock);
        for (int i = 1; i <= 5; i++) {
            api.put("s" + i, "Tilbud " + i, T0.minus(Duration.ofDays(3)));
        }
    }

    @AfterEach
    void tearDown() {
        api.close();
    }

    SourceReport syncApi() {
        return sync.sync("api", ProgressListener.NONE).sources().get(0);
    }

    List<String> listRequests() {
        return api.http.requests.stream().filter(r -> r.startsWith("/api/services?")).toList();
    }

    Offer offer(String id) {
        return offers.all().stream().filter(o -> o.key().equals(new OfferKey("api", id))).findFirst().orElseThrow();
    }

    @Test
    void everyPageIsFetchedAsFullRecordsWithPlaceTimeAndCategory() {
        sources.add("api", "hsds-json", api.url());

        SourceReport r = syncApi();

        assertThat(r.outcome()).as(r.error()).isEqualTo(SyncLogEntry.Outcome.UPDATED);
        assertThat(r.added()).isEqualTo(5);
        assertThat(listRequests()).hasSize(3).allMatch(q -> q.contains("full=true"));
        for (int i = 1; i <= 5; i++) {
            Offer o = offer("s" + i);
            assertThat(o.primaryLocation().latitude()).isEqualTo(55.8356);
            assertThat(o.primaryLocation().postcode()).isEqualTo("3600");
            assertThat(o.schedules()).hasSize(1);
            assertThat(o.categories()).containsExactly("Fællesskab");
        }
        assertThat(api.problems).isEmpty();
    }

    @Test
    void theAddressOwnParametersAreKeptOncePerPageIncludedAndPerPageHonoured() {
        api.apiKey = "hemmelig";
        sources.add("api", "hsds-json", api.url() + "?api_key=hemmelig&per_page=4&page=1&full=true");

        SourceReport r = syncApi();

        assertThat(r.outcome()).as(r.error()).isEqualTo(SyncLogEntry.Outcome.UPDATED);
        assertThat(r.added()).isEqualTo(5);
        assertThat(api.problems).isEmpty();
        assertThat(listRequests()).containsExactly(
                "/api/services?api_key=hemmelig&per_page=4&page=1&full=true",
                "/api/services?api_key=hemmelig&per_page=4&page=2&full=true");
    }

    @Test
    void laterSyncsAskForChangesSinceInWholeSecondsAndMergeThem() {
        sources.add("api", "hsds-json", api.url());
        assertThat(syncApi().added()).isEqualTo(5);
        clock.advance(Duration.ofHours(2));
        api.put("s3", "Tilbud 3 (nyt navn)", clock.instant());

        SourceReport r = syncApi();

        assertThat(api.problems).isEmpty();
        assertThat(listRequests()).last().asString()
                .contains("modified_after=2026-11-20T07%3A50%3A00Z").contains("full=true");
        assertThat(r).extracting(SourceReport::changed, SourceReport::withdrawn).containsExactly(1, 0);
        assertThat(offer("s3").name()).isEqualTo("Tilbud 3 (nyt navn)");
        assertThat(offer("s3").primaryLocation().latitude()).isEqualTo(55.8356);
        assertThat(offers.all()).hasSize(5);
    }

    @Test
    void aDeletedServiceIsWithdrawnAtTheDailyFullSyncNotBefore() {
        sources.add("api", "hsds-json", api.url());
        syncApi();
        api.remove("s2");
        clock.advance(Duration.ofHours(2));

        SourceReport incremental = syncApi();

        assertThat(listRequests()).last().asString().contains("modified_after=");
        assertThat(incremental.withdrawn()).isZero();
        assertThat(offers.isWithdrawn(new OfferKey("api", "s2"))).isFalse();

        clock.advance(Duration.ofDays(1));
        SourceReport full = syncApi();

        assertThat(listRequests()).last().asString().doesNotContain("modified_after");
        assertThat(full.withdrawn()).isEqualTo(1);
        assertThat(offers.isWithdrawn(new OfferKey("api", "s2"))).isTrue();
        assertThat(offers.isWithdrawn(new OfferKey("api", "s1"))).isFalse();
    }

    @Test
    void aServerThatOnlyGivesListRecordsIsAskedForEachServiceById() {
        api.ignoresFull = true;
        api.apiKey = "k1";
        sources.add("api", "hsds-json", api.url() + "?api_key=k1");

        SourceReport r = syncApi();

        assertThat(r.outcome()).as(r.error()).isEqualTo(SyncLogEntry.Outcome.UPDATED);
        assertThat(api.http.requests).contains("/api/services/s1?api_key=k1", "/api/services/s5?api_key=k1");
        assertThat(offer("s4").primaryLocation().latitude()).isEqualTo(55.8356);
        assertThat(offer("s4").schedules()).hasSize(1);
        assertThat(api.problems).isEmpty();
    }

    @Test
    void aServiceTheApiCannotGiveInFullFailsTheSourceAndKeepsItsOffers() {
        sources.add("api", "hsds-json", api.url());
        syncApi();
        api.ignoresFull = true;
        api.put("s6", "Tilbud 6", clock.instant());
        clock.advance(Duration.ofDays(2));
        api.http.on("/api/services/", TestSourceServer.status(500));

        SourceReport r = syncApi();

        assertThat(r.outcome()).isEqualTo(SyncLogEntry.Outcome.FAILED);
        assertThat(r.error()).contains("/api/services/s1").contains("500");
        assertThat(offers.all()).hasSize(5).allMatch(o -> !offers.isWithdrawn(o.key()));
    }

    @Test
    void oneServiceWithAnImpossibleCoordinateFailsTheSourceAsAWholeAndKeepsItsOffers() {
        sources.add("api", "hsds-json", api.url());
        syncApi();
        List<Offer> before = offers.all();
        clock.advance(Duration.ofDays(2));
        api.put("s1", "Tilbud 1 (nyt)", clock.instant());
        ((com.fasterxml.jackson.databind.node.ObjectNode) api.put("s4", "Tilbud 4", clock.instant())
                .get("service_at_locations").get(0).get("location")).put("latitude", 100);

        SourceReport r = syncApi();

        assertThat(r.outcome()).isEqualTo(SyncLogEntry.Outcome.FAILED);
        assertThat(r.badData()).isTrue();
        assertThat(r.error()).contains("'s4'", "service_at_locations[0].location.latitude", "100");
        assertThat(offers.all()).isEqualTo(before);
    }

    @Test
    void anAnswerToModifiedAfterIsOnlyChangesEvenWithoutThePageEnvelope() throws Exception {
        sources.add("api", "hsds-json", api.url());
        syncApi();
        clock.advance(Duration.ofHours(2));
        String changed = "[" + HsdsSpecServer.JSON.writeValueAsString(api.put("s1", "Tilbud 1 (nyt)", clock.instant()))
                + "]";
        api.http.on("/api/services", TestSourceServer.json(changed, null));

        SourceReport r = syncApi();

        assertThat(listRequests()).last().asString().contains("modified_after=");
        assertThat(r).extracting(SourceReport::changed, SourceReport::withdrawn).containsExactly(1, 0);
        assertThat(offers.all()).hasSize(5).noneMatch(o -> offers.isWithdrawn(o.key()));
    }
}
