package dk.henvis.matching;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a worker would see of a catalogue, for the tests that a kept analysis or index (ADR 0022, 0024) ranks exactly
 * as a fresh build: every profile of the sample and the messy set, matched, with all a match says.
 */
final class ShownMatches {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);

    private ShownMatches() {
    }

    /** A catalogue {@code name}.db in {@code dir}, imported from {@code files} as the source {@code name}. */
    static OfferStore catalogue(Path dir, String name, Path... files) {
        OfferStore store = new OfferStore(Database.open(dir.resolve(name + ".db")));
        new CatalogImporter(store, CLOCK).importFiles(name, List.of(files));
        return store;
    }

    /** Every profile of the sample and the messy set, matched: the offers, scores, distances, reasons and evidence. */
    static List<String> shown(MatchingService service) throws Exception {
        ProfileReader reader = new ProfileReader(Gazetteer.bundled());
        List<String> out = new ArrayList<>();
        for (Path folder : List.of(Path.of("sample-data/profiles"), MessyMatchQualityTest.MESSY.resolve("profiles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    MatchResult r = service.match(reader.read(file), 10, MatchQualityTest.TODAY);
                    out.add(file.getFileName() + " excluded " + r.excluded() + " by " + r.excludedByRule()
                            + " unmatched " + r.unmatched() + " nothing fits " + r.nothingFits());
                    for (Match m : r.matches()) {
                        out.add("  " + m.offer() + " " + m.score() + " " + m.distanceKm() + " " + m.next()
                                + " " + m.reasons() + " " + m.evidence() + " " + m.sources());
                    }
                }
            }
        }
        return out;
    }
}
