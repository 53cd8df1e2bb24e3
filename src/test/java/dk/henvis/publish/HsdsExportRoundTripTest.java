package dk.henvis.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Henvis exports, Henvis imports back identically: the whole sample catalogue through the HSDS JSON
 * file and through the tabular data package, and the JSON has every field the HSDS 3 schema requires.
 */
class HsdsExportRoundTripTest {
    static final Path SAMPLE = Path.of("sample-data", "frederikssund-hsds.json");
    static final String SOURCE = "frederikssund-hsds";

    @TempDir
    Path dir;
    OfferStore original;
    CatalogPublisher publisher;

    @BeforeEach
    void importSample() {
        original = new OfferStore(Database.open(dir.resolve("coordinator.db")));
        new CatalogImporter(original, Clock.systemUTC()).importFiles(SOURCE, List.of(SAMPLE));
        publisher = new CatalogPublisher(original);
    }

    private List<Offer> reimport(Path published) {
        OfferStore fresh = new OfferStore(Database.open(dir.resolve("laptop-" + published.getFileName() + ".db")));
        new CatalogImporter(fresh, Clock.systemUTC()).importFiles(SOURCE, List.of(published));
        return fresh.current();
    }

    /** The offer as the source says it: store timestamps left out. */
    private static List<Offer> content(List<Offer> offers) {
        return offers.stream().map(o -> o.withProvenance(null)).toList();
    }

    @Test
    void theWholeSampleCatalogueComesBackIdenticalThroughHsdsJson() {
        Path json = dir.resolve("katalog.json");
        int n = publisher.publish(ExportFormat.HSDS_JSON, null, json);

        assertThat(n).isEqualTo(original.current().size()).isGreaterThan(100);
        assertThat(content(reimport(json))).containsExactlyElementsOf(content(original.current()));
    }

    @Test
    void theWholeSampleCatalogueComesBackIdenticalThroughTheDataPackage() throws IOException {
        Path pkg = dir.resolve("pakke");
        publisher.publish(ExportFormat.HSDS_PACKAGE, null, pkg);

        assertThat(pkg.resolve("datapackage.json")).exists();
        assertThat(pkg.resolve("services.csv")).exists();
        List<Offer> back = reimport(pkg);
        assertThat(content(back)).containsExactlyElementsOf(content(original.current()));
        List<String> places = Files.readAllLines(pkg.resolve("locations.csv"));
        long variants = places.size() - 1 - places.stream().skip(1).map(l -> l.split(",")[0]).distinct().count();
        assertThat(variants).as("every place row has its own uuid").isZero();
        long sharedOriginals = places.stream().skip(1).map(l -> l.replaceAll(".*,([^,]+),henvis$", "$1"))
                .collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting()))
                .values().stream().filter(c -> c > 1).count();
        assertThat(sharedOriginals).as("places whose details differ between offers get their own row, same place id")
                .isPositive();
    }

    @Test
    void curatedOffersWithoutChildIdsAndWithMarkupLikeTextSurviveTheRoundTrip() {
        Offer sample = original.current().get(0);
        Offer curated = new Offer(new OfferKey(SOURCE, "kommunen-laeseklub"), "Læseklub <for> alle & enhver",
                null, "Vi læser 1 < 2 bøger & taler om dem.\n\nKaffe &amp; kage.", null, null, null,
                new dk.henvis.catalog.Organisation(null, "Biblioteket", null, null),
                List.of(new dk.henvis.catalog.Location(null, "Biblioteket", "Jernbanegade 24", "3600", "Frederikssund",
                        55.84, 12.07, null, dk.henvis.catalog.Access.STEP_FREE, null, false)),
                sample.schedules(), null, new dk.henvis.catalog.Cost(java.math.BigDecimal.ZERO, "Gratis"),
                List.of("Læsning og litteratur"), List.of("læseklub"), List.of("da"), List.of(), null, List.of(),
                null, null, true, null, null);
        original.write(SOURCE, OfferStore.Mode.MERGE, java.time.Instant.now(), sink -> sink.accept(curated));
        Path json = dir.resolve("katalog.json");
        publisher.publish(ExportFormat.HSDS_JSON, null, json);

        Offer back = reimport(json).stream().filter(o -> o.id().equals("kommunen-laeseklub")).findFirst().orElseThrow();
        assertThat(back.name()).isEqualTo(curated.name());
        assertThat(back.description()).isEqualTo(curated.description());
        assertThat(back.locations().get(0).access()).isEqualTo(dk.henvis.catalog.Access.STEP_FREE);
        assertThat(back.locations().get(0).id()).isNotBlank();
        assertThat(back.organisation().name()).isEqualTo("Biblioteket");
        assertThat(back.cost().isFree()).isTrue();
        assertThat(back.openDropIn()).isTrue();
    }

    /** HSDS 3.0 schema: the required properties of each object a compiled service carries. */
    static final Map<String, List<String>> REQUIRED = Map.of(
            "service", List.of("id", "name", "status"),
            "organization", List.of("id", "name"),
            "service_at_location", List.of("id"),
            "location", List.of("id", "location_type"),
            "address", List.of("id", "address_1", "city", "state_province", "postal_code", "country", "address_type"),
            "schedule", List.of("id"),
            "attribute", List.of("id", "taxonomy_term_id"),
            "taxonomy_term", List.of("id", "name"),
            "contact", List.of("id"),
            "phone", List.of("id", "number"));

    @Test
    void theJsonHasEveryFieldTheHsds3SchemaRequires() throws IOException {
        Path json = dir.resolve("katalog.json");
        publisher.publish(ExportFormat.HSDS_JSON, null, json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.isArray()).isTrue();
        List<String> missing = new ArrayList<>();
        for (JsonNode s : root) {
            String id = s.get("id").asText();
            requireIn(missing, id, "service", s);
            assertThat(s.get("status").asText()).isIn("active", "inactive", "defunct", "temporarily closed");
            if (s.has("organization")) {
                requireIn(missing, id, "organization", s.get("organization"));
            }
            for (JsonNode sal : s.get("service_at_locations")) {
                requireIn(missing, id, "service_at_location", sal);
                JsonNode loc = sal.get("location");
                requireIn(missing, id, "location", loc);
                assertThat(loc.get("location_type").asText()).isIn("physical", "postal", "virtual");
                for (JsonNode a : loc.get("addresses")) {
                    requireIn(missing, id, "address", a);
                }
            }
            for (JsonNode sc : s.get("schedules")) {
                requireIn(missing, id, "schedule", sc);
            }
            for (JsonNode a : s.get("attributes")) {
                requireIn(missing, id, "attribute", a);
                requireIn(missing, id, "taxonomy_term", a.get("taxonomy_term"));
            }
            for (JsonNode c : s.get("contacts")) {
                requireIn(missing, id, "contact", c);
                for (JsonNode p : c.get("phones")) {
                    requireIn(missing, id, "phone", p);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void requireIn(List<String> missing, String serviceId, String type, JsonNode node) {
        for (String key : REQUIRED.get(type)) {
            if (node == null || !node.has(key) || node.get(key).isNull()) {
                missing.add(serviceId + ": " + type + "." + key);
            }
        }
    }

    @Test
    void aSourceThatIsNotThereIsBadInput() {
        assertThatThrownBy(() -> publisher.publish(ExportFormat.HSDS_JSON, "kultunaut", dir.resolve("k.json")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("kultunaut");
    }
}
