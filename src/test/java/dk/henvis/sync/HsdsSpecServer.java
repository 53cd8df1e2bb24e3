package dk.henvis.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * An HSDS 3.0 API on 127.0.0.1 written to the official {@code openapi.json}: {@code GET /api/services} pages
 * ({@code page}, {@code per_page}, {@code Page} envelope), answers list records (one-to-one fields only) unless
 * {@code full=true}, filters by {@code modified_after} (a date-time); {@code GET /api/services/{id}} gives the
 * fully nested service. A request that repeats a parameter or sends a date-time it cannot read gets 400, as a
 * strict server would; {@link #problems} lists them.
 */
final class HsdsSpecServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FULL_ONLY = Set.of("service_at_locations", "schedules", "attributes", "phones",
            "contacts", "languages", "cost_options", "funding", "service_areas", "required_documents", "metadata");
    /** RFC 3339 date-time in whole seconds, as this server (like many) insists on. */
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");

    final TestSourceServer http;
    private final Map<String, ObjectNode> services = new ConcurrentHashMap<>();
    final List<String> problems = new CopyOnWriteArrayList<>();
    volatile int defaultPerPage = 2;
    /** When set, the server answers list records even when full=true is asked (an older API). */
    volatile boolean ignoresFull;
    /** When set, every request must carry api_key with this value (a parameter of the source's own address). */
    volatile String apiKey;

    HsdsSpecServer() throws IOException {
        http = new TestSourceServer();
        http.on("/api/services", this::list);
        http.on("/api/services/", this::one);
    }

    String url() {
        return http.url("/api/services");
    }

    /** Adds or replaces a fully nested service with a place, a weekly time and a category. */
    ObjectNode put(String id, String name, Instant modified) {
        ObjectNode s = JSON.createObjectNode();
        s.put("id", id).put("name", name).put("status", "active").put("last_modified", modified.toString());
        s.put("description", name + " for alle");
        s.put("application_process", "Bare mød op");
        ObjectNode loc = s.putArray("service_at_locations").addObject().put("id", "sal-" + id)
                .putObject("location");
        loc.put("id", "loc-" + id).put("name", "Medborgerhuset").put("location_type", "physical")
                .put("latitude", 55.8356).put("longitude", 12.0665);
        loc.putArray("addresses").addObject().put("address_1", "Jernbanegade 1").put("city", "Frederikssund")
                .put("postal_code", "3600").put("country", "DK").put("address_type", "physical")
                .put("state_province", "Hovedstaden");
        s.putArray("schedules").addObject().put("freq", "WEEKLY").put("byday", "TU").put("opens_at", "10:00:00")
                .put("closes_at", "12:00:00");
        s.putArray("attributes").addObject().putObject("taxonomy_term").put("name", "Fællesskab")
                .put("taxonomy", "henvis:category");
        services.put(id, s);
        return s;
    }

    void remove(String id) {
        services.remove(id);
    }

    private void list(HttpExchange ex) throws IOException {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String part : raw.split("&")) {
                int eq = part.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
                if (q.put(name, value) != null) {
                    fail(ex, "parameter " + name + " given twice");
                    return;
                }
            }
        }
        if (!keyOk(ex, q.get("api_key"))) {
            return;
        }
        Instant after = null;
        if (q.containsKey("modified_after")) {
            String m = q.get("modified_after");
            if (!DATE_TIME.matcher(m).matches()) {
                fail(ex, "modified_after is not a date-time: " + m);
                return;
            }
            after = OffsetDateTime.parse(m).toInstant();
        }
        int page = Integer.parseInt(q.getOrDefault("page", "1"));
        int perPage = Integer.parseInt(q.getOrDefault("per_page", Integer.toString(defaultPerPage)));
        boolean full = "true".equals(q.get("full")) && !ignoresFull;
        List<ObjectNode> hits = new ArrayList<>();
        for (ObjectNode s : services.values().stream().sorted((a, b) -> a.get("id").asText()
                .compareTo(b.get("id").asText())).toList()) {
            if (after == null || !Instant.parse(s.get("last_modified").asText()).isBefore(after)) {
                hits.add(s);
            }
        }
        int totalPages = (hits.size() + perPage - 1) / perPage;
        ObjectNode body = JSON.createObjectNode();
        body.put("total_items", hits.size()).put("total_pages", totalPages).put("page_number", page);
        ArrayNode contents = JSON.createArrayNode();
        for (int i = (page - 1) * perPage; i < Math.min(hits.size(), page * perPage); i++) {
            ObjectNode s = hits.get(i).deepCopy();
            if (!full) {
                s.remove(FULL_ONLY);
            }
            contents.add(s);
        }
        body.put("size", contents.size()).put("first_page", page == 1).put("last_page", page >= totalPages)
                .put("empty", hits.isEmpty());
        body.set("contents", contents);
        send(ex, 200, JSON.writeValueAsBytes(body));
    }

    private void one(HttpExchange ex) throws IOException {
        String raw = ex.getRequestURI().getRawQuery();
        if (!keyOk(ex, raw == null || !raw.startsWith("api_key=") ? null
                : URLDecoder.decode(raw.substring(8), StandardCharsets.UTF_8))) {
            return;
        }
        String id = URLDecoder.decode(ex.getRequestURI().getRawPath().substring("/api/services/".length()),
                StandardCharsets.UTF_8);
        ObjectNode s = services.get(id);
        if (s == null) {
            send(ex, 404, "{\"message\":\"not found\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(ex, 200, JSON.writeValueAsBytes(s));
    }

    private boolean keyOk(HttpExchange ex, String key) throws IOException {
        if (apiKey != null && !apiKey.equals(key)) {
            fail(ex, "api_key missing or wrong");
            return false;
        }
        return true;
    }

    private void fail(HttpExchange ex, String problem) throws IOException {
        problems.add(problem + " in " + ex.getRequestURI());
        send(ex, 400, ("{\"message\":\"" + problem + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
