package dk.henvis.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What one sync run did, source by source.
 *
 * @param backup the backup taken before the run changed the catalogue, null when nothing was applied
 */
public record SyncReport(Instant started, Instant finished, List<SourceReport> sources, Path backup) {
    public SyncReport {
        sources = List.copyOf(sources);
    }

    public boolean allOk() {
        return sources.stream().noneMatch(SourceReport::failed);
    }

    /** True when some source's offers were added, changed, withdrawn or removed. */
    public boolean changedCatalog() {
        return sources.stream().anyMatch(r -> r.added() + r.changed() + r.withdrawn() + r.removed() > 0);
    }

    public List<SourceReport> failed() {
        return sources.stream().filter(SourceReport::failed).toList();
    }
}
