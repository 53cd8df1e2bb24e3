package dk.henvis.ui;

import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.settings.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What the GUI needs from the rest of Henvis. Implemented by the composition root
 * ({@code dk.henvis.app.Services}), so the GUI never constructs services itself and tests can
 * hand it services on a temporary database.
 */
public interface UiServices {
    OfferStore offers();

    Gazetteer gazetteer();

    Settings settings();

    /** The folder that holds the database (shown in settings). */
    Path dataFolder();

    /** The bundled sample catalogue, when this build ships one. */
    Optional<SampleCatalogue> sampleCatalogue();

    default Clock clock() {
        return Clock.systemDefaultZone();
    }
}
