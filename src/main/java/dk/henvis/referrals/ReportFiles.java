package dk.henvis.referrals;

import dk.henvis.catalog.AtomicFiles;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of the referral log's exports, for the command line and the window alike: an output is
 * written whole or not at all (through {@link AtomicFiles}), and pooling files
 * are read as UTF-8 and checked whole before anything is imported.
 */
public final class ReportFiles {
    private static final AtomicFiles.Texts TEXTS = new AtomicFiles.Texts("referral.output.noFolder",
            "referral.output.isFolder", "referral.output.unwritable");

    private ReportFiles() {
    }

    /**
     * Writes {@code content} to {@code out}; on failure the target is left as it was.
     *
     * @throws BadInputException naming the file when it cannot be written (missing folder, no room, no access)
     */
    public static void write(Path out, byte[] content) {
        AtomicFiles.write(out, TEXTS, content);
    }

    /**
     * Reads and checks every pooling file before any is used: one malformed, unreadable or newer file
     * refuses them all.
     *
     * @throws BadInputException naming the file (and the record) that is wrong
     */
    public static List<ReferralRecord> readPools(List<Path> files) {
        List<ReferralRecord> incoming = new ArrayList<>();
        for (Path file : files) {
            incoming.addAll(PoolFile.read(file.toString(), readUtf8(file)));
        }
        return incoming;
    }

    static String readUtf8(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new BadInputException(Messages.get("referral.file.missing", file.toString()), e);
        } catch (CharacterCodingException e) {
            throw new BadInputException(Messages.get("referral.file.notUtf8", file.toString()), e);
        } catch (IOException e) {
            throw new BadInputException(Messages.get("referral.file.unreadable", file.toString(),
                    String.valueOf(e.getMessage())), e);
        }
    }
}
