package dk.henvis.sources;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shared, thread-safe Jackson set-up for reading source files. */
final class Json {
    /** Limits one string value (a description) to 20 M characters; the file itself is streamed. */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(20_000_000)
                    .maxNestingDepth(200)
                    .build())
            .build());

    private Json() {
    }
}
