package dk.henvis.catalog;

/** What one write of a source's offers did. */
public record ImportSummary(int added, int changed, int unchanged, int withdrawn) {
    public int total() {
        return added + changed + unchanged;
    }
}
