package dk.henvis.catalog;

/**
 * What one write of a source's offers did.
 *
 * @param droppedLinks links left out at import because their scheme is not http, https, mailto or tel
 *                     ({@link SafeLinks})
 */
public record ImportSummary(int added, int changed, int unchanged, int withdrawn, int droppedLinks) {
    public ImportSummary(int added, int changed, int unchanged, int withdrawn) {
        this(added, changed, unchanged, withdrawn, 0);
    }

    public int total() {
        return added + changed + unchanged;
    }

    /** This summary with the number of links left out at import. */
    public ImportSummary withDroppedLinks(int links) {
        return new ImportSummary(added, changed, unchanged, withdrawn, links);
    }
}
