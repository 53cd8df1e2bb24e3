package dk.henvis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matching on a catalogue Henvis was not tuned on (issue 14): {@code src/test/resources/matching/messy},
 * listings written the way associations write them, with a skilled worker's picks written before any
 * tuning. nDCG@5 ≥ 0.85, no offer the worker marked "never" for that citizen, no hard-rule break.
 */
class MessyMatchQualityTest {
    static final Path MESSY = Path.of("src/test/resources/matching/messy");

    @TempDir
    Path dir;

    static MatchingService messyService(Path dir) {
        OfferStore store = new OfferStore(Database.open(dir.resolve("messy.db")));
        new CatalogImporter(store, Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC))
                .importFiles("messy", List.of(MESSY.resolve("offers.json")));
        return new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled());
    }

    /** One profile of the set, matched. */
    record Run(String file, CitizenProfile profile, MatchResult result, JsonNode picks) {
    }

    static List<Run> runs(MatchingService service) throws IOException {
        return new ArrayList<>(runsOf(service));
    }

    private static List<Run> runsOf(MatchingService service) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(MESSY.resolve("expected-picks.json").toFile());
        ProfileReader reader = new ProfileReader(Gazetteer.bundled());
        List<Run> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSY.resolve("profiles"))) {
            for (Path file : files.sorted().toList()) {
                CitizenProfile p = reader.read(file);
                String name = file.getFileName().toString();
                out.add(new Run(name, p, service.match(p, 10, MatchQualityTest.TODAY), expected.get(name)));
            }
        }
        return out;
    }

    @Test
    void rankingReachesNdcgOfPointEightFiveOnTheMessySet() throws IOException {
        List<Run> runs = runs(messyService(dir));
        List<String> report = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        double sum = 0;
        int n = 0;
        for (Run r : runs) {
            assertThat(r.picks()).as("picks for " + r.file()).isNotNull();
            List<String> got = r.result().matches().stream().map(m -> m.offer().id()).toList();
            for (Match m : r.result().matches()) {
                String why = MatchQualityTest.breaks(r.profile(), m.offer());
                if (why != null) {
                    wrong.add(r.file() + ": " + m.offer().id() + " breaks " + why);
                }
            }
            for (String never : list(r.picks().get("never"))) {
                if (got.contains(never)) {
                    wrong.add(r.file() + ": " + never + " must never be suggested to this citizen");
                }
            }
            if (r.picks().path("nothingFits").asBoolean()) {
                continue;
            }
            List<String> ideal = list(r.picks().get("ideal"));
            List<String> acceptable = list(r.picks().get("acceptable"));
            double ndcg = MatchQualityTest.ndcg(got, ideal, acceptable, 5);
            sum += ndcg;
            n++;
            report.add(String.format("%.3f %s top5=%s ideal=%s acceptable=%s", ndcg, r.file(),
                    got.subList(0, Math.min(5, got.size())), ideal, acceptable));
        }
        double mean = sum / n;
        report.forEach(System.out::println);
        wrong.forEach(System.out::println);
        System.out.printf("messy: mean nDCG@5 = %.3f over %d profiles%n", mean, n);
        assertThat(n).isGreaterThanOrEqualTo(20);
        assertThat(wrong).as("offers that break a stated condition or hard rule").isEmpty();
        assertThat(mean).as("mean nDCG@5\n" + String.join("\n", report)).isGreaterThanOrEqualTo(0.85);
    }

    /**
     * Every interest or group reason rests on a word that really stands in that offer's own name,
     * description, categories, tags, target groups or eligibility text — never in the organisation's name.
     */
    @Test
    void everyInterestReasonNamesAWordOfTheOffersOwnText() throws IOException {
        List<Run> runs = runs(messyService(dir));
        runs.addAll(sampleRuns(dir));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Run r : runs) {
            for (Match m : r.result().matches()) {
                if (r.file().startsWith("0") || r.file().startsWith("1")) {
                    System.out.println(r.file() + " " + m.offer().id() + " " + m.reasons());
                }
                for (Evidence e : m.evidence()) {
                    checked++;
                    String own = ownText(m.offer(), e.field());
                    if (!containsWord(own, e.word())) {
                        wrong.add(r.file() + ": " + m.offer().id() + " '" + e.word() + "' not in its " + e.field());
                    }
                }
                assertThat(m.reasons()).as(m.offer().id()).allSatisfy(reason ->
                        assertThat(reason).doesNotContain("Beskrivelsen nævner"));
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    /** When no offer speaks of the interest, the result says so and shows only open offers, without interest reasons. */
    @Test
    void nothingFitsIsSaidAndOnlyOpenOffersFollow() throws IOException {
        MatchingService service = messyService(dir);
        ProfileReader reader = new ProfileReader(Gazetteer.bundled());
        CitizenProfile p = reader.read(MESSY.resolve("profiles/17-ung-17-koerestol-gratis-paragliding.json"));
        MatchResult r = service.match(p, 10, MatchQualityTest.TODAY);
        assertThat(r.nothingFits()).isTrue();
        assertThat(r.unmatched()).containsExactly("paragliding");
        assertThat(r.matches()).isNotEmpty().allSatisfy(m -> {
            assertThat(m.evidence()).isEmpty();
            assertThat(m.reasons()).noneMatch(x -> x.contains("Ikke oplyst"));
            assertThat(dk.henvis.catalog.StatedConditions.of(m.offer()).needsReferral()).isFalse();
        });
        CitizenProfile both = new CitizenProfile(70, "3630", null, List.of("paragliding", "strikke"), java.util.Set.of(), null,
                List.of(), null, List.of(), List.of());
        MatchResult partly = service.match(both, 10, MatchQualityTest.TODAY);
        assertThat(partly.nothingFits()).isFalse();
        assertThat(partly.unmatched()).containsExactly("paragliding");
        assertThat(partly.matches()).isNotEmpty().allSatisfy(m -> assertThat(m.evidence()).isNotEmpty());
    }

    /** The list is in the order of the score shown, and "next" counts from the time of day. */
    @Test
    void theListIsInTheOrderOfTheScoreShownAndNextCountsFromNow() throws IOException {
        MatchingService service = messyService(dir);
        for (Run r : runs(service)) {
            List<Double> scores = r.result().matches().stream().map(Match::score).toList();
            assertThat(scores).as(r.file()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
        CitizenProfile kor = new CitizenProfile(null, null, null, List.of("synge"), java.util.Set.of(), null,
                List.of(), null, List.of(), List.of());
        // Friday 4 December 2026: "Syng sammen" meets Fridays 10:00
        java.time.LocalDateTime friday = java.time.LocalDateTime.of(2026, 12, 4, 16, 55);
        Match syng = service.match(kor, 10, friday).matches().stream()
                .filter(m -> m.offer().id().equals("m-syng-sammen")).findFirst().orElseThrow();
        assertThat(syng.next()).isEqualTo(java.time.LocalDateTime.of(2026, 12, 11, 10, 0));
        Match morning = service.match(kor, 10, friday.withHour(9)).matches().stream()
                .filter(m -> m.offer().id().equals("m-syng-sammen")).findFirst().orElseThrow();
        assertThat(morning.next()).isEqualTo(java.time.LocalDateTime.of(2026, 12, 4, 10, 0));
    }

    static List<Run> sampleRuns(Path dir) throws IOException {
        MatchingService service = MatchQualityTest.sampleService(dir);
        ProfileReader reader = new ProfileReader(Gazetteer.bundled());
        List<Run> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(MatchQualityTest.SAMPLE.resolve("profiles"))) {
            for (Path file : files.sorted().toList()) {
                CitizenProfile p = reader.read(file);
                out.add(new Run("sample/" + file.getFileName(), p, service.match(p, 10, MatchQualityTest.TODAY), null));
            }
        }
        return out;
    }

    private static String ownText(dk.henvis.catalog.Offer o, Evidence.Field field) {
        return switch (field) {
            case NAME -> o.name();
            case ALTERNATE_NAME -> o.alternateName();
            case DESCRIPTION -> o.description();
            case ELIGIBILITY -> o.eligibility();
            case CATEGORY -> String.join(" | ", o.categories());
            case TAG -> String.join(" | ", o.tags()) + (o.locations().stream().allMatch(l -> l.online()) ? " online" : "");
            case TARGET_GROUP -> String.join(" | ", o.targetGroups());
        };
    }

    /** The word as a whole word (or whole phrase) of the text, case-insensitively. */
    static boolean containsWord(String text, String word) {
        if (text == null || word == null || word.isBlank()) {
            return false;
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int at = t.indexOf(w);
        while (at >= 0) {
            int end = at + w.length();
            boolean start = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            boolean stop = end >= t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (start && stop) {
                return true;
            }
            at = t.indexOf(w, at + 1);
        }
        return false;
    }

    static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }
}
