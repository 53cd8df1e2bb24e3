package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;

/** The stored JSON form of an {@link Offer} (the {@code offer.data} column). */
public final class OfferJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private static final ObjectWriter OFFER_WRITER = MAPPER.writerFor(Offer.class);

    /** The reader of offers, built on first use: in a cold JVM that is some 0.1 s of looking at the records. */
    private static final class Reader {
        static final ObjectReader OFFERS = MAPPER.readerFor(Offer.class);
    }

    private OfferJson() {
    }

    public static String write(Offer offer) {
        try {
            return OFFER_WRITER.writeValueAsString(offer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #read(String)} from the JSON's UTF-8 bytes as SQLite keeps them (no string decoded first). */
    public static Offer read(byte[] json) {
        try {
            return Reader.OFFERS.readValue(json);
        } catch (java.io.IOException e) {
            throw new StoreException(Messages.get("store.error.badOffer", e instanceof JsonProcessingException j
                    ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    public static Offer read(String json) {
        try {
            return Reader.OFFERS.readValue(json);
        } catch (JsonProcessingException e) {
            throw new StoreException(Messages.get("store.error.badOffer", e.getOriginalMessage()), e);
        }
    }

    /**
     * Builds the reader of offers now: a caller that will read a few offers soon and has a core to spare meanwhile
     * (the matching, while it reads its kept index) takes its cost off the first read.
     */
    public static void prepare() {
        Reader.OFFERS.getValueType();
    }

    /** A mapper configured like the store's, for other code that writes domain records as JSON. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
