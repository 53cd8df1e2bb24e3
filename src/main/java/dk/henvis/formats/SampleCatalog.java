package dk.henvis.formats;

import dk.henvis.catalog.ImportSummary;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The illustrative catalogue shipped in the jar ({@code /sample-data/...}, copied from the repository's
 * {@code sample-data/} folder): the HSDS catalogue as source {@value #HSDS_SOURCE} and the KultuNaut events
 * as source {@value #KULTUNAUT_SOURCE}. The GUI loads it into an empty database on first start and says
 * it is sample data as long as the database holds nothing else.
 */
public final class SampleCatalog {
    public static final String HSDS_SOURCE = "eksempel-hsds";
    public static final String KULTUNAUT_SOURCE = "eksempel-kultunaut";

    private record Part(String source, List<String> resources) {
    }

    private static final List<Part> PARTS = List.of(
            new Part(HSDS_SOURCE, List.of("frederikssund-hsds.json")),
            new Part(KULTUNAUT_SOURCE, List.of("kultunaut-events.json", "kultunaut-events.xml")));

    private final CatalogImporter importer;
    private final OfferStore store;

    public SampleCatalog(CatalogImporter importer, OfferStore store) {
        this.importer = importer;
        this.store = store;
    }

    /** True when offers of {@code source} are sample data. */
    public static boolean isSampleSource(String source) {
        return Set.of(HSDS_SOURCE, KULTUNAUT_SOURCE).contains(source);
    }

    /** True when the database has offers and every one of them is sample data. */
    public boolean isSampleOnly() {
        List<Offer> all = store.all();
        return !all.isEmpty() && all.stream().allMatch(o -> isSampleSource(o.key().source()));
    }

    /**
     * Loads the sample catalogue (re-loading updates it by id); {@code progress} receives (files done, files
     * in all). Returns how many offers it holds.
     */
    public int load(BiConsumer<Long, Long> progress) {
        long total = PARTS.stream().mapToLong(p -> p.resources().size()).sum();
        long done = 0;
        int offers = 0;
        progress.accept(0L, total);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("henvis-eksempel");
            for (Part part : PARTS) {
                List<Path> files = new java.util.ArrayList<>();
                for (String name : part.resources()) {
                    files.add(copy(name, dir));
                }
                ImportSummary s = importer.importFiles(part.source(), files);
                offers += s.total();
                done += files.size();
                progress.accept(done, total);
            }
            return offers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    private static Path copy(String name, Path dir) throws IOException {
        try (InputStream in = SampleCatalog.class.getResourceAsStream("/sample-data/" + name)) {
            if (in == null) {
                throw new IOException("sample-data/" + name + " is missing from the build");
            }
            Path target = dir.resolve(name);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
