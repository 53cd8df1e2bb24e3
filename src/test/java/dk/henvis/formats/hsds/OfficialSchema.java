package dk.henvis.formats.hsds;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official Open Referral HSDS 3.0 material in {@code ../shared/spec/hsds-3.0} (or {@code HSDS_SPEC}), read
 * by a real JSON Schema validator (networknt) with format assertions on.
 */
public final class OfficialSchema {
    private OfficialSchema() {
    }

    /** The folder of the official HSDS 3.0 material. */
    public static Path spec() {
        String env = System.getenv("HSDS_SPEC");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (Path p : List.of(Path.of("..", "shared", "spec", "hsds-3.0"), Path.of("/work/shared/spec/hsds-3.0"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("the official HSDS 3.0 material (shared/spec/hsds-3.0) is not there");
    }

    /** A schema from the official material, e.g. {@code schema/compiled/service.json}, with formats asserted. */
    public static Schema load(String relative) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config));
        try {
            return registry.getSchema(Files.readString(spec().resolve(relative)), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of one JSON document against the schema, each as "path: message". */
    public static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /**
     * A JSON Schema for one CSV row of an official data package resource, from its field list: Frictionless
     * types as JSON types (a time as hh:mm:ss), {@code format} kept, {@code constraints.required} as required
     * and non-empty.
     */
    public static Schema forFields(com.fasterxml.jackson.databind.JsonNode fields) {
        com.fasterxml.jackson.databind.node.ObjectNode schema = MAPPER.createObjectNode();
        schema.put("type", "object");
        com.fasterxml.jackson.databind.node.ObjectNode props = schema.putObject("properties");
        com.fasterxml.jackson.databind.node.ArrayNode required = schema.putArray("required");
        for (com.fasterxml.jackson.databind.JsonNode f : fields) {
            com.fasterxml.jackson.databind.node.ObjectNode p = props.putObject(f.get("name").asText());
            switch (f.get("type").asText()) {
                case "number" -> p.put("type", "number");
                case "integer" -> p.put("type", "integer");
                case "boolean" -> p.put("type", "boolean");
                case "date" -> p.put("type", "string").put("format", "date");
                case "datetime" -> p.put("type", "string").put("format", "date-time");
                case "time" -> p.put("type", "string").put("pattern", "^([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d$");
                default -> p.put("type", "string");
            }
            if (f.has("format")) {
                p.put("format", f.get("format").asText());
            }
            if (f.path("constraints").path("required").asBoolean(false)) {
                required.add(f.get("name").asText());
                if (p.get("type").asText().equals("string")) {
                    p.put("minLength", 1);
                }
            }
        }
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config));
        return registry.getSchema(schema.toString(), InputFormat.JSON);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The CSV's rows as JSON objects: empty cells left out, numbers as numbers where the field is a number. */
    public static List<String> csvRowsAsJson(Path csv, com.fasterxml.jackson.databind.JsonNode fields)
            throws IOException {
        java.util.Set<String> numbers = new java.util.HashSet<>();
        for (com.fasterxml.jackson.databind.JsonNode f : fields) {
            if (List.of("number", "integer").contains(f.get("type").asText())) {
                numbers.add(f.get("name").asText());
            }
        }
        com.fasterxml.jackson.dataformat.csv.CsvMapper csvMapper = new com.fasterxml.jackson.dataformat.csv.CsvMapper();
        List<String> out = new java.util.ArrayList<>();
        try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> it = csvMapper
                .readerFor(java.util.Map.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
                .readValues(csv.toFile())) {
            while (it.hasNextValue()) {
                com.fasterxml.jackson.databind.node.ObjectNode row = MAPPER.createObjectNode();
                for (java.util.Map.Entry<String, String> e : it.nextValue().entrySet()) {
                    if (e.getValue() == null || e.getValue().isEmpty()) {
                        continue;
                    }
                    if (numbers.contains(e.getKey())) {
                        try {
                            row.put(e.getKey(), new java.math.BigDecimal(e.getValue()));
                        } catch (NumberFormatException x) {
                            row.put(e.getKey(), e.getValue());
                        }
                    } else {
                        row.put(e.getKey(), e.getValue());
                    }
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
