package dk.henvis.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The test fixture files under src/test/resources/dk/henvis/formats. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/dk/henvis/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the fixture data package folder into a .zip (under a sub-folder, as zips often are). */
    public static Path packageZip(Path dir) throws IOException {
        Path zip = dir.resolve("pakke.zip");
        Path folder = path("hsds-package");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry("export/" + f.getFileName()));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return zip;
    }
}
