package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The one way Henvis replaces a file or a folder: whole or not at all. New content is written beside the
 * target under a hidden temporary name, forced to disk, and then renamed over the target (atomically
 * where the file system can; a plain replacing rename where it cannot). On any failure the temporary copy
 * is removed and the target is exactly as it was; the error is a {@link BadInputException} in the
 * caller's own words ({@link Texts}). A target that is the live database, one of its files, its backups or
 * the log folder is refused before anything is written ({@link ProtectedPaths}). This is the only class that may call {@code Files.move}
 * (ArchitectureTest).
 */
public final class AtomicFiles {
    /** Writes one file's content. */
    @FunctionalInterface
    public interface FileContent {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a folder's files into the (empty, temporary) folder given. */
    @FunctionalInterface
    public interface FolderContent {
        void write(Path dir) throws IOException;
    }

    /**
     * The caller's messages, as bundle keys. Each gets the target as the user named it as {0};
     * {@code noFolder} gets the missing folder as {1}, {@code unwritable} the reason as {1}.
     */
    public record Texts(String noFolder, String isFolder, String unwritable) {
    }

    /** Exports and published files (catalogue, site, flags). */
    public static final Texts EXPORT = new Texts("export.error.noFolder", "export.error.isFolder",
            "export.error.unwritable");

    private AtomicFiles() {
    }

    /** Replaces the file {@code target} with {@code bytes}; its folder must exist. */
    public static void write(Path target, Texts texts, byte[] bytes) {
        write(target, texts, out -> out.write(bytes));
    }

    /** Replaces the file {@code target} with the content; its folder must exist. */
    public static void write(Path target, Texts texts, FileContent content) {
        ProtectedPaths.refuse(target);
        Path file = target.toAbsolutePath().normalize();
        Path dir = parentOf(target, file, texts);
        if (Files.isDirectory(file)) {
            throw new BadInputException(Messages.get(texts.isFolder(), target));
        }
        Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new KeepOpen(Channels.newOutputStream(channel));
                content.write(out);
                out.flush();
                channel.force(true);
            }
            move(tmp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw failed(target, texts, e);
        }
    }

    /** Replaces {@code target} with the file {@code written}, which the caller wrote beside it (same folder). */
    public static void moveIntoPlace(Path written, Path target) throws IOException {
        move(written, target);
    }

    /**
     * Replaces the folder {@code target} with the content; the folder above it must exist. An existing
     * folder is replaced only when it is empty or {@code isPreviousExport} recognises it, so a mistyped
     * path never wipes somebody's documents.
     */
    public static void replaceFolder(Path target, Predicate<Path> isPreviousExport, FolderContent content) {
        ProtectedPaths.clashWithFolder(target).ifPresent(what -> {
            throw new BadInputException(Messages.get("file.error.protected", target, what));
        });
        Path folder = target.toAbsolutePath().normalize();
        Path dir = parentOf(target, folder, EXPORT);
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw new BadInputException(Messages.get("export.error.notFolder", target));
            }
            if (!isEmpty(folder) && !isPreviousExport.test(folder)) {
                throw new BadInputException(Messages.get("export.error.notExport", target));
            }
        }
        String stamp = UUID.randomUUID().toString();
        Path tmp = dir.resolve("." + folder.getFileName() + "." + stamp + ".new");
        Path old = dir.resolve("." + folder.getFileName() + "." + stamp + ".old");
        try {
            Files.createDirectory(tmp);
            content.write(tmp);
            if (Files.exists(folder)) {
                move(folder, old);
                try {
                    move(tmp, folder);
                } catch (IOException e) {
                    move(old, folder);
                    throw e;
                }
                deleteQuietly(old);
            } else {
                move(tmp, folder);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw failed(target, EXPORT, e);
        }
    }

    /** Buffers, and keeps the file open when the content's writer closes its stream, so it can be forced to disk. */
    private static final class KeepOpen extends BufferedOutputStream {
        KeepOpen(OutputStream out) {
            super(out, 64 * 1024);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static Path parentOf(Path target, Path file, Texts texts) {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException(Messages.get(texts.noFolder(), target, dir));
        }
        return dir;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static BadInputException failed(Path target, Texts texts, Exception e) {
        if (e instanceof BadInputException b) {
            return b;
        }
        return new BadInputException(Messages.get(texts.unwritable(), target, reason(e)), e);
    }

    /** Why a write failed, in words rather than as the temporary file's path. */
    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return Messages.get("file.reason.accessDenied");
        }
        if (e instanceof NoSuchFileException) {
            return Messages.get("file.reason.noSuchFolder");
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return reason.replaceAll("\\s+", " ");
    }

    private static boolean isEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            if (Files.isDirectory(p)) {
                deleteTree(p);
            } else {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // the temporary copy stays behind; the target is untouched either way
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
