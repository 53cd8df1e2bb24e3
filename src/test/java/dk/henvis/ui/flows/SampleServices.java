package dk.henvis.ui.flows;

import dk.henvis.catalog.Gazetteer;
import dk.henvis.handout.HandoutRenderer;
import dk.henvis.handout.HandoutRequest;
import dk.henvis.handout.HandoutSettings;
import dk.henvis.matching.InterestVocabulary;
import dk.henvis.matching.MatchingService;
import dk.henvis.formats.CatalogImporter;
import dk.henvis.ui.MatchPort;
import dk.henvis.ui.TestUiServices;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The GUI's services on the sample catalogue with the real importer, matching and handout services. */
public final class SampleServices {
    public static final Path SAMPLE = Path.of("sample-data/frederikssund-hsds.json");

    private SampleServices() {
    }

    public static TestUiServices create(Path dataFolder) {
        TestUiServices services = new TestUiServices(dataFolder);
        new CatalogImporter(services.offers(), Clock.systemUTC()).importFiles("eksempel", List.of(SAMPLE));
        MatchingService matching = new MatchingService(services.offers(), Gazetteer.bundled(),
                InterestVocabulary.bundled());
        HandoutRenderer renderer = new HandoutRenderer(HandoutSettings.defaults());
        return services.matcher(new MatchPort() {
            @Override
            public dk.henvis.matching.MatchResult match(dk.henvis.matching.CitizenProfile p, int top,
                    java.time.LocalDate today) {
                return matching.match(p, top, today);
            }

            @Override
            public void refresh() {
                matching.refresh();
            }
        }).handout((offers, name, note, code, date) ->
                renderer.render(new HandoutRequest(offers, name, note, code, date, false)).pdf());
    }
}
