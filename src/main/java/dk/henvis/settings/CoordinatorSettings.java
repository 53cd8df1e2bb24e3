package dk.henvis.settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

/**
 * The settings behind the coordinator's work and the flag exchange, typed, on top of {@link Settings}:
 * where the catalogue is published, where flag files are exchanged, after how many months an offer
 * counts as not checked, and this installation's id (names its flag file; not a person).
 */
public final class CoordinatorSettings {
    public static final String PUBLISH_FOLDER = "publish.folder";
    public static final String FLAGS_FOLDER = "flags.folder";
    public static final String STALE_MONTHS = "stale.months";
    public static final String INSTALLATION_ID = "installation.id";
    public static final int DEFAULT_STALE_MONTHS = 12;

    private final Settings settings;

    public CoordinatorSettings(Settings settings) {
        this.settings = settings;
    }

    public Settings settings() {
        return settings;
    }

    public boolean coordinatorMode() {
        return settings.coordinatorMode();
    }

    /** The folder "Udgiv kataloget" last published to. */
    public Optional<Path> publishFolder() {
        return path(PUBLISH_FOLDER);
    }

    public void setPublishFolder(Path folder) {
        settings.put(PUBLISH_FOLDER, folder == null ? null : folder.toAbsolutePath().toString());
    }

    /** "Mappe til fejlmeldinger" as set by hand (the default is worked out by the flag service). */
    public Optional<Path> flagsFolder() {
        return path(FLAGS_FOLDER);
    }

    public void setFlagsFolder(Path folder) {
        settings.put(FLAGS_FOLDER, folder == null ? null : folder.toAbsolutePath().toString());
    }

    /** After how many months without a check an offer is listed as stale (default 12). */
    public int staleMonths() {
        return settings.get(STALE_MONTHS).map(v -> {
            try {
                int n = Integer.parseInt(v.strip());
                return n >= 1 ? n : DEFAULT_STALE_MONTHS;
            } catch (NumberFormatException e) {
                return DEFAULT_STALE_MONTHS;
            }
        }).orElse(DEFAULT_STALE_MONTHS);
    }

    public void setStaleMonths(int months) {
        settings.put(STALE_MONTHS, Integer.toString(months));
    }

    /** This installation's random id, made on first use and kept in the settings file. */
    public synchronized String installationId() {
        Optional<String> id = settings.get(INSTALLATION_ID).filter(s -> !s.isBlank());
        if (id.isPresent()) {
            return id.get();
        }
        String made = UUID.randomUUID().toString();
        settings.put(INSTALLATION_ID, made);
        return made;
    }

    private Optional<Path> path(String key) {
        return settings.get(key).filter(s -> !s.isBlank()).map(Path::of);
    }
}
