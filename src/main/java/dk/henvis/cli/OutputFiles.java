package dk.henvis.cli;

import dk.henvis.referrals.ReportFiles;
import java.nio.file.Path;

/** Writes an output file whole or not at all (see {@link ReportFiles#write}). */
final class OutputFiles {
    private OutputFiles() {
    }

    static void write(Path out, byte[] content) {
        ReportFiles.write(out, content);
    }
}
