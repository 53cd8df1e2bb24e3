package dk.henvis.formats.hsds;

import dk.henvis.catalog.AtomicFiles;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.Offer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes offers as one HSDS 3 JSON file: an array of compiled service objects (HSDS-CONVENTIONS.md), which
 * the HSDS JSON reader turns back into the same offers. The file is replaced atomically.
 */
public final class HsdsJsonExporter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Writes the offers to {@code file}; ids must be unique (see {@link ExportChecks#uniqueIds}). */
    public void export(List<Offer> offers, Path file) {
        ExportChecks.uniqueIds(offers);
        AtomicFiles.write(file, AtomicFiles.EXPORT, out -> {
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                for (Offer o : offers) {
                    MAPPER.writeTree(g, HsdsServiceWriter.service(o));
                }
                g.writeEndArray();
            }
        });
    }
}
