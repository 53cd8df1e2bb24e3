package dk.henvis.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.ImportSummary;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.SourceFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Test stand-in for the catalogue importer: reads a JSON array (or page envelope) of minimal HSDS
 * services ({@code id}, {@code name}, {@code description}) and writes them through the store.
 */
final class MiniHsdsApplier implements CatalogApplier {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final OfferStore store;
    private final Clock clock;

    MiniHsdsApplier(OfferStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ImportSummary apply(String sourceName, Path file, SourceFormat kind, OfferStore.Mode mode) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file.getFileName() + ": ikke gyldig JSON (" + e.getMessage() + ")");
        }
        JsonNode items = root != null && root.isObject() ? root.get("contents") : root;
        if (items == null || !items.isArray()) {
            throw new BadInputException(file.getFileName() + ": forventede en liste af tilbud");
        }
        return store.write(sourceName, mode, clock.instant(), sink -> {
            int i = 0;
            for (JsonNode n : items) {
                i++;
                if (!n.hasNonNull("id") || !n.hasNonNull("name")) {
                    throw new BadInputException(file.getFileName() + ": tilbud nr. " + i + " mangler id eller name");
                }
                sink.accept(Offer.builder(new OfferKey(sourceName, n.get("id").asText()), n.get("name").asText())
                        .description(n.path("description").asText(null)).build());
            }
        });
    }
}
