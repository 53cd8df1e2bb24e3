package dk.henvis.formats.hsds;

import dk.henvis.formats.common.ImportErrors;
import dk.henvis.formats.common.InputLimits;
import dk.henvis.formats.common.Json;
import dk.henvis.formats.common.PackagePaths;
import dk.henvis.formats.common.StrictUtf8Reader;
import com.fasterxml.jackson.databind.JsonNode;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An HSDS tabular data package: a folder or a .zip holding {@code datapackage.json} and the CSV tables.
 * Tables are found by the descriptor's {@code resources[].name/path}, else as {@code NAME.csv} beside it.
 */
public final class DataPackage implements Closeable {
    public static final String DESCRIPTOR = "datapackage.json";

    private final Path file;
    private final ZipFile zip;
    private final String base;
    private final Map<String, String> paths = new HashMap<>();
    private final InputLimits limits = new InputLimits();

    private DataPackage(Path file, ZipFile zip, String base) {
        this.file = file;
        this.zip = zip;
        this.base = base;
    }

    static DataPackage open(Path file) throws IOException {
        DataPackage p = Files.isDirectory(file) ? openFolder(file) : openZip(file);
        try {
            p.readDescriptor();
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
        return p;
    }

    private static DataPackage openFolder(Path dir) throws IOException {
        if (PackagePaths.inFolder(dir, DESCRIPTOR) == null) {
            throw new NoDescriptorException(dir.toString());
        }
        return new DataPackage(dir, null, "");
    }

    /** Opens a .zip; a truncated or corrupt one fails with {@link ZipException}. */
    public static DataPackage openZip(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        String best = null;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if ((name.equals(DESCRIPTOR) || name.endsWith("/" + DESCRIPTOR))
                    && (best == null || name.length() < best.length())) {
                best = name;
            }
        }
        if (best == null) {
            zip.close();
            throw new NoDescriptorException(file.toString());
        }
        return new DataPackage(file, zip, best.substring(0, best.length() - DESCRIPTOR.length()));
    }

    private void readDescriptor() throws IOException {
        JsonNode descriptor;
        try (InputStream in = limits.descriptor(Path.of(file.toString(), DESCRIPTOR), stream(DESCRIPTOR))) {
            descriptor = Json.MAPPER.readTree(new StrictUtf8Reader(in));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ImportErrors.malformedJson(Path.of(file.toString(), DESCRIPTOR), 0, e);
        }
        JsonNode resources = descriptor == null ? null : descriptor.get("resources");
        if (resources != null && resources.isArray()) {
            for (JsonNode r : resources) {
                JsonNode name = r.get("name");
                JsonNode path = r.get("path");
                if (name != null && name.isTextual() && path != null && path.isTextual()) {
                    paths.put(name.asText(), PackagePaths.resource(file, path.asText()));
                }
            }
        }
    }

    /** Henvis's table names (the old export's resource names) and the official HSDS 3.0 resource names. */
    private static final Map<String, String> OFFICIAL_NAMES = Map.ofEntries(
            Map.entry("services", "service"), Map.entry("organizations", "organization"),
            Map.entry("organization_identifiers", "organization_identifier"), Map.entry("locations", "location"),
            Map.entry("service_at_locations", "service_at_location"), Map.entry("addresses", "address"),
            Map.entry("accessibility", "accessibility"), Map.entry("schedules", "schedule"),
            Map.entry("cost_options", "cost_option"), Map.entry("attributes", "attribute"),
            Map.entry("taxonomy_terms", "taxonomy_term"), Map.entry("taxonomies", "taxonomy"),
            Map.entry("phones", "phone"), Map.entry("contacts", "contact"), Map.entry("languages", "language"),
            Map.entry("service_areas", "service_area"), Map.entry("required_documents", "required_document"),
            Map.entry("funding", "funding"), Map.entry("programs", "program"));
    /** Official file names that are not the Henvis name + ".csv". */
    private static final Map<String, String> OFFICIAL_PATHS = Map.of("service_at_locations", "service_at_location.csv");

    /** The table's CSV bytes, null when the package does not have it. */
    InputStream table(String name) throws IOException {
        String path = path(name);
        return path == null ? null : limits.table(tablePath(name), stream(path));
    }

    /** The limits this package is read within (rows are counted by the reader). */
    InputLimits limits() {
        return limits;
    }

    /**
     * Where the table is: the descriptor's path for its official or its Henvis resource name, else the official
     * file name, else the Henvis file name; null when none of them exists.
     */
    private String path(String name) {
        List<String> candidates = new ArrayList<>();
        String official = OFFICIAL_NAMES.get(name);
        if (official != null && paths.containsKey(official)) {
            candidates.add(paths.get(official));
        }
        if (paths.containsKey(name)) {
            candidates.add(paths.get(name));
        }
        candidates.add(OFFICIAL_PATHS.getOrDefault(name, name + ".csv"));
        candidates.add(name + ".csv");
        for (String c : candidates) {
            if (exists(c)) {
                return c;
            }
        }
        return null;
    }

    /** The table's name as a user finds it, e.g. {@code pakke.zip/services.csv}. */
    Path tablePath(String name) {
        String path = path(name);
        return Path.of(file.toString(), path != null ? path : OFFICIAL_PATHS.getOrDefault(name, name + ".csv"));
    }

    private boolean exists(String path) {
        if (zip != null) {
            return zip.getEntry(base + path) != null;
        }
        try {
            return PackagePaths.inFolder(file, path) != null;
        } catch (IOException e) {
            return true; // there, but unreadable: opening it says why
        }
    }

    private InputStream stream(String path) throws IOException {
        if (zip != null) {
            ZipEntry e = zip.getEntry(base + path);
            if (e == null) {
                throw new NoDescriptorException(file.toString());
            }
            return zip.getInputStream(e);
        }
        Path inside = PackagePaths.inFolder(file, path);
        if (inside == null) {
            throw new NoDescriptorException(file.toString());
        }
        return Files.newInputStream(inside);
    }

    public static BadInputException brokenZip(Path file, ZipException e) {
        return new BadInputException(Messages.get("import.error.zip", file, ImportErrors.firstLine(e.getMessage())),
                e);
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
