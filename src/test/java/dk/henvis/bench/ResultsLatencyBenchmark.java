package dk.henvis.bench;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.InterestVocabulary;
import dk.henvis.matching.MatchingService;
import dk.henvis.settings.StaffUnit;
import dk.henvis.formats.CatalogImporter;
import dk.henvis.ui.citizen.CitizenViewModel;
import dk.henvis.ui.citizen.ResultsViewModel;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;

/**
 * How soon the suggestions follow the typing on a 10,000-offer catalogue: from the last keystroke of
 * an interest word (typed one letter every 120 ms into the citizen view-model, on the JavaFX thread)
 * to the results list being replaced, through the real debounce, the task executor and the matching
 * service. The floor is one {@code match()} call alone on the same catalogue.
 *
 * <p>{@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.bench.ResultsLatencyBenchmark}
 */
public final class ResultsLatencyBenchmark {
    private static final int OFFERS = 10_000;
    private static final List<String> WORDS = List.of("synge", "strikke", "kortspil", "motion", "fodbold",
            "læsning", "maling", "gåtur", "kaffe", "musik", "skak", "dans", "natur", "madlavning", "billard");

    private ResultsLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.out.println("ResultsLatencyBenchmark " + BenchSupport.machine());
        Path dir = BenchSupport.workFolder("henvis-latency");
        Database db = Database.open(dir.resolve("henvis.db"));
        OfferStore store = new OfferStore(db);
        new CatalogImporter(store, Clock.systemUTC()).importFiles("eksempel",
                List.of(Path.of("sample-data/frederikssund-hsds.json")));
        List<Offer> sample = store.active();
        List<Offer> many = new ArrayList<>();
        for (int i = 0; many.size() < OFFERS; i++) {
            Offer o = sample.get(i % sample.size());
            many.add(copy(o, "b" + i, i));
        }
        store.write("bench", OfferStore.Mode.MERGE, Instant.now(), sink -> many.forEach(sink));
        System.out.println("catalogue: " + store.active().size() + " active offers");
        MatchingService matching = new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled());
        matching.warmUp();

        // floor: match() alone
        CitizenProfile base = new CitizenViewModel(Gazetteer.bundled(), StaffUnit.DOEGNPLEJEN).toProfile();
        double[] floor = new double[WORDS.size() * 3];
        for (int r = 0; r < floor.length; r++) {
            CitizenProfile p = new CitizenProfile(78, "3630", null, List.of(WORDS.get(r % WORDS.size())),
                    base.needs(), null, List.of(), base.focus(), base.groups(), List.of());
            long t0 = System.nanoTime();
            matching.match(p, ResultsViewModel.TOP, LocalDate.now());
            floor[r] = (System.nanoTime() - t0) / 1e6;
        }

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        JavaFxTaskExecutor executor = new JavaFxTaskExecutor();
        CitizenViewModel[] citizen = new CitizenViewModel[1];
        ResultsViewModel[] results = new ResultsViewModel[1];
        onFx(() -> {
            citizen[0] = new CitizenViewModel(Gazetteer.bundled(), StaffUnit.DOEGNPLEJEN);
            results[0] = new ResultsViewModel(matching::match, executor, Clock.systemDefaultZone(),
                    citizen[0]::toProfile);
            citizen[0].onChange(results[0]::profileChanged);
            citizen[0].ageProperty().set("78");
            citizen[0].homeProperty().set("3630");
        });
        Thread.sleep(500);
        int rounds = WORDS.size() * 2;
        double[] latency = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            String word = WORDS.get(r % WORDS.size());
            long[] lastKey = new long[1];
            CompletableFuture<Long> updated = new CompletableFuture<>();
            ListChangeListener<Object> listener = c -> {
                if (lastKey[0] != 0) {
                    updated.complete(System.nanoTime());
                }
            };
            onFx(() -> {
                citizen[0].interestDraftProperty().set("");
                results[0].matches().addListener(listener);
            });
            Thread.sleep(300);
            for (int i = 1; i <= word.length(); i++) {
                String typed = word.substring(0, i);
                boolean last = i == word.length();
                onFx(() -> {
                    citizen[0].interestDraftProperty().set(typed);
                    if (last) {
                        lastKey[0] = System.nanoTime();
                    }
                });
                if (!last) {
                    Thread.sleep(120);
                }
            }
            long done = updated.get(10, TimeUnit.SECONDS);
            latency[r] = (done - lastKey[0]) / 1e6;
            onFx(() -> results[0].matches().removeListener(listener));
        }
        System.out.printf("floor   match() alone on %d offers   p50 %5.1f ms  p95 %5.1f ms%n", OFFERS,
                BenchSupport.percentile(floor, 50), BenchSupport.percentile(floor, 95));
        System.out.printf("latency last keystroke -> list updated (debounce %d ms)  p50 %5.1f ms  p95 %5.1f ms  max %5.1f ms%n",
                ResultsViewModel.DEBOUNCE.toMillis(), BenchSupport.percentile(latency, 50),
                BenchSupport.percentile(latency, 95), BenchSupport.percentile(latency, 100));
        executor.shutdown();
        Platform.exit();
        System.exit(0);
    }

    private static Offer copy(Offer o, String id, int i) {
        List<Location> locs = o.locations().stream().map(l -> l.hasCoordinates()
                ? new Location(l.id(), l.name(), l.street(), l.postcode(), l.city(),
                        l.latitude() + ((i % 17) - 8) * 0.002, l.longitude() + ((i % 13) - 6) * 0.003,
                        l.transport(), l.access(), l.accessibility(), l.online())
                : l).toList();
        return new Offer(new OfferKey("bench", id), o.name() + " " + (i / 146), o.alternateName(), o.description(),
                o.url(), o.email(), o.status(), o.organisation(), locs, o.schedules(), o.ages(), o.cost(),
                o.categories(), o.tags(), o.languages(), o.contacts(), o.focus(), o.targetGroups(), o.audienceSex(),
                o.eligibility(), o.openDropIn(), o.lastChecked(), null);
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            r.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }
}
