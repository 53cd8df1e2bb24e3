package dk.henvis.catalog;

import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns the storage failures a laptop meets — a full disk, a read-only folder or file — into one clear
 * Danish sentence for the user. SQLite rolls the failed transaction back, so such a failure changes
 * nothing that was stored before.
 */
public final class StorageProblem {
    private static final long NEARLY_FULL_BYTES = 1L << 20;
    private StorageProblem() {
    }

    /**
     * The user's message when {@code failure} (or one of its causes) is a full disk, a read-only or a damaged
     * database (which the next start then checks, ADR 0023); empty for any other failure.
     */
    public static Optional<String> describe(Throwable failure, Path file) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException e) {
                SQLiteErrorCode code = e.getResultCode();
                int primary = code.code & 0xff;
                if (DatabaseGuard.isDamage(e)) {
                    DatabaseGuard.damageSeen(file);
                    return Optional.of(Messages.get("store.damaged", file));
                }
                if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                    return Optional.of(Messages.get("store.full", file));
                }
                if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
                    return Optional.of(Messages.get("store.readOnly", file));
                }
                if (primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
                    // a full disk often surfaces as an I/O error on the WAL or its index, not SQLITE_FULL
                    return Optional.of(Messages.get(diskNearlyFull(file) ? "store.full" : "store.ioError", file));
                }
            }
            if (t instanceof java.nio.file.FileSystemException e && isNoSpace(e)) {
                return Optional.of(Messages.get("store.full", file));
            }
        }
        return Optional.empty();
    }

    /** Less than 1 MB left where {@code file} lives. */
    static boolean diskNearlyFull(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return folder != null && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isNoSpace(java.nio.file.FileSystemException e) {
        String reason = e.getReason();
        return reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("no space left");
    }

    /** True when the file and its folder can be written (SQLite needs both for its journal). */
    public static boolean canWrite(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        return Files.isWritable(file) && (folder == null || folderWritable(folder));
    }

    /**
     * True when a file can be made in {@code folder}. Tried for real: {@link Files#isWritable} says yes
     * to root on a folder made immutable and cannot see a read-only share.
     */
    public static boolean folderWritable(Path folder) {
        try {
            Files.createDirectories(folder);
            // a name of our own: Files.createTempFile seeds a SecureRandom, ~8 ms of every start (issue 17)
            for (int attempt = 0; attempt < 5; attempt++) {
                Path probe = folder.resolve(".henvis-write-test-" + ProcessHandle.current().pid() + "-"
                        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
                try {
                    Files.createFile(probe);
                } catch (FileAlreadyExistsException taken) {
                    continue;
                }
                Files.delete(probe);
                return true;
            }
            return false;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }
}
