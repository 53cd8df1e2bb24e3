package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Publishes a file or a folder whole or not at all: the new content is written beside the old one under a
 * temporary name and then swapped in by renaming. A target that cannot be reached, a full disk or any other
 * write failure leaves the previously published files exactly as they were and is reported as a
 * {@link BadInputException} naming the target.
 */
public final class AtomicPublish {
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

    private AtomicPublish() {
    }

    /** Replaces {@code target} (a file) with the content; its folder must exist. */
    public static void file(Path target, FileContent content) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = parentOf(file);
        if (Files.isDirectory(file)) {
            throw new BadInputException(Messages.get("export.error.isFolder", target));
        }
        Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.write(out);
            }
            move(tmp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw failed(target, e);
        }
    }

    /**
     * Replaces the folder {@code target} with the content; the folder above it must exist. An existing
     * folder is replaced only when it is empty or {@code isPreviousExport} recognises it, so a mistyped
     * path never wipes somebody's documents.
     */
    public static void folder(Path target, Predicate<Path> isPreviousExport, FolderContent content) {
        Path folder = target.toAbsolutePath().normalize();
        Path dir = parentOf(folder);
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
            throw failed(target, e);
        }
    }

    private static Path parentOf(Path file) {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInputException(Messages.get("export.error.noFolder", file, dir));
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

    private static BadInputException failed(Path target, Exception e) {
        if (e instanceof BadInputException b) {
            return b;
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new BadInputException(Messages.get("export.error.unwritable", target,
                reason.replaceAll("\\s+", " ")), e);
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
            // the temporary copy stays behind; the published files are untouched either way
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
