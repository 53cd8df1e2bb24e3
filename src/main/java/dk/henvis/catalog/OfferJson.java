package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            return MAPPER.readValue(json, Offer.class);
        } catch (java.io.IOException e) {
            throw new StoreException(Messages.get("store.error.badOffer", e instanceof JsonProcessingException j
                    ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    public static Offer read(String json) {
        try {
            return MAPPER.readValue(json, Offer.class);
        } catch (JsonProcessingException e) {
            throw new StoreException(Messages.get("store.error.badOffer", e.getOriginalMessage()), e);
        }
    }

    /** A mapper configured like the store's, for other code that writes domain records as JSON. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
