package dk.henvis.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dk.henvis.formats.common.Json;
import dk.henvis.i18n.Messages;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads an HSDS 3.0 API's {@code GET /services} the way its {@code openapi.json} describes it: asks for fully
 * nested services ({@code full=true}), follows the page envelope ({@code total_pages}, {@code page_number},
 * {@code last_page}) and, for a server that still answers with list records (one-to-one fields only), fetches
 * each of them from {@code /services/{id}}. The source address's own query parameters (an API key,
 * {@code per_page}, a filter) are kept exactly once; the parameters Henvis sets replace any of the same name.
 * {@code modified_after} is sent as an RFC 3339 date-time in whole seconds.
 */
final class HsdsApiPager {
    /** Fetches one address into a file in the work folder (size cap and timeouts are the caller's). */
    @FunctionalInterface
    interface Getter {
        Path get(URI uri, String fileName) throws FetchException;
    }

    /** The page facts of an answer that is an HSDS API page envelope; -1 where a number is not given. */
    record Envelope(int totalPages, int pageNumber, Boolean lastPage, int size) {
    }

    /** Keys only a fully nested service has (compiled service.json, not service_list.json). */
    private static final Set<String> FULL_ONLY = Set.of("service_at_locations", "schedules", "attributes", "phones",
            "contacts", "languages", "cost_options", "funding", "service_areas", "required_documents", "metadata");
    /** openapi.json's list parameters of GET /services: meaningless for GET /services/{id}. */
    private static final Set<String> LIST_PARAMETERS = Set.of("page", "per_page", "full", "minimal", "format",
            "modified_after", "search", "taxonomy_term_id", "taxonomy_id", "organization_id");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_INSTANT;

    private final int maxPages;

    HsdsApiPager(int maxPages) {
        this.maxPages = maxPages;
    }

    /** The address of the first page: the source's own address with {@code full=true} and, if set, modified_after. */
    static URI firstPage(URI source, Instant modifiedAfter) {
        URI uri = withParam(source, "full", "true");
        return modifiedAfter == null ? uri : withParam(uri, "modified_after", dateTime(modifiedAfter));
    }

    /** openapi.json's {@code modified_after}: a date-time (RFC 3339) in whole seconds, UTC. */
    static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** True when the address already asks for full records. */
    static boolean asksFull(URI uri) {
        return "true".equalsIgnoreCase(param(uri, "full"));
    }

    /**
     * Fetches the pages after the first and writes the services of all pages, each fully nested, as one JSON
     * array to {@code target}.
     */
    void collect(URI first, Path firstFile, Envelope envelope, Getter getter, Path target, String where)
            throws FetchException {
        if (envelope.totalPages() > maxPages) {
            throw new FetchException(Messages.get("sync.error.tooManyPages", where, envelope.totalPages()));
        }
        List<Path> pages = new ArrayList<>();
        pages.add(firstFile);
        Envelope last = envelope;
        for (int page = 2; hasMore(last, page); page++) {
            if (page > maxPages) {
                throw new FetchException(Messages.get("sync.error.tooManyPages", where, page));
            }
            Path file = getter.get(withParam(first, "page", Integer.toString(page)), "page-" + page);
            last = envelope(file);
            if (last == null) {
                throw new FetchException(Messages.get("sync.error.badPage", where, page));
            }
            if (last.pageNumber() > 0 && last.pageNumber() != page) {
                throw new FetchException(Messages.get("sync.error.pageIgnored", where, page, last.pageNumber()));
            }
            pages.add(file);
        }
        merge(pages, getter, target, where, first);
    }

    private static boolean hasMore(Envelope last, int next) {
        if (last.totalPages() >= 0) {
            return next <= last.totalPages();
        }
        return Boolean.FALSE.equals(last.lastPage()) && last.size() > 0;
    }

    /** The page facts of an HSDS API answer, or null when the file is not a page envelope with contents. */
    static Envelope envelope(Path file) {
        try (JsonParser p = Json.open(file)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            int pages = -1;
            int number = -1;
            int size = -1;
            Boolean lastPage = null;
            boolean contents = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("total_pages".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    pages = p.getIntValue();
                } else if ("page_number".equals(field) && value == JsonToken.VALUE_NUMBER_INT) {
                    number = p.getIntValue();
                } else if ("last_page".equals(field) && value.isBoolean()) {
                    lastPage = value == JsonToken.VALUE_TRUE;
                } else if ("contents".equals(field) && value == JsonToken.START_ARRAY) {
                    contents = true;
                    size = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        size++;
                        p.skipChildren();
                    }
                    continue;
                }
                p.skipChildren();
            }
            if (!contents) {
                return null;
            }
            return new Envelope(pages, number, lastPage, size);
        } catch (IOException e) {
            // not JSON at all: the importer names the fault with file and line
            return null;
        }
    }

    /** Writes the contents of all pages as one JSON array; a list record is replaced by its full record. */
    private static void merge(List<Path> pages, Getter getter, Path target, String where, URI first)
            throws FetchException {
        try (OutputStream out = new FileOutputStream(target.toFile());
                JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.writeStartArray();
            int number = 0;
            int items = 0;
            for (Path page : pages) {
                number++;
                try (JsonParser p = Json.open(page)) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        JsonToken value = p.nextToken();
                        if (!"contents".equals(field) || value != JsonToken.START_ARRAY) {
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            JsonNode service = p.readValueAsTree();
                            if (isListRecord(service)) {
                                service = fullRecord(service.get("id").textValue(), getter, where, first, ++items);
                            }
                            g.writeTree(service);
                        }
                    }
                } catch (JsonProcessingException e) {
                    throw new FetchException(Messages.get("sync.error.badPage", where, number), e);
                }
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw SourceFetcher.diskError(e);
        }
    }

    /** A service object with none of the fields only a fully nested service has, and an id to ask for. */
    static boolean isListRecord(JsonNode service) {
        if (!service.isObject() || !service.path("id").isTextual() || service.get("id").textValue().isBlank()) {
            return false; // the importer names what is wrong with it
        }
        for (String key : FULL_ONLY) {
            if (service.has(key)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode fullRecord(String id, Getter getter, String where, URI first, int n)
            throws FetchException {
        URI item = serviceAddress(first, id);
        if (item == null) {
            throw new FetchException(Messages.get("sync.error.listOnly", where));
        }
        Path file = getter.get(item, "service-" + n);
        JsonNode full;
        try {
            full = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new FetchException(Messages.get("sync.error.badService", item), e);
        }
        if (full == null || !full.isObject() || !id.equals(full.path("id").asText(null))) {
            throw new FetchException(Messages.get("sync.error.badService", item));
        }
        return full;
    }

    /** True when the address is an API's {@code /services} list (its path ends in /services). */
    static boolean isServiceList(URI uri) {
        return serviceAddress(uri, "x") != null;
    }

    /**
     * {@code GET /services/{id}} next to the list address (which must end in {@code /services}), with the
     * source's own non-list parameters (such as an API key); null when the address is not an API's list.
     */
    static URI serviceAddress(URI list, String id) {
        String path = list.getRawPath();
        if (path == null) {
            return null;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!trimmed.endsWith("/services")) {
            return null;
        }
        StringBuilder query = new StringBuilder();
        String raw = list.getRawQuery();
        if (raw != null) {
            for (String part : raw.split("&")) {
                if (!part.isEmpty() && !LIST_PARAMETERS.contains(name(part))) {
                    query.append(query.length() == 0 ? "?" : "&").append(part);
                }
            }
        }
        String encodedId = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        String s = list.toString();
        int start = s.indexOf(path);
        return URI.create(s.substring(0, start) + trimmed + "/" + encodedId + query);
    }

    /**
     * The address with parameter {@code name} set to {@code value}: replaces the first parameter of that name
     * in place and drops any others of it, or appends it; all other parameters are kept as written.
     */
    static URI withParam(URI uri, String name, String value) {
        String s = uri.toString();
        int hash = s.indexOf('#');
        String fragment = hash < 0 ? "" : s.substring(hash);
        String base = hash < 0 ? s : s.substring(0, hash);
        int q = base.indexOf('?');
        String head = q < 0 ? base : base.substring(0, q);
        String query = q < 0 ? "" : base.substring(q + 1);
        String pair = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        boolean set = false;
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            if (name.equals(name(part))) {
                if (set) {
                    continue;
                }
                part = pair;
                set = true;
            }
            out.append(out.length() == 0 ? "" : "&").append(part);
        }
        if (!set) {
            out.append(out.length() == 0 ? "" : "&").append(pair);
        }
        return URI.create(head + "?" + out + fragment);
    }

    /** The decoded value of the first parameter {@code name}, or null. */
    static String param(URI uri, String name) {
        String raw = uri.getRawQuery();
        if (raw == null) {
            return null;
        }
        for (String part : raw.split("&")) {
            if (name.equals(name(part))) {
                int eq = part.indexOf('=');
                return eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static String name(String part) {
        int eq = part.indexOf('=');
        return URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
    }
}
