package dk.henvis.formats.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import dk.henvis.publish.CatalogPublisher;
import dk.henvis.publish.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 1: Henvis's HSDS exports pass the official HSDS 3.0 schemas. */
class HsdsSchemaTest {
    static final Path SAMPLE = Path.of("sample-data", "frederikssund-hsds.json");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path exportSample(ExportFormat format, String name) {
        OfferStore store = new OfferStore(Database.open(dir.resolve("coordinator.db")));
        new CatalogImporter(store, Clock.systemUTC()).importFiles("frederikssund-hsds", List.of(SAMPLE));
        Path out = dir.resolve(name);
        new CatalogPublisher(store).publish(format, null, out);
        return out;
    }

    @Test
    void everyServiceOfTheJsonExportValidatesAgainstTheCompiledServiceSchemaWithFormats() throws Exception {
        Schema schema = OfficialSchema.load("schema/compiled/service.json");
        JsonNode services = JSON.readTree(exportSample(ExportFormat.HSDS_JSON, "katalog.json").toFile());
        java.util.Map<String, String> kinds = new java.util.TreeMap<>();
        for (JsonNode s : services) {
            for (String e : OfficialSchema.errors(schema, JSON.writeValueAsString(s))) {
                // one line per kind of error, with the first service that has it
                kinds.putIfAbsent(e.replaceAll("/\\d+/", "/n/"), s.get("id").asText());
            }
        }
        assertThat(services.size()).isGreaterThan(100);
        assertThat(kinds).isEmpty();
    }

    @Test
    void theSchemaCheckCanFail() {
        Schema schema = OfficialSchema.load("schema/compiled/service.json");
        assertThat(OfficialSchema.errors(schema, "{\"id\": \"not-a-uuid\", \"name\": \"x\", \"status\": \"active\"}"))
                .anyMatch(e -> e.contains("uuid"));
        assertThat(OfficialSchema.errors(schema, "{\"id\": \"4b7d3c1e-8f0a-4c59-9a53-2e4d1d3b8a10\", \"name\": \"x\","
                + " \"status\": \"active\"}")).isEmpty();
    }

    /**
     * The data package against the official {@code datapackage.json}: every resource an official one (name and
     * file), every column an official field of the same type and format, the descriptor's {@code version}; and
     * every cell of every CSV row valid for its official field (type, uuid/email/uri format, required, times as
     * hh:mm:ss), checked by the JSON Schema validator on a schema built from the official field list.
     */
    @Test
    void theDataPackageFollowsTheOfficialDescriptorAndEveryRowItsFields() throws Exception {
        Path pkg = exportSample(ExportFormat.HSDS_PACKAGE, "pakke");
        JsonNode official = JSON.readTree(OfficialSchema.spec().resolve("datapackage.json").toFile());
        JsonNode ours = JSON.readTree(pkg.resolve("datapackage.json").toFile());
        assertThat(ours.path("version").asText()).isEqualTo(official.get("version").asText());
        assertThat(ours.path("profile").asText()).isEqualTo("tabular-data-package");
        java.util.Map<String, JsonNode> resources = new java.util.HashMap<>();
        official.get("resources").forEach(r -> resources.put(r.get("name").asText(), r));
        java.util.Map<String, String> problems = new java.util.TreeMap<>();
        int rows = 0;
        for (JsonNode r : ours.get("resources")) {
            String name = r.get("name").asText();
            JsonNode spec = resources.get(name);
            assertThat(spec).as("official resource " + name).isNotNull();
            assertThat(r.get("path").asText()).isEqualTo(spec.get("path").asText());
            java.util.Map<String, JsonNode> fields = new java.util.HashMap<>();
            spec.get("schema").get("fields").forEach(f -> fields.put(f.get("name").asText(), f));
            for (JsonNode f : r.get("schema").get("fields")) {
                JsonNode of = fields.get(f.get("name").asText());
                assertThat(of).as(name + "." + f.get("name").asText() + " is an official field").isNotNull();
                assertThat(f.path("type").asText()).as(name + "." + f.get("name").asText() + " type")
                        .isEqualTo(of.get("type").asText());
                assertThat(f.path("format").asText("")).as(name + "." + f.get("name").asText() + " format")
                        .isEqualTo(of.path("format").asText(""));
            }
            Schema rowSchema = OfficialSchema.forFields(spec.get("schema").get("fields"));
            Path csv = pkg.resolve(r.get("path").asText());
            assertThat(csv).exists();
            for (String json : OfficialSchema.csvRowsAsJson(csv, spec.get("schema").get("fields"))) {
                rows++;
                for (String e : OfficialSchema.errors(rowSchema, json)) {
                    problems.putIfAbsent(name + " " + e.replaceAll("/\\d+/", "/n/"), json);
                }
            }
        }
        assertThat(rows).isGreaterThan(500);
        assertThat(problems).isEmpty();
        assertThat(pkg.resolve("service_at_location.csv")).exists();
        assertThat(java.nio.file.Files.readString(pkg.resolve("schedules.csv"))).containsPattern(",\\d\\d:\\d\\d:\\d\\d,");
    }

    @Test
    void oneOfferHasTheSameIdsInTheJsonExportAndTheDataPackage() throws Exception {
        Path json = exportSample(ExportFormat.HSDS_JSON, "katalog.json");
        Path pkg = dir.resolve("pakke");
        new CatalogPublisher(new OfferStore(Database.open(dir.resolve("coordinator.db")))).publish(
                ExportFormat.HSDS_PACKAGE, null, pkg);
        JsonNode services = JSON.readTree(json.toFile());
        String services_csv = java.nio.file.Files.readString(pkg.resolve("services.csv"));
        String locations_csv = java.nio.file.Files.readString(pkg.resolve("locations.csv"));
        for (JsonNode s : services) {
            assertThat(services_csv).contains(s.get("id").asText());
            for (JsonNode sal : s.get("service_at_locations")) {
                assertThat(locations_csv).contains(sal.get("location_id").asText());
            }
        }
    }

    @Test
    void theOfficialFullServiceImportedAndExportedAgainStillValidates() throws Exception {
        String example = java.nio.file.Files.readString(OfficialSchema.spec().resolve("examples/service_full.json"))
                .replace("\"latitude\": 100", "\"latitude\": 55.84").replace("\"longitude\": 101", "\"longitude\": 12.07");
        Path in = dir.resolve("service_full.json");
        java.nio.file.Files.writeString(in, example);
        OfferStore store = new OfferStore(Database.open(dir.resolve("full.db")));
        new CatalogImporter(store, Clock.systemUTC()).importFiles("eksempel", List.of(in));
        Path out = dir.resolve("full-export.json");
        new CatalogPublisher(store).publish(ExportFormat.HSDS_JSON, null, out);

        JsonNode service = JSON.readTree(out.toFile()).get(0);
        assertThat(service.get("application_process").asText()).startsWith("If you are an NHS patient");
        assertThat(service.get("required_documents")).hasSize(1);
        assertThat(OfficialSchema.errors(OfficialSchema.load("schema/compiled/service.json"),
                JSON.writeValueAsString(service))).isEmpty();
    }
}
