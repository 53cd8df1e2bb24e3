package dk.henvis.referrals;

import dk.henvis.catalog.Offer;
import java.util.Objects;

/**
 * An offer as it was when a citizen was referred to it (the catalogue may change or drop it later).
 *
 * @param category the offer's first category, null when it has none
 */
public record ReferredOffer(String source, String offerId, String name, String category) {
    public ReferredOffer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(name, "name");
        category = category == null || category.isBlank() ? null : category.strip();
    }

    public static ReferredOffer of(Offer offer) {
        return new ReferredOffer(offer.key().source(), offer.key().sourceId(), offer.name(),
                offer.categories().isEmpty() ? null : offer.categories().get(0));
    }

    /** {@code source:id}, unique across sources. */
    public String key() {
        return source + ":" + offerId;
    }
}
