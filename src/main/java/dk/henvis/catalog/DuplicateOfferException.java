package dk.henvis.catalog;

/** The same offer id arrived twice in one import. */
public class DuplicateOfferException extends RuntimeException {
    private final OfferKey key;

    public DuplicateOfferException(OfferKey key) {
        super("Tilbuddet med id '" + key.sourceId() + "' står der to gange");
        this.key = key;
    }

    public OfferKey key() {
        return key;
    }
}
