package dk.henvis.sync;

import dk.henvis.formats.CatalogImporter;
import dk.henvis.formats.SourceFormat;
import dk.henvis.formats.hsds.RecordFingerprint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.ImportSummary;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A re-download skips mapping the service objects that did not change since they were stored, and the
 * catalogue still ends up exactly as the source says.
 */
class UnchangedRecordSkipTest {
    @TempDir
    Path dir;
    OfferStore offers;
    CatalogImporter importer;
    Database db;

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("henvis.db"));
        offers = new OfferStore(db);
        importer = new CatalogImporter(offers, Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC));
    }

    static String service(String id, String name, String day) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"schedules\":[{\"freq\":\"WEEKLY\",\"byday\":\""
                + day + "\",\"opens_at\":\"10:00\"}]}";
    }

    private ImportSummary sync(String... services) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, "[" + String.join(",\n  ", services) + "]");
        return importer.importFile("kommunen", file, SourceFormat.HSDS_JSON, OfferStore.Mode.WITHDRAW_MISSING);
    }

    @Test
    void unchangedRecordsAreKeptChangedOnesUpdatedGoneOnesWithdrawn() throws Exception {
        assertThat(sync(service("1", "Kor", "TU"), service("2", "Skak", "WE"), service("3", "Strik", "FR")).added())
                .isEqualTo(3);
        ImportSummary second = sync(service("1", "Kor", "TU"), service("2", "Skak og kaffe", "WE"));
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.changed()).isEqualTo(1);
        assertThat(second.withdrawn()).isEqualTo(1);
        assertThat(offers.find(new OfferKey("kommunen", "2")).orElseThrow().name()).isEqualTo("Skak og kaffe");
        assertThat(offers.isWithdrawn(new OfferKey("kommunen", "3"))).isTrue();
        assertThat(rawHashes()).as("every stored record has its fingerprint").isEqualTo(3);

        // a withdrawn offer that comes back unchanged is active again
        ImportSummary third = sync(service("1", "Kor", "TU"), service("2", "Skak og kaffe", "WE"),
                service("3", "Strik", "FR"));
        assertThat(third.unchanged()).isEqualTo(2);
        assertThat(offers.isWithdrawn(new OfferKey("kommunen", "3"))).isFalse();
    }

    @Test
    void anOfferRewrittenByAnotherWriteIsReadFromTheSourceAgain() throws Exception {
        sync(service("1", "Kor", "TU"));
        // an import of other content for the same source and id (e.g. a manual file import)
        Path other = dir.resolve("other.json");
        Files.writeString(other, "[" + service("1", "Kor (rettet)", "TU") + "]");
        importer.importFiles("kommunen", java.util.List.of(other));
        assertThat(offers.find(new OfferKey("kommunen", "1")).orElseThrow().name()).isEqualTo("Kor (rettet)");

        ImportSummary again = sync(service("1", "Kor", "TU"));
        assertThat(again.changed()).isEqualTo(1);
        assertThat(offers.find(new OfferKey("kommunen", "1")).orElseThrow().name()).isEqualTo("Kor");
    }

    @Test
    void theSameIdTwiceIsStillBadInputWhenTheRecordIsUnchanged() throws Exception {
        sync(service("1", "Kor", "TU"));
        assertThatThrownBy(() -> sync(service("1", "Kor", "TU"), service("1", "Kor", "TU")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("1");
        assertThat(offers.count()).isEqualTo(1);
    }

    @Test
    void theFingerprintIgnoresLayoutButNotContent() throws Exception {
        ObjectMapper m = new ObjectMapper();
        RecordFingerprint f = new RecordFingerprint("test");
        String a = f.of(m.readTree("{\"id\":\"1\",\"name\":\"Kor\",\"n\":1.5,\"x\":[true,null]}"));
        assertThat(f.of(m.readTree("{ \"id\" : \"1\",\n \"name\":\"Kor\", \"n\":1.5, \"x\":[ true , null ] }")))
                .isEqualTo(a);
        assertThat(f.of(m.readTree("{\"id\":\"1\",\"name\":\"Kor!\",\"n\":1.5,\"x\":[true,null]}"))).isNotEqualTo(a);
        assertThat(f.of(m.readTree("{\"id\":\"1\",\"name\":\"Kor\",\"n\":1.5,\"x\":[true]}"))).isNotEqualTo(a);
        assertThat(f.of(m.readTree("{\"id\":\"1\",\"name\":\"Ko\",\"n\":1.5,\"x\":[\"r\",true,null]}")))
                .isNotEqualTo(a);
        assertThat(new RecordFingerprint("other").of(m.readTree("{\"id\":\"1\",\"name\":\"Kor\",\"n\":1.5,"
                + "\"x\":[true,null]}"))).as("another mapping reads everything again").isNotEqualTo(a);
    }

    private int rawHashes() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM offer WHERE raw_hash IS NOT NULL")
                .mapTo(Integer.class).one());
    }
}
