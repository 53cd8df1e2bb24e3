package dk.henvis.ui.sources;

import dk.henvis.settings.Settings;
import java.time.Duration;

/**
 * The installation's sync settings, kept in {@code settings.properties}: how old the catalogue may get
 * before it is synced at start (and shown with a warning), and whether the window syncs by itself.
 */
public final class SyncPreferences {
    public static final String INTERVAL_HOURS = "sync.intervalHours";
    public static final String AT_START = "sync.atStart";
    public static final int DEFAULT_INTERVAL_HOURS = 24;
    public static final int MIN_INTERVAL_HOURS = 1;
    public static final int MAX_INTERVAL_HOURS = 24 * 30;

    private final Settings settings;

    public SyncPreferences(Settings settings) {
        this.settings = settings;
    }

    public int intervalHours() {
        int h = (int) settings.getDouble(INTERVAL_HOURS, DEFAULT_INTERVAL_HOURS);
        return Math.max(MIN_INTERVAL_HOURS, Math.min(MAX_INTERVAL_HOURS, h));
    }

    public Duration interval() {
        return Duration.ofHours(intervalHours());
    }

    public void setIntervalHours(int hours) {
        settings.put(INTERVAL_HOURS, Integer.toString(Math.max(MIN_INTERVAL_HOURS, Math.min(MAX_INTERVAL_HOURS, hours))));
    }

    /** True (the default) when the window syncs by itself at start once the catalogue is older than the interval. */
    public boolean syncAtStart() {
        return settings.get(AT_START).map(Boolean::parseBoolean).orElse(true);
    }

    public void setSyncAtStart(boolean on) {
        settings.put(AT_START, Boolean.toString(on));
    }
}
