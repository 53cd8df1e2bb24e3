import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies the shaded jar for one installer, leaving out the SQLite driver's native libraries for
 * other systems (about 20 MB of the jar). Portable, so the Linux, Windows and macOS scripts share it:
 *
 * <pre>java packaging/tools/TrimJar.java IN.jar OUT.jar Linux/x86_64 [more kept platforms]</pre>
 *
 * A kept platform is a folder under {@code org/sqlite/native/} (Linux/x86_64, Windows/x86_64,
 * Mac/aarch64, Mac/x86_64, ...).
 */
public final class TrimJar {
    private static final String NATIVE = "org/sqlite/native/";

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: TrimJar IN.jar OUT.jar PLATFORM...");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> keep = Arrays.stream(args, 2, args.length).map(p -> NATIVE + p + "/").toList();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        int kept = 0;
        int dropped = 0;
        try (ZipFile zip = new ZipFile(in.toFile());
                ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(tmp))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                boolean nativeFile = name.startsWith(NATIVE) && !e.isDirectory();
                if (nativeFile && keep.stream().noneMatch(name::startsWith)) {
                    dropped++;
                    continue;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                z.putNextEntry(copy);
                try (InputStream data = zip.getInputStream(e)) {
                    data.transferTo(z);
                }
                z.closeEntry();
                kept += nativeFile ? 1 : 0;
            }
        }
        if (kept == 0) {
            Files.delete(tmp);
            System.err.println("TrimJar: no SQLite native library left for " + keep);
            System.exit(1);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("TrimJar: kept " + kept + " native libraries, left out " + dropped);
    }
}
