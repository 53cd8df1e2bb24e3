package dk.henvis.catalog;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Henvis keeps its files, following each system's convention: {@code $XDG_DATA_HOME/henvis}
 * (default {@code ~/.local/share/henvis}) on Linux, {@code %APPDATA%\Henvis} on Windows and
 * {@code ~/Library/Application Support/Henvis} on macOS. {@code HENVIS_HOME} overrides the folder and
 * {@code HENVIS_DB} (or {@code --db}) the catalogue file.
 */
public final class DataLocations {
    public static final String DB_FILE_NAME = "henvis.db";

    private final Map<String, String> env;
    private final String osName;
    private final Path userHome;

    public DataLocations(Map<String, String> env, String osName, Path userHome) {
        this.env = env;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    public static DataLocations system() {
        return new DataLocations(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** The folder for the database, backups, logs and settings. */
    public Path dataFolder() {
        String override = env.get("HENVIS_HOME");
        if (notBlank(override)) {
            return Path.of(override);
        }
        if (osName.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return notBlank(appData) ? Path.of(appData, "Henvis") : userHome.resolve("AppData/Roaming/Henvis");
        }
        if (osName.startsWith("mac")) {
            return userHome.resolve("Library/Application Support/Henvis");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return notBlank(xdg) ? Path.of(xdg, "henvis") : userHome.resolve(".local/share/henvis");
    }

    /** The catalogue: {@code explicit} if given, else {@code HENVIS_DB}, else the data folder's file. */
    public Path database(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String fromEnv = env.get("HENVIS_DB");
        return notBlank(fromEnv) ? Path.of(fromEnv) : dataFolder().resolve(DB_FILE_NAME);
    }

    /**
     * A file that only speeds things up for the catalogue {@code db} (ADR 0022, 0023): in the {@code cache} folder
     * beside it, named {@code <kind>-<hash of the catalogue's path><suffix>}, one per catalogue file. Safe to
     * delete.
     */
    public static Path cacheFileFor(Path db, String kind, String suffix) {
        Path file = db.toAbsolutePath().normalize();
        Path folder = file.getParent() == null ? Path.of(".") : file.getParent();
        return folder.resolve("cache").resolve(kind + "-" + Integer.toHexString(file.toString().hashCode()) + suffix);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
