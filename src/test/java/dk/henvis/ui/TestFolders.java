package dk.henvis.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Temporary folders for the window's tests, deleted when the test JVM ends. JUnit's {@code @TempDir} deletes its
 * folder right after the test, while the window's background work (the analysis file, the log) may still write
 * there; these wait for the JVM's end, so a test run leaves nothing behind in the temporary folder either way.
 */
public final class TestFolders {
    private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(TestFolders::deleteQuietly),
                "henvis-test-folders"));
    }

    private TestFolders() {
    }

    /** A new empty folder named with {@code prefix} in the temporary folder. */
    public static Path create(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            CREATED.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // left for the system's own clean-up of the temporary folder
        }
    }
}
