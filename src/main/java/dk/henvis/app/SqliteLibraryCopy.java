package dk.henvis.app;

import dk.henvis.catalog.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library for the quick start's second JVM (issue 17, ADR 0021). Otherwise the driver copies it
 * out of the jar into the temporary folder at every start, checksums it and asks the system about itself in a
 * child process: about 50 ms of every cold start. The app-image ships the library beside its jar
 * ({@code packaging/linux/build.sh}); for {@code java -jar} one copy per build of the jar is kept in the data
 * folder's cache, written after the first run that had none. A copy that does not load costs nothing but the
 * time: the driver then loads the library its own way.
 */
final class SqliteLibraryCopy {
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";
    /**
     * Where the driver looks for copies it extracted before, to remove stale ones, and extracts one if the named
     * library does not load. With a kept copy it extracts none, and listing the system's temporary folder cost
     * every start ~13 ms with 2,000 entries in it (issue 17).
     */
    static final String TMPDIR = "org.sqlite.tmpdir";
    private static final String PREFIX = "sqlite-";
    /** Copies kept: a few builds of the jar side by side, as the archives (QuickStart.KEPT_PER_KIND). */
    static final int KEPT = QuickStart.KEPT_PER_KIND;

    private SqliteLibraryCopy() {
    }

    /** Where this build of the jar keeps its copy. */
    static Path folder(Path cache, String key) {
        return cache.resolve(PREFIX + key);
    }

    /** The options that name the kept copy to the driver; none while there is no whole copy. */
    static List<String> options(Path folder) {
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        return whole(library)
                ? List.of("-D" + PATH + "=" + folder, "-D" + NAME + "=" + library.getFileName(),
                        "-D" + TMPDIR + "=" + folder)
                : List.of();
    }

    /**
     * True when the library is there with the size written beside it after it: a copy cut short or overwritten
     * is not handed to the JVM (which would warn on the command line's stderr before the driver falls back).
     */
    static boolean whole(Path library) {
        try {
            Path size = sizeOf(library);
            return Files.isRegularFile(library) && Files.isRegularFile(size)
                    && Long.parseLong(Files.readString(size).strip()) == Files.size(library);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path sizeOf(Path library) {
        return library.resolveSibling(library.getFileName() + ".size");
    }

    /**
     * Writes the copy when there is none, whole or not at all, and keeps only the {@value #KEPT} newest folders;
     * quietly nothing when the jar holds no library for this system or nothing can be written.
     */
    static void keep(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        Path library = folder.resolve(name);
        if (whole(library)) {
            return;
        }
        try (InputStream in = LibraryLoaderUtil.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            if (in == null) {
                return; // the driver says itself that this system has no library
            }
            Files.createDirectories(folder);
            Files.deleteIfExists(sizeOf(library));
            AtomicFiles.write(library, AtomicFiles.EXPORT, in::transferTo);
            AtomicFiles.write(sizeOf(library), AtomicFiles.EXPORT,
                    Long.toString(Files.size(library)).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            prune(folder);
        } catch (IOException | RuntimeException e) {
            // only start-up time is lost: the driver copies the library out of the jar as before
        }
    }

    private static void prune(Path kept) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(kept.getParent(), PREFIX + "*")) {
            for (Path p : all) {
                if (Files.isDirectory(p) && !p.equals(kept)) {
                    folders.add(p);
                }
            }
        }
        folders.sort(Comparator.comparing(SqliteLibraryCopy::modified).reversed());
        for (Path old : folders.subList(Math.min(folders.size(), KEPT - 1), folders.size())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(old)) {
                for (Path f : files) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(old);
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
