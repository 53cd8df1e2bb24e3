package dk.henvis.settings;

import dk.henvis.catalog.AtomicFiles;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The installation's settings: the staff unit, its phone number, the text size and the window
 * bounds, kept as a small properties file in the data folder ({@code settings.properties}) and
 * rewritten whole on each change through {@link AtomicFiles}. A file rather than a
 * table keeps settings per installation and out of the catalogue's schema migrations.
 * Nothing about a citizen is ever stored through this class.
 */
public final class Settings {
    private static final AtomicFiles.Texts TEXTS = new AtomicFiles.Texts("settings.error.noFolder",
            "settings.error.isFolder", "settings.error.unwritable");
    public static final String FILE_NAME = "settings.properties";
    public static final String UNIT = "unit";
    public static final String UNIT_PHONE = "unit.phone";
    public static final String COORDINATOR_MODE = "coordinator.mode";

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // Unreadable settings are not worth stopping for: start from the defaults.
                values.clear();
            }
        }
    }

    /** The settings file in {@code dataFolder}. */
    public static Settings in(Path dataFolder) {
        return new Settings(dataFolder.resolve(FILE_NAME));
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    /** Stores {@code value}, or removes the key when it is null, and writes the file. */
    public synchronized void put(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
        write();
    }

    private void write() {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(Messages.get(TEXTS.unwritable(), file, e.getMessage()), e);
        }
        AtomicFiles.write(file, TEXTS, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            values.store(w, "Henvis settings (no citizen data)");
            w.flush();
        });
    }

    /** The worker's unit when it is a built-in one (its defaults fill the citizen panel). */
    public Optional<StaffUnit> unit() {
        return get(UNIT).flatMap(StaffUnit::fromCode);
    }

    /**
     * The worker's unit as stored: a built-in unit's code ("doegnplejen") or the name of a unit the coordinator
     * added ({@link ReferralUnits}); empty before the first start's choice.
     */
    public Optional<String> unitName() {
        return get(UNIT);
    }

    public void setUnit(StaffUnit unit, String phone) {
        setUnit(unit.code(), phone);
    }

    /** Sets the worker's unit by a built-in code or an added unit's name, and the unit's phone. */
    public void setUnit(String unit, String phone) {
        put(UNIT, unit.strip());
        put(UNIT_PHONE, phone == null || phone.isBlank() ? null : phone.strip());
    }

    public Optional<String> unitPhone() {
        return get(UNIT_PHONE);
    }

    /**
     * Coordinator mode: this installation curates the catalogue (edit offers, flags, stale watch,
     * publish). Staff laptops leave it off.
     */
    public boolean coordinatorMode() {
        return get(COORDINATOR_MODE).map(Boolean::parseBoolean).orElse(false);
    }

    public void setCoordinatorMode(boolean on) {
        put(COORDINATOR_MODE, on ? "true" : null);
    }

    public double getDouble(String key, double fallback) {
        return get(key).map(v -> {
            try {
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }
}
