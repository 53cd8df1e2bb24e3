package dk.henvis.sync;

import dk.henvis.catalog.ImportSummary;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.SourceFormat;
import java.nio.file.Path;

/**
 * Reads a fetched copy of a source in full and writes its offers (through {@link OfferStore#write}).
 * Called inside the sync's transaction for that source, so anything it throws rolls the whole source
 * back. Malformed data is a {@link dk.henvis.catalog.BadInputException} naming file and record.
 */
@FunctionalInterface
public interface CatalogApplier {
    ImportSummary apply(String sourceName, Path file, SourceFormat kind, OfferStore.Mode mode);
}
