package dk.henvis.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What fetching a source gave: either "not changed" or a local copy to read. */
public sealed interface FetchResult extends AutoCloseable {

    @Override
    void close();

    /** The source answered that nothing changed since the validators of the last good fetch. */
    record Unchanged() implements FetchResult {
        @Override
        public void close() {
            // nothing was downloaded
        }
    }

    /**
     * A complete local copy of the source (a file, or a folder for an HSDS package), in a private work
     * folder that {@link #close()} deletes.
     *
     * @param incremental true when only offers changed since the last sync were asked for
     *                    ({@code modified_after}); such a copy must be merged, never used to withdraw
     */
    record Downloaded(Path file, Path workDir, String etag, String lastModified, boolean pagedApi,
            boolean incremental, long bytes) implements FetchResult {
        @Override
        public void close() {
            deleteTree(workDir);
        }
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a left-over work folder is removed by the next sync's clean-up
        }
    }
}
