package dk.henvis.formats.common;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the files of a data package may be: only relative paths inside the package. A resource path that
 * is absolute, climbs out with {@code ..}, names a drive or a URL is refused; in a folder package a file
 * that is a symbolic link leading out of the folder, or is not a regular file (a named pipe, a device,
 * which would block the reading for ever), is refused too. Each refusal is bad input naming the package
 * and the path. Used by import and by sync (which copies a folder source before reading it).
 */
public final class PackagePaths {
    private static final Pattern SCHEME_OR_DRIVE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private PackagePaths() {
    }

    /** A resource path from {@code datapackage.json}, checked; bad input when it may leave the package. */
    public static String resource(Path pkg, String path) {
        boolean bad = path.isBlank() || path.startsWith("/") || path.startsWith("\\") || path.contains("\\")
                || path.indexOf('\0') >= 0 || SCHEME_OR_DRIVE.matcher(path).matches();
        if (!bad) {
            for (String part : path.split("/", -1)) {
                if (part.equals("..")) {
                    bad = true;
                }
            }
        }
        if (bad) {
            throw new BadInputException(Messages.get("import.error.packagePath", pkg, path));
        }
        return path;
    }

    /**
     * The file {@code relative} in the folder package {@code folder}, when it exists: it must be a regular file
     * whose real place (links followed) is inside the folder. Null when there is no such file at all.
     */
    public static Path inFolder(Path folder, String relative) throws IOException {
        Path file;
        try {
            file = folder.resolve(relative);
        } catch (InvalidPathException e) {
            throw new BadInputException(Messages.get("import.error.packagePath", folder, relative), e);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.exists(file)) {
            throw new BadInputException(Messages.get("import.error.packageOutside", folder, relative));
        }
        Path real = file.toRealPath();
        if (!real.startsWith(folder.toRealPath())) {
            throw new BadInputException(Messages.get("import.error.packageOutside", folder, relative));
        }
        if (!Files.isRegularFile(real)) {
            if (Files.isDirectory(real)) {
                return null;
            }
            throw new BadInputException(Messages.get("import.error.packageNotAFile", folder, relative));
        }
        return real;
    }
}
