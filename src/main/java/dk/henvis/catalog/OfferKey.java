package dk.henvis.catalog;

import java.util.Objects;

/** Identifies an offer: ids are kept per source, so the same id from two sources names two offers. */
public record OfferKey(String source, String sourceId) {
    public OfferKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
    }

    @Override
    public String toString() {
        return source + ":" + sourceId;
    }
}
