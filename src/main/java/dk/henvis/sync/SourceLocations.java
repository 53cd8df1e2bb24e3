package dk.henvis.sync;

import dk.henvis.formats.SourceFormat;
import dk.henvis.i18n.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The one check of where a source is read from, for the sources dialog and {@code henvis sources add}
 * alike: an {@code http} or {@code https} address with a host, or a file (a folder only for an HSDS data
 * package) that exists and can be read. Any other scheme ({@code ftp:}, {@code file:}, {@code javascript:})
 * is refused.
 */
public final class SourceLocations {
    private SourceLocations() {
    }

    /** Empty when {@code location} is usable for the format {@code kind} (its code); else the Danish problem. */
    public static Optional<String> problem(String location, String kind) {
        String loc = location == null ? "" : location.strip();
        if (loc.isEmpty()) {
            return Optional.of(Messages.get("sync.location.missing"));
        }
        String lower = loc.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(loc);
                return uri.getHost() == null || uri.getHost().isBlank()
                        ? Optional.of(Messages.get("sync.location.badUrl", loc)) : Optional.empty();
            } catch (URISyntaxException e) {
                return Optional.of(Messages.get("sync.location.badUrl", loc));
            }
        }
        if (lower.contains("://")) {
            return Optional.of(Messages.get("sync.location.badUrl", loc));
        }
        Path path;
        try {
            path = Path.of(loc);
        } catch (InvalidPathException e) {
            return Optional.of(Messages.get("sync.location.badPath", loc));
        }
        if (!Files.exists(path)) {
            return Optional.of(Messages.get("sync.location.noSuchFile", loc));
        }
        if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
            return Optional.of(Messages.get("sync.location.notAFile", loc));
        }
        if (Files.isDirectory(path) && !SourceFormat.HSDS_PACKAGE.code().equals(kind)) {
            return Optional.of(Messages.get("sync.location.folderNeedsPackage"));
        }
        if (!Files.isReadable(path)) {
            return Optional.of(Messages.get("sync.location.unreadable", loc));
        }
        return Optional.empty();
    }
}
