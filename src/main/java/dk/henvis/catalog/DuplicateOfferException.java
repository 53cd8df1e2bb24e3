package dk.henvis.catalog;

import dk.henvis.i18n.Messages;

/** The same offer id arrived twice in one import. */
public class DuplicateOfferException extends RuntimeException {
    private final OfferKey key;

    public DuplicateOfferException(OfferKey key) {
        super(Messages.get("store.error.duplicateOffer", key.sourceId()));
        this.key = key;
    }

    public OfferKey key() {
        return key;
    }
}
