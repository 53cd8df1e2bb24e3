package dk.henvis.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.TestOffers;
import dk.henvis.publish.CatalogPublisher;
import dk.henvis.publish.ExportFormat;
import dk.henvis.settings.CoordinatorSettings;
import dk.henvis.settings.Settings;
import dk.henvis.sync.SourceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coordinator sees the offers nobody has checked for too long and marks them checked. */
class StaleWatchTest {
    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    OfferStore offers;
    SourceStore sources;
    StaleWatch watch;
    CatalogPublisher publisher;

    @BeforeEach
    void setUp() {
        Database db = Database.open(dir.resolve("henvis.db"));
        Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen"));
        offers = new OfferStore(db);
        sources = new SourceStore(db);
        OfferNotes notes = new OfferNotes(db, clock);
        watch = new StaleWatch(offers, notes, sources, new CoordinatorSettings(Settings.in(dir)), clock);
        publisher = new CatalogPublisher(offers, notes, clock);
        write("henvis", checked("kor", "Koret", LocalDate.of(2025, 3, 1)), checked("strik", "Strikkecafé", null),
                checked("gaa", "Gåturen", LocalDate.of(2026, 9, 1)), checked("spil", "Kortspil", LocalDate.of(2024, 1, 5)));
    }

    @Test
    void listsTheOffersNotCheckedForMoreThanTheMonthsNeverCheckedFirstThenOldest() {
        assertThat(watch.months()).isEqualTo(12);
        assertThat(watch.stale()).extracting(s -> s.offer().name())
                .containsExactly("Strikkecafé", "Kortspil", "Koret");
        watch.setMonths(24);
        assertThat(watch.stale()).extracting(s -> s.offer().name()).containsExactly("Strikkecafé", "Kortspil");
        assertThatThrownBy(() -> watch.setMonths(0)).isInstanceOf(BadInputException.class);
        assertThat(watch.months()).isEqualTo(24);
    }

    @Test
    void markingALocalOfferCheckedSetsItsLastCheckedSoTheExportCarriesIt() throws Exception {
        watch.markChecked(new OfferKey("henvis", "kor"));

        assertThat(offers.find(new OfferKey("henvis", "kor")).orElseThrow().lastChecked()).isEqualTo(TODAY);
        assertThat(watch.stale()).extracting(s -> s.offer().name()).doesNotContain("Koret");
        Path out = dir.resolve("katalog.json");
        publisher.publish(ExportFormat.HSDS_JSON, null, out);
        // the export names the offer by a uuid and keeps its own id "kor" as the henvis:id attribute (ADR 0014)
        com.fasterxml.jackson.databind.JsonNode kor = null;
        for (com.fasterxml.jackson.databind.JsonNode service : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toFile())) {
            for (com.fasterxml.jackson.databind.JsonNode a : service.get("attributes")) {
                if (a.at("/taxonomy_term/taxonomy").asText().equals("henvis:id")
                        && a.at("/taxonomy_term/name").asText().equals("kor")) {
                    kor = service;
                }
            }
        }
        assertThat(kor).isNotNull();
        assertThat(kor.path("assured_date").asText()).isEqualTo(TODAY.toString());
    }

    @Test
    void aCheckOnAnOfferFromASyncSourceSurvivesTheNextSyncAndIsPublished() throws Exception {
        sources.add("kultunaut", "kultunaut-json", dir.resolve("kn.json").toString());
        Offer fromSource = checked("kn-1", "Foredrag på biblioteket", LocalDate.of(2024, 6, 1));
        write("kultunaut", fromSource);
        assertThat(watch.stale()).extracting(s -> s.offer().name()).contains("Foredrag på biblioteket");

        watch.markChecked(new OfferKey("kultunaut", "kn-1"));
        // the next sync writes the source's own (old) content again
        offers.write("kultunaut", OfferStore.Mode.WITHDRAW_MISSING, NOW.plusSeconds(60),
                sink -> sink.accept(fromSource.withLastChecked(LocalDate.of(2024, 6, 2))));

        assertThat(watch.stale()).extracting(s -> s.offer().name()).doesNotContain("Foredrag på biblioteket");
        Offer published = publisher.offers("kultunaut").get(0);
        assertThat(published.lastChecked()).isEqualTo(TODAY);
        assertThat(offers.find(new OfferKey("kultunaut", "kn-1")).orElseThrow().lastChecked())
                .as("the source's own date is kept as the source says it").isEqualTo(LocalDate.of(2024, 6, 2));
    }

    @Test
    void anUnknownOfferIsBadInput() {
        assertThatThrownBy(() -> watch.markChecked(new OfferKey("henvis", "nope"))).isInstanceOf(BadInputException.class);
    }

    private void write(String source, Offer... list) {
        offers.write(source, OfferStore.Mode.MERGE, NOW, sink -> List.of(list).forEach(sink));
    }

    private static Offer checked(String id, String name, LocalDate date) {
        return TestOffers.offer("henvis", id, name).withLastChecked(date);
    }
}
