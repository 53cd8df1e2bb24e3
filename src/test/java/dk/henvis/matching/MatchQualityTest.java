package dk.henvis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.Access;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.GeoPoint;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.Schedule;
import dk.henvis.catalog.ScheduleCalendar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sample catalogue and the picks a skilled worker made for the sample profiles: the ranking must
 * reach nDCG@5 ≥ 0.85 on average (issue 14; the messy set in {@link MessyMatchQualityTest} must too) (gain 2 ideal, 1 acceptable), and no returned offer may break a hard
 * rule, checked here independently of the engine's own rule code.
 */
class MatchQualityTest {
    static final Path SAMPLE = Path.of("sample-data");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    /** The sample catalogue imported by the product's importer into a fresh database. */
    static MatchingService sampleService(Path dir) {
        OfferStore store = new OfferStore(Database.open(dir.resolve("sample.db")));
        new CatalogImporter(store, Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC))
                .importFiles("sample", List.of(SAMPLE.resolve("frederikssund-hsds.json")));
        return new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled());
    }

    @Test
    void rankingReachesNdcgOfPointEightFiveAndBreaksNoHardRule() throws IOException {
        MatchingService service = sampleService(dir);
        JsonNode expected = new ObjectMapper().readTree(SAMPLE.resolve("expected-picks.json").toFile());
        ProfileReader reader = new ProfileReader(Gazetteer.bundled());
        List<String> report = new ArrayList<>();
        List<String> breaks = new ArrayList<>();
        double sum = 0;
        int n = 0;
        try (Stream<Path> files = Files.list(SAMPLE.resolve("profiles"))) {
            for (Path file : files.sorted().toList()) {
                CitizenProfile p = reader.read(file);
                MatchResult r = service.match(p, 10, TODAY);
                for (Match m : r.matches()) {
                    String why = breaks(p, m.offer());
                    if (why != null) {
                        breaks.add(file.getFileName() + ": " + m.offer().id() + " " + why);
                    }
                }
                JsonNode picks = expected.get(file.getFileName().toString());
                if (picks == null) {
                    continue;
                }
                List<String> ideal = list(picks.get("ideal"));
                List<String> acceptable = list(picks.get("acceptable"));
                List<String> got = r.matches().stream().map(m -> m.offer().id()).toList();
                double ndcg = ndcg(got, ideal, acceptable, 5);
                sum += ndcg;
                n++;
                report.add(String.format("%.3f %s top5=%s ideal=%s acceptable=%s", ndcg, file.getFileName(),
                        got.subList(0, Math.min(5, got.size())), ideal, acceptable));
            }
        }
        double mean = sum / n;
        report.forEach(System.out::println);
        System.out.printf("mean nDCG@5 = %.3f over %d profiles%n", mean, n);
        assertThat(breaks).as("returned offers that break a hard rule").isEmpty();
        assertThat(n).isGreaterThanOrEqualTo(12);
        assertThat(mean).as("mean nDCG@5\n" + String.join("\n", report)).isGreaterThanOrEqualTo(0.85);
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    static double ndcg(List<String> got, List<String> ideal, List<String> acceptable, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, got.size()); i++) {
            dcg += gain(got.get(i), ideal, acceptable) / log2(i + 2);
        }
        List<Integer> gains = new ArrayList<>();
        ideal.forEach(x -> gains.add(2));
        acceptable.forEach(x -> gains.add(1));
        double idcg = 0;
        for (int i = 0; i < Math.min(k, gains.size()); i++) {
            idcg += gains.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 1 : dcg / idcg;
    }

    private static int gain(String id, List<String> ideal, List<String> acceptable) {
        return ideal.contains(id) ? 2 : acceptable.contains(id) ? 1 : 0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The contract's hard rules, written out plainly from the offer record; null when none is broken. */
    static String breaks(CitizenProfile p, Offer o) {
        if (!o.isActive()) {
            return "not active";
        }
        if (p.age() != null && !o.ages().admits(p.age())) {
            return "age";
        }
        GeoPoint home = p.home() != null ? p.home()
                : Gazetteer.bundled().byPostcode(p.postcode()).map(Gazetteer.Place::point).orElse(null);
        boolean online = !o.locations().isEmpty() && o.locations().stream().allMatch(Location::online);
        if (home != null && p.maxDistanceKm() != null && !online) {
            Location l = o.locations().stream().filter(x -> !x.online() && x.hasCoordinates()).findFirst()
                    .orElse(null);
            if (l != null && home.distanceKm(new GeoPoint(l.latitude(), l.longitude())) > p.maxDistanceKm()) {
                return "distance";
            }
        }
        boolean stepFree = o.locations().stream().anyMatch(l -> l.access() == Access.STEP_FREE);
        boolean notStepFree = o.locations().stream().anyMatch(l -> l.access() == Access.NOT_STEP_FREE);
        if (p.needs().contains(Need.WHEELCHAIR) && notStepFree && !stepFree) {
            return "wheelchair";
        }
        if (p.needs().contains(Need.FREE) && o.cost().isKnown() && !o.cost().isFree()) {
            return "free";
        }
        List<Schedule> timed = o.schedules().stream().filter(s -> s.isStructured() && s.opensAt() != null).toList();
        if (p.needs().contains(Need.DAYTIME) && !timed.isEmpty() && timed.stream().noneMatch(
                s -> !s.opensAt().isBefore(LocalTime.of(8, 0)) && s.opensAt().isBefore(LocalTime.of(17, 0)))) {
            return "daytime";
        }
        if (p.needs().contains(Need.EVENING) && !timed.isEmpty()
                && timed.stream().noneMatch(s -> !s.opensAt().isBefore(LocalTime.of(17, 0)))) {
            return "evening";
        }
        if (p.needs().contains(Need.WOMEN_ONLY) && o.audienceSex() == AudienceSex.MEN
                || p.needs().contains(Need.MEN_ONLY) && o.audienceSex() == AudienceSex.WOMEN) {
            return "sex";
        }
        if (!p.availability().isEmpty()) {
            boolean anyStructured = o.schedules().stream().anyMatch(Schedule::isStructured);
            boolean overlap = false;
            for (Schedule s : o.schedules()) {
                if (!s.isStructured()) {
                    continue;
                }
                for (DayOfWeek d : ScheduleCalendar.days(s)) {
                    for (Availability a : p.availability()) {
                        if (a.day() != d) {
                            continue;
                        }
                        if (s.opensAt() == null) {
                            overlap = true;
                            continue;
                        }
                        LocalTime end = s.closesAt() != null && s.closesAt().isAfter(s.opensAt()) ? s.closesAt()
                                : s.opensAt().plusHours(1);
                        if (s.opensAt().isBefore(a.to()) && a.from().isBefore(end)) {
                            overlap = true;
                        }
                    }
                }
            }
            if (anyStructured && !overlap) {
                return "availability";
            }
        }
        return null;
    }
}
