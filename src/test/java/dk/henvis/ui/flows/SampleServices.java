package dk.henvis.ui.flows;

import dk.henvis.ui.TestUiServices;
import java.nio.file.Path;
import java.util.List;

/** The GUI's services on the sample catalogue, imported with the core's importer; real matching and handout. */
public final class SampleServices {
    public static final Path SAMPLE = Path.of("sample-data/frederikssund-hsds.json");

    private SampleServices() {
    }

    public static TestUiServices create(Path dataFolder) {
        TestUiServices services = new TestUiServices(dataFolder);
        services.core().importer().importFiles("eksempel", List.of(SAMPLE));
        return services;
    }
}
