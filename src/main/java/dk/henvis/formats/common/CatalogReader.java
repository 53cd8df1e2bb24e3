package dk.henvis.formats.common;

import dk.henvis.catalog.Offer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one catalogue file (or package folder) of one format and streams its offers into a sink, one
 * record at a time. Bad content fails with a {@link dk.henvis.catalog.BadInputException} naming the file
 * and the record; a failure to read the bytes is an {@link IOException}.
 */
public interface CatalogReader {
    void read(Path file, String source, Consumer<Offer> sink) throws IOException;
}
