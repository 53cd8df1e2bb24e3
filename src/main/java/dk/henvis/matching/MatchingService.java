package dk.henvis.matching;

import dk.henvis.catalog.DuplicateDetector;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.OfferKey;
import java.util.HashMap;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.GeoPoint;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.ScheduleCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Ranks the active catalogue for one citizen (contract §2, §3): drops the offers that break a hard
 * rule, scores the rest (see {@code src/site/adr/*-matching-score.md}), folds near-duplicates, keeps the
 * first five varied across the citizen's interests and explains each match in Danish.
 * The index is built on first use — or read from the file it was kept in, while the catalogue is exactly as it was
 * then (ADR 0024) — and again after {@link #refresh()}.
 */
public final class MatchingService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MatchingService.class);
    /**
     * What the service matches against: the active offers, how many offers are not active, and the active offers'
     * content hashes where the store gave them (the key of their stated conditions in {@link AnalysisCache}).
     */
    public record Catalogue(List<Offer> active, int inactive, Map<OfferKey, String> contentHashes) {
        public Catalogue(List<Offer> active, int inactive) {
            this(active, inactive, Map.of());
        }
    }

    private final Supplier<Catalogue> catalogue;
    private final Gazetteer gazetteer;
    private final InterestVocabulary vocabulary;
    /** Where the offers' analysis is kept between starts ({@link AnalysisCache}), or null. */
    private final Path analysisFile;
    /** Where the whole index is kept between starts ({@link IndexSnapshot}), or null. */
    private final Path indexFile;
    /** The store the catalogue comes from (its fingerprint, the offers a kept index shows), or null. */
    private final OfferStore store;
    private volatile Built built;

    /**
     * @param sourcesOf the sources of each offer that stands for a cross-source duplicate group
     * @param kept      true when the index was read from its file ({@link IndexSnapshot}), not built
     */
    record Built(OfferIndex index, int inactive, Map<OfferKey, List<String>> sourcesOf, boolean kept) {
    }

    public MatchingService(OfferStore store, Gazetteer gazetteer, InterestVocabulary vocabulary) {
        this(store, gazetteer, vocabulary, null, null);
    }

    /**
     * @param analysisFile where the analysis of the offers' texts is kept between starts (issue 17: a start then
     *                     reads it instead of analysing every offer again), or null to analyse at every build
     */
    public MatchingService(OfferStore store, Gazetteer gazetteer, InterestVocabulary vocabulary, Path analysisFile) {
        this(store, gazetteer, vocabulary, analysisFile, null);
    }

    /**
     * @param analysisFile as above
     * @param indexFile    where the whole index is kept between starts (ADR 0024: a start whose catalogue is as it
     *                     was reads it instead of every offer), or null to build it at every start
     */
    public MatchingService(OfferStore store, Gazetteer gazetteer, InterestVocabulary vocabulary, Path analysisFile,
            Path indexFile) {
        this(() -> {
            OfferStore.Hashed active = store.activeHashed();
            return new Catalogue(active.offers(), Math.max(0, store.count() - active.offers().size()),
                    active.contentHashes());
        }, gazetteer, vocabulary, analysisFile, indexFile, store);
    }

    public MatchingService(Supplier<Catalogue> catalogue, Gazetteer gazetteer, InterestVocabulary vocabulary) {
        this(catalogue, gazetteer, vocabulary, null, null, null);
    }

    /** The constructors' common end; {@code catalogue} reads {@code store} (tests give one that also writes to it). */
    MatchingService(Supplier<Catalogue> catalogue, Gazetteer gazetteer, InterestVocabulary vocabulary,
            Path analysisFile, Path indexFile, OfferStore store) {
        this.catalogue = catalogue;
        this.gazetteer = gazetteer;
        this.vocabulary = vocabulary;
        this.analysisFile = analysisFile;
        this.indexFile = indexFile;
        this.store = store;
    }

    /** A service over a fixed list of offers (inactive ones among them are excluded by the rules). */
    public static MatchingService of(List<Offer> offers, Gazetteer gazetteer, InterestVocabulary vocabulary) {
        List<Offer> active = offers.stream().filter(Offer::isActive).toList();
        return new MatchingService(() -> new Catalogue(active, offers.size() - active.size()), gazetteer, vocabulary);
    }

    public InterestVocabulary vocabulary() {
        return vocabulary;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Forget the index; the next match rebuilds it from the catalogue (after an import or sync). */
    public void refresh() {
        built = null;
    }

    /** True when the index in use was read from the file it is kept in between starts, not built (ADR 0024). */
    boolean indexKept() {
        return built().kept();
    }

    /** Builds the index now (the GUI warms it in the background); returns the number of active offers. */
    public int warmUp() {
        return built().index().size;
    }

    private Built built() {
        return built(true);
    }

    /** @param kept whether an index kept from an earlier start may be used (not after one proved out of date) */
    private Built built(boolean kept) {
        Built b = built;
        if (b == null) {
            synchronized (this) {
                b = built;
                if (b == null) {
                    long started = System.nanoTime();
                    // the version (a hash of the code) on the other core while SQLite reads the fingerprint, then
                    // the reader of the offers a match will show
                    java.util.concurrent.CompletableFuture<String> versionAhead = indexFile == null ? null
                            : java.util.concurrent.CompletableFuture.supplyAsync(
                                    () -> IndexSnapshot.version(vocabulary, gazetteer));
                    if (indexFile != null && kept) {
                        java.util.concurrent.CompletableFuture.runAsync(dk.henvis.catalog.OfferJson::prepare);
                    }
                    String fingerprint = indexFile == null ? null : store.activeFingerprint();
                    String version = indexFile == null ? null : versionAhead.join();
                    b = kept ? IndexSnapshot.read(indexFile, version, fingerprint, vocabulary) : null;
                    if (b == null) {
                        b = build();
                        built = b; // a match on another thread need not wait for the file
                        // kept only when the catalogue did not change while it was read: the index is then the one
                        // of exactly the catalogue the fingerprint says
                        if (fingerprint != null && fingerprint.equals(store.activeFingerprint())) {
                            IndexSnapshot.write(indexFile, version, fingerprint, b);
                        }
                    }
                    built = b;
                    LOG.info("Matching index of {} offers {} in {} ms", b.index().size,
                            b.kept() ? "read from its file" : "built", (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        return b;
    }

    /** Reads the catalogue and builds its index, reading and keeping the offers' analysis where there is a file. */
    private Built build() {
        Catalogue c = catalogue.get();
        // the same activity from several sources is indexed once (the most recently verified copy)
        List<DuplicateDetector.Group> groups = DuplicateDetector.groups(c.active());
        Map<OfferKey, List<String>> sourcesOf = new HashMap<>();
        List<Offer> shown = new ArrayList<>(groups.size());
        for (DuplicateDetector.Group g : groups) {
            shown.add(g.primary());
            if (g.isDuplicate()) {
                sourcesOf.put(g.primary().key(), g.sources());
            }
        }
        AnalysisCache cache = analysisFile == null ? null : AnalysisCache.open(analysisFile, vocabulary);
        Built b = new Built(new OfferIndex(shown, vocabulary, gazetteer, cache, c.contentHashes()), c.inactive(),
                Map.copyOf(sourcesOf), false);
        if (cache != null) {
            cache.save(shown.stream().map(Offer::key).toList());
        }
        return b;
    }

    /** The best {@code top} offers for the profile, best first; next sessions count from the start of {@code today}. */
    public MatchResult match(CitizenProfile profile, int top, LocalDate today) {
        return match(profile, top, today.atStartOfDay());
    }

    /**
     * The best {@code top} offers for the profile, best first, in the order of the score shown; next
     * sessions count from {@code now} (date and time).
     */
    public MatchResult match(CitizenProfile profile, int top, LocalDateTime now) {
        MatchResult r = match(built(), profile, top, now);
        if (r == null) {
            // an index kept from an earlier start met an offer that changed since (another program wrote the
            // catalogue before this one was told): built again from the catalogue as it is
            Built fresh;
            synchronized (this) {
                built = null;
                fresh = built(false);
            }
            r = match(fresh, profile, top, now);
            if (r == null) {
                throw new IllegalStateException("an index built from the catalogue lacks an offer it ranked");
            }
        }
        return r;
    }

    /** The match on this index; null when the offers it shows are no longer as the index has them. */
    private MatchResult match(Built b, CitizenProfile profile, int top, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        OfferIndex idx = b.index();
        Query q = new Query(profile, idx, vocabulary, gazetteer, today);
        Map<HardRule, Integer> byRule = new EnumMap<>(HardRule.class);
        if (b.inactive() > 0) {
            byRule.put(HardRule.NOT_ACTIVE, b.inactive());
        }
        int excluded = b.inactive();
        int poolSize = Math.max(40, top * 4);
        float[] scores = new float[idx.size];
        PriorityQueue<Integer> pool = new PriorityQueue<>(poolSize + 1,
                (x, y) -> Float.compare(q.sortKey(x, scores), q.sortKey(y, scores)));
        for (int o = 0; o < idx.size; o++) {
            HardRule broken = q.broken(o);
            if (broken != null) {
                byRule.merge(broken, 1, Integer::sum);
                excluded++;
                continue;
            }
            if (q.nothingFits ? !q.openFallback(o) : !q.speaksOf(o)) {
                // kept (not excluded by a rule), but not about anything the worker asked for
                continue;
            }
            scores[o] = q.score(o);
            if (pool.size() < poolSize) {
                pool.add(o);
            } else if (q.sortKey(o, scores) > q.sortKey(pool.peek(), scores)) {
                pool.poll();
                pool.add(o);
            }
        }
        List<Integer> ranked = new ArrayList<>(pool);
        ranked.sort((x, y) -> Float.compare(q.sortKey(y, scores), q.sortKey(x, scores)));
        List<Integer> chosen = diversify(dedupe(ranked, idx), q, scores, top);
        if (!idx.load(chosen, keys -> store.findCurrent(keys))) {
            return null;
        }
        ReasonWriter reasons = new ReasonWriter(q, idx);
        List<Match> matches = new ArrayList<>(chosen.size());
        double shown = 1.0;
        for (int o : chosen) {
            Offer offer = idx.offer(o);
            LocalDateTime next = ScheduleCalendar.next(offer.schedules(), now).orElse(null);
            Double km = q.distanceKm(o);
            // one order: an offer placed after another (for variety, or below the citizen's own-sex offers)
            // shows at most the score of the one above it
            shown = Math.min(shown, Math.min(1.0, scores[o]));
            List<Evidence> evidence = new ArrayList<>();
            List<String> why = reasons.reasons(o, km, next, evidence);
            matches.add(new Match(offer, shown, km, next, why,
                    b.sourcesOf().getOrDefault(offer.key(), List.of(offer.key().source())), evidence));
        }
        return new MatchResult(matches, excluded, byRule, q.unmatched, q.nothingFits);
    }

    private static List<Integer> dedupe(List<Integer> ranked, OfferIndex idx) {
        List<Integer> out = new ArrayList<>(ranked.size());
        Set<String> seen = new HashSet<>();
        List<Integer> kept = new ArrayList<>();
        for (int o : ranked) {
            boolean dup = false;
            if (!seen.add(idx.dedupeKey[o])) {
                for (int k : kept) {
                    if (idx.dedupeKey[k].equals(idx.dedupeKey[o])
                            && (idx.dayMask[k] == 0 || idx.dayMask[o] == 0 || idx.dayMask[k] == idx.dayMask[o])) {
                        dup = true;
                        break;
                    }
                }
            }
            if (!dup) {
                out.add(o);
                kept.add(o);
            }
        }
        return out;
    }

    /**
     * The first five places cover the citizen's several interests: when an interest is not yet served by
     * an earlier pick and a good offer for it (fit at least 0.5) scores at least {@value #DIVERSITY_FLOOR}
     * of the best remaining offer, it takes the place before that best offer.
     */
    private static List<Integer> diversify(List<Integer> ranked, Query q, float[] scores, int top) {
        List<Integer> rest = new ArrayList<>(ranked);
        List<Integer> out = new ArrayList<>(Math.min(top, ranked.size()));
        int k = q.interestCount();
        boolean[] covered = new boolean[k];
        while (out.size() < top && !rest.isEmpty()) {
            int pickAt = 0;
            if (k >= 2 && out.size() < 5) {
                float floor = DIVERSITY_FLOOR * q.sortKey(rest.get(0), scores);
                float best = Float.NEGATIVE_INFINITY;
                for (int i = 0; i < rest.size(); i++) {
                    int o = rest.get(i);
                    float key = q.sortKey(o, scores);
                    if (key < floor) {
                        break;
                    }
                    if (key > best && servesUncovered(q, o, covered)) {
                        best = key;
                        pickAt = i;
                    }
                }
            }
            int o = rest.remove(pickAt);
            for (int i = 0; i < k; i++) {
                if (q.interestFit[i][o] >= SERVES) {
                    covered[i] = true;
                }
            }
            out.add(o);
        }
        return out;
    }

    private static final float DIVERSITY_FLOOR = 0.8f;
    private static final float SERVES = 0.5f;

    private static boolean servesUncovered(Query q, int o, boolean[] covered) {
        boolean anyUncovered = false;
        for (int i = 0; i < covered.length; i++) {
            if (!covered[i]) {
                anyUncovered = true;
                if (q.interestFit[i][o] >= SERVES) {
                    return true;
                }
            }
        }
        return !anyUncovered;
    }

    /** Where the profile lives, or null. */
    GeoPoint home(CitizenProfile p) {
        return ProfileReader.homeOf(p, gazetteer);
    }

    static FocusLevel focusOf(byte code) {
        return code < 0 ? null : FocusLevel.values()[code];
    }
}
