package dk.henvis.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the bytes of every file under a folder (the SQLite file, its -wal and -shm, exports, anything)
 * and finds where a text occurs, in UTF-8 or UTF-16 (either byte order).
 */
public final class DataFolderScan {
    private DataFolderScan() {
    }

    /** The files (relative names) under {@code folder} that hold {@code text}. */
    public static List<String> filesContaining(Path folder, String text) throws IOException {
        return filesMatching(folder, text, false);
    }

    /**
     * The files holding {@code number} as a number written in text: its digits with no digit right
     * before or after and printable text around them (so random bytes of a page or a WAL checksum
     * that happen to spell the digits do not count).
     */
    public static List<String> filesContainingNumber(Path folder, String number) throws IOException {
        return filesMatching(folder, number, true);
    }

    private static List<String> filesMatching(Path folder, String text, boolean asNumber) throws IOException {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(StandardCharsets.UTF_16BE));
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] hay = Files.readAllBytes(f);
                for (byte[] needle : needles) {
                    if (contains(hay, needle, asNumber)) {
                        hits.add(folder.relativize(f).toString());
                        break;
                    }
                }
            }
        }
        return hits;
    }

    private static boolean contains(byte[] hay, byte[] needle, boolean asNumber) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            if (!asNumber || (textNeighbour(hay, i - 1) && textNeighbour(hay, i + needle.length))) {
                return true;
            }
        }
        return false;
    }

    /** A byte that could stand beside a number in text, but is not a digit. */
    private static boolean textNeighbour(byte[] hay, int i) {
        if (i < 0 || i >= hay.length) {
            return true;
        }
        int b = hay[i] & 0xff;
        return (b == 0 || (b >= 0x20 && b < 0x7f)) && !(b >= '0' && b <= '9');
    }
}
