package dk.henvis.matching;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.GeoPoint;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.Schedule;
import dk.henvis.catalog.ScheduleCalendar;
import dk.henvis.catalog.StatedConditions;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The active catalogue prepared for matching, built once: per offer the facts the hard rules and the
 * score need as primitive arrays (ages, coordinates, access, price, sex, sessions, language), and the
 * concepts and stems of its texts as inverted postings, so a match is a scan of arrays.
 */
final class OfferIndex {
    /** Field weights: where a word stands says how much the offer is about it. */
    static final float NAME = 1f;
    static final float ALTERNATE = 0.8f;
    static final float TAG = 0.9f;
    static final float CATEGORY = 0.85f;
    static final float TARGET = 0.9f;
    static final float DESCRIPTION = 0.6f;
    static final float ELIGIBILITY = 0.5f;
    private static final int Q = 15;
    private static final int CHUNK = 2048;
    private static final int SHIFT = 4;
    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime EVENING = LocalTime.of(17, 0);

    /**
     * The offers, by number. An index read from its snapshot holds only those a match has shown ({@link #load});
     * a built one holds all.
     */
    private final Offer[] offers;
    final OfferKey[] keys;
    /** The first 64 bits of each offer's content hash in the store, 0 where none was given. */
    final long[] contentHash;
    final int size;
    final byte[] focus;
    final int[] ageMin;
    final int[] ageMax;
    final double[] lat;
    final double[] lon;
    final boolean[] online;
    final byte[] access;
    final byte[] cost;
    final float[] amount;
    final byte[] transport;
    final byte[] sex;
    final boolean[] timed;
    final boolean[] daytime;
    final boolean[] evening;
    final int[] sessionStart;
    final int[] sessions;
    final long[] languages;
    final int[] lastChecked;
    final byte[] dayMask;
    final byte[] untimedDays;
    final int[] lastDay;
    final String[] dedupeKey;
    final boolean[] hasTargets;
    final byte[] targetFlags;
    static final int TARGET_SENIOR = 1;
    static final int TARGET_YOUNG = 2;
    /**
     * What each offer states (fields and text), read once when the index is built; in an index read from its
     * snapshot, decoded from {@link #conditionBytes} when first asked for ({@link #conditions(int)}).
     */
    private final StatedConditions[] conditions;
    /** The snapshot's encoded conditions and where each offer's begin (size + 1 entries), or null. */
    private final byte[] conditionBytes;
    private final int[] conditionStart;
    /** True when the offer says it takes a referral (or a visitation) first. */
    final boolean[] needsReferral;
    /** True when the offer has no physical place: access and distance do not apply. */
    final boolean[] placeless;
    /** How specific each concept is in this catalogue: 1 for rare concepts, down to 0.5 for the broadest. */
    final float[] conceptSpecificity;
    final int[][] conceptPostings;
    final Map<String, int[]> stemPostings;
    private final Map<String, Integer> languageBits = new HashMap<>();
    final InterestVocabulary vocabulary;

    static final byte UNKNOWN = 0;
    static final byte YES = 1;
    static final byte NO = 2;

    /** Where in the offer a word was found; only the offer's own texts are evidence. */
    enum Where { NAME, ALTERNATE, TAG, CATEGORY, TARGET, DESCRIPTION, ELIGIBILITY, ONLINE }

    /** The word of the offer's own text that gave a concept or stem its weight, and where it stands. */
    record Found(String word, Where where) {
    }

    /** One analysed offer: the best weight per concept and per stem, with the field text that gave it. */
    static final class Terms {
        final Map<Integer, Float> concepts = new HashMap<>();
        /** The word (or whole tag/category) that gave a concept its best weight. */
        final Map<Integer, Found> conceptFound = new HashMap<>();
        final Map<String, Float> stems = new HashMap<>();
        final Map<String, Found> stemFound = new HashMap<>();
        /** True when the offer's name speaks of an interest that is not a broad one. */
        boolean nameSpecific;
        /** For the index build: the stems by number and their quantised weights ({@link #number}). */
        int[] stemIds;
        int[] stemWeights;

        /** Numbers the stems (safe in parallel), so the postings are filled by array index. */
        void number(StemIds ids) {
            stemIds = new int[stems.size()];
            stemWeights = new int[stems.size()];
            int k = 0;
            for (Map.Entry<String, Float> e : stems.entrySet()) {
                stemIds[k] = ids.of(e.getKey());
                stemWeights[k++] = quantise(e.getValue());
            }
        }
    }

    /** A number per distinct stem, handed out to parallel threads. */
    static final class StemIds {
        private final java.util.concurrent.ConcurrentHashMap<String, Integer> ids =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        int of(String stem) {
            Integer id = ids.get(stem);
            return id != null ? id : ids.computeIfAbsent(stem, s -> next.getAndIncrement());
        }

        String[] byNumber() {
            String[] out = new String[next.get()];
            ids.forEach((stem, id) -> out[id] = stem);
            return out;
        }
    }

    OfferIndex(List<Offer> active, InterestVocabulary vocabulary, Gazetteer gazetteer) {
        this(active, vocabulary, gazetteer, null, Map.of());
    }

    /**
     * @param cache         the analyses of an earlier build to reuse and to add this build's to, or null
     * @param contentHashes the offers' content hashes, which key their stated conditions in the cache (an offer
     *                      without one has its conditions read from its texts)
     */
    OfferIndex(List<Offer> active, InterestVocabulary vocabulary, Gazetteer gazetteer, AnalysisCache cache,
            Map<OfferKey, String> contentHashes) {
        this.vocabulary = vocabulary;
        List<Offer> list = active.stream().filter(Offer::isActive).toList();
        size = list.size();
        offers = list.toArray(new Offer[0]);
        keys = new OfferKey[size];
        contentHash = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = offers[i].key();
            contentHash[i] = AnalysisCache.hashOf(contentHashes.get(keys[i]));
        }
        focus = new byte[size];
        ageMin = new int[size];
        ageMax = new int[size];
        lat = new double[size];
        lon = new double[size];
        online = new boolean[size];
        access = new byte[size];
        cost = new byte[size];
        amount = new float[size];
        transport = new byte[size];
        sex = new byte[size];
        timed = new boolean[size];
        daytime = new boolean[size];
        evening = new boolean[size];
        sessionStart = new int[size + 1];
        languages = new long[size];
        lastChecked = new int[size];
        dayMask = new byte[size];
        untimedDays = new byte[size];
        lastDay = new int[size];
        dedupeKey = new String[size];
        hasTargets = new boolean[size];
        targetFlags = new byte[size];
        placeless = new boolean[size];
        needsReferral = new boolean[size];
        conditions = new StatedConditions[size];
        conditionBytes = null;
        conditionStart = null;
        java.util.stream.IntStream.range(0, size).parallel()
                .forEach(k -> conditions[k] = conditionsOf(offers[k], cache, contentHashes.get(offers[k].key())));
        IntList sessionList = new IntList();
        IntList[] concepts = new IntList[vocabulary.concepts().size()];
        // stems numbered as they are met (in parallel), their postings in offer order by number
        StemIds stemIds = new StemIds();
        List<IntList> stems = new ArrayList<>();
        Terms[] chunk = new Terms[CHUNK];
        // the words of the catalogue, each analysed once for this build and dropped with it
        DanishTextAnalyzer.WordMemory words = new DanishTextAnalyzer.WordMemory();
        for (int i = 0; i < size; i++) {
            Offer o = offers[i];
            if (i % CHUNK == 0) {
                // Text analysis and the facts are independent per offer: a chunk at a time in parallel; what
                // grows shared lists (languages, sessions, postings) follows in order.
                int from = i;
                int to = Math.min(size, i + CHUNK);
                java.util.stream.IntStream.range(from, to).parallel().forEach(k -> {
                    facts(k, offers[k], gazetteer);
                    Terms terms = termsOf(offers[k], words, cache);
                    terms.number(stemIds);
                    chunk[k - from] = terms;
                });
            }
            long mask = 0;
            for (String lang : o.languages()) {
                mask |= languageBit(lang);
            }
            languages[i] = mask;
            sessionStart[i] = sessionList.size;
            sessionsOf(i, o, sessionList);
            Terms t = chunk[i % CHUNK];
            chunk[i % CHUNK] = null;
            for (Map.Entry<Integer, Float> e : t.concepts.entrySet()) {
                int c = e.getKey();
                if (concepts[c] == null) {
                    concepts[c] = new IntList();
                }
                concepts[c].add(i << SHIFT | quantise(e.getValue()));
            }
            for (int k = 0; k < t.stemIds.length; k++) {
                int id = t.stemIds[k];
                while (stems.size() <= id) {
                    stems.add(new IntList());
                }
                stems.get(id).add(i << SHIFT | t.stemWeights[k]);
            }
        }
        sessionStart[size] = sessionList.size;
        sessions = sessionList.toArray();
        conceptPostings = new int[concepts.length][];
        for (int c = 0; c < concepts.length; c++) {
            conceptPostings[c] = concepts[c] == null ? new int[0] : concepts[c].toArray();
        }
        String[] stemOf = stemIds.byNumber();
        Map<String, int[]> sp = new HashMap<>(stemOf.length * 2);
        for (int id = 0; id < stems.size(); id++) {
            sp.put(stemOf[id], stems.get(id).toArray());
        }
        stemPostings = sp;
        conceptSpecificity = new float[concepts.length];
        for (int c = 0; c < concepts.length; c++) {
            conceptSpecificity[c] = specificity(conceptPostings[c].length);
        }
    }

    /**
     * The offer's stated conditions: kept from an earlier build when the offer's content is exactly as it was then
     * (its content hash) and the reading code is the same (the cache's version), else read from its texts.
     */
    private static StatedConditions conditionsOf(Offer o, AnalysisCache cache, String contentHash) {
        if (cache == null || contentHash == null) {
            return StatedConditions.of(o);
        }
        StatedConditions kept = cache.conditions(o.key(), contentHash);
        if (kept != null) {
            return kept;
        }
        StatedConditions read = StatedConditions.of(o);
        cache.conditionsRead(o.key(), contentHash, read);
        return read;
    }

    /**
     * How much a word says in this catalogue: a concept or stem found in at most 4 % of the offers counts
     * fully, one found in 40 % or more counts half (log scale in between) — "kaffe" says less than "kor".
     */
    float specificity(int offersWithIt) {
        if (size == 0 || offersWithIt * 25 <= size) {
            return 1f;
        }
        double share = offersWithIt / (double) size;
        return (float) (1 - 0.5 * Math.min(1, Math.log(share / 0.04) / Math.log(10)));
    }

    private static int quantise(float w) {
        return Math.max(1, Math.min(Q, Math.round(w * Q)));
    }

    static int offerOf(int posting) {
        return posting >>> SHIFT;
    }

    static float weightOf(int posting) {
        return (posting & Q) / (float) Q;
    }

    /** The offer's own facts into its slots of the arrays (safe in parallel: nothing shared is written). */
    private void facts(int i, Offer o, Gazetteer gazetteer) {
        StatedConditions stated = conditions[i];
        focus[i] = o.focus() == null ? -1 : (byte) o.focus().ordinal();
        ageMin[i] = stated.ages().min() == null ? Integer.MIN_VALUE : stated.ages().min();
        ageMax[i] = stated.ages().max() == null ? Integer.MAX_VALUE : stated.ages().max();
        placeless[i] = stated.placeless();
        needsReferral[i] = stated.needsReferral();
        lat[i] = Double.NaN;
        lon[i] = Double.NaN;
        online[i] = !o.locations().isEmpty() && o.locations().stream().allMatch(Location::online);
        byte acc = UNKNOWN;
        byte trans = UNKNOWN;
        for (Location l : o.locations()) {
            if (l.online()) {
                continue;
            }
            if (Double.isNaN(lat[i])) {
                GeoPoint p = point(l, gazetteer);
                if (p != null) {
                    lat[i] = p.lat();
                    lon[i] = p.lon();
                }
            }
            if (l.access() == Access.STEP_FREE) {
                acc = YES;
            } else if (l.access() == Access.NOT_STEP_FREE && acc == UNKNOWN) {
                acc = NO;
            }
            if (l.transport() != null && !l.transport().isBlank()) {
                trans = saysNoTransport(l.transport()) ? (trans == YES ? YES : NO) : YES;
            }
        }
        if (acc == UNKNOWN) {
            acc = stated.access() == Access.STEP_FREE ? YES : stated.access() == Access.NOT_STEP_FREE ? NO : UNKNOWN;
        }
        access[i] = acc;
        transport[i] = trans;
        if (!stated.cost().isKnown()) {
            cost[i] = UNKNOWN;
        } else {
            cost[i] = stated.cost().isFree() ? YES : NO;
            amount[i] = stated.cost().amountDkk().floatValue();
        }
        sex[i] = (byte) (stated.sex() == AudienceSex.WOMEN ? 1 : stated.sex() == AudienceSex.MEN ? 2 : 0);
        lastChecked[i] = o.lastChecked() == null ? Integer.MIN_VALUE : (int) o.lastChecked().toEpochDay();
        hasTargets[i] = !o.targetGroups().isEmpty();
        int flags = 0;
        for (String g : o.targetGroups()) {
            String t = g.strip().toLowerCase(Locale.ROOT);
            if (t.startsWith("senior") || t.startsWith("ældre") || t.startsWith("pensionist")) {
                flags |= TARGET_SENIOR;
            } else if (t.startsWith("ung") || t.contains("unge")) {
                flags |= TARGET_YOUNG;
            }
        }
        targetFlags[i] = (byte) flags;
        dedupeKey[i] = normalisedName(o.name()) + "|" + place(i, o);
    }

    private static GeoPoint point(Location l, Gazetteer gazetteer) {
        if (l.hasCoordinates()) {
            return new GeoPoint(l.latitude(), l.longitude());
        }
        return gazetteer.byPostcode(l.postcode()).map(Gazetteer.Place::point).orElse(null);
    }

    private static boolean saysNoTransport(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("ingen bus") || t.contains("ingen offentlig") || t.contains("ikke offentlig transport");
    }

    long languageBit(String code) {
        if (code == null || code.isBlank()) {
            return 0;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        int dash = c.indexOf('-');
        String key = dash > 0 ? c.substring(0, dash) : c;
        Integer bit = languageBits.get(key);
        if (bit == null) {
            if (languageBits.size() >= 63) {
                return 0;
            }
            bit = languageBits.size();
            languageBits.put(key, bit);
        }
        return 1L << bit;
    }

    /** The bit of a language already seen in the catalogue, 0 when no offer speaks it. */
    long knownLanguageBit(String code) {
        Integer bit = languageBits.get(code.strip().toLowerCase(Locale.ROOT));
        return bit == null ? 0 : 1L << bit;
    }

    private void sessionsOf(int i, Offer o, IntList out) {
        int mask = 0;
        int untimed = 0;
        long last = Long.MIN_VALUE;
        for (Schedule s : o.schedules()) {
            if (!s.isStructured()) {
                continue;
            }
            LocalDate until = s.frequency() == Frequency.ONCE
                    ? (s.date() != null ? s.date() : s.validFrom()) : s.validTo();
            last = Math.max(last, until == null ? Integer.MAX_VALUE : until.toEpochDay());
            for (DayOfWeek d : ScheduleCalendar.days(s)) {
                mask |= 1 << (d.getValue() - 1);
                if (s.opensAt() == null) {
                    untimed |= 1 << (d.getValue() - 1);
                    continue;
                }
                int start = s.opensAt().toSecondOfDay() / 60;
                int end = s.closesAt() == null || !s.closesAt().isAfter(s.opensAt())
                        ? Math.min(start + 60, 24 * 60) : s.closesAt().toSecondOfDay() / 60;
                out.add((d.getValue() - 1) << 22 | start << 11 | end);
                timed[i] = true;
                if (!s.opensAt().isBefore(DAY_START) && s.opensAt().isBefore(EVENING)) {
                    daytime[i] = true;
                }
                if (!s.opensAt().isBefore(EVENING)) {
                    evening[i] = true;
                }
            }
        }
        dayMask[i] = (byte) mask;
        untimedDays[i] = (byte) untimed;
        lastDay[i] = last == Long.MIN_VALUE ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, last);
    }

    static int sessionDay(int packed) {
        return packed >>> 22;
    }

    static int sessionStartMinute(int packed) {
        return (packed >>> 11) & 0x7FF;
    }

    static int sessionEndMinute(int packed) {
        return packed & 0x7FF;
    }

    private String place(int i, Offer o) {
        if (online[i]) {
            return "online";
        }
        if (!Double.isNaN(lat[i])) {
            return Math.round(lat[i] * 500) + ":" + Math.round(lon[i] * 300);
        }
        Location l = o.primaryLocation();
        return l == null || l.postcode() == null ? "?" : l.postcode();
    }

    /**
     * Lower case letters and digits of a name, accents folded (æ, ø, å kept), spaces and punctuation
     * dropped, so "Strikke-café!" and "Strikkecafé" from two sources compare equal.
     */
    static String normalisedName(String name) {
        String n = DanishTextAnalyzer.fold(Normalizer.normalize(name, Normalizer.Form.NFC));
        return NOT_LETTERS.matcher(n).replaceAll("");
    }

    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** How many offers' evidence is kept: the offers a worker has been shown lately (a screenful is 20). */
    static final int EVIDENCE_KEPT = 512;

    private final Map<Integer, Terms> evidence = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Integer, Terms> eldest) {
                    return size() > EVIDENCE_KEPT;
                }
            });

    /**
     * The offer's terms with where each word stands (the evidence its reasons name). Analysed once per offer
     * and kept for the {@value #EVIDENCE_KEPT} offers shown last, so typing on for the same citizen does not
     * analyse the same shown offers again; the index itself keeps no sources (that would cost memory for
     * every offer).
     */
    Terms evidence(int o) {
        Terms t = evidence.get(o);
        if (t == null) {
            t = analyse(offer(o), true, null);
            evidence.put(o, t);
        }
        return t;
    }

    /**
     * Analyses an offer's own texts into concept and stem weights. The organisation's name is not read,
     * and proper names in the offer's name and texts (capitalised words inside a sentence that are not
     * known words: "Røde Kors", "Nordskoven", "Korsvejen") are masked before reading.
     */
    Terms analyse(Offer o, boolean keepSources, DanishTextAnalyzer.WordMemory words) {
        Terms t = new Terms();
        String org = o.organisation().name();
        field(t, ProperNames.mask(o.name(), org, o.name(), vocabulary), NAME, Where.NAME, keepSources, words);
        field(t, ProperNames.mask(o.alternateName(), org, o.name(), vocabulary), ALTERNATE, Where.ALTERNATE,
                keepSources, words);
        o.tags().forEach(s -> field(t, s, TAG, Where.TAG, keepSources, words));
        o.categories().forEach(s -> field(t, s, CATEGORY, Where.CATEGORY, keepSources, words));
        o.targetGroups().forEach(s -> field(t, s, TARGET, Where.TARGET, keepSources, words));
        field(t, ProperNames.mask(o.description(), org, o.name(), vocabulary), DESCRIPTION, Where.DESCRIPTION,
                keepSources, words);
        field(t, ProperNames.mask(o.eligibility(), org, o.name(), vocabulary), ELIGIBILITY, Where.ELIGIBILITY,
                keepSources, words);
        if (!o.locations().isEmpty() && o.locations().stream().allMatch(Location::online)) {
            field(t, "online", TAG, Where.ONLINE, keepSources, words);
        }
        if (t.nameSpecific) {
            // an IT-café or a strikkecafé is not first of all a café
            t.concepts.replaceAll((c, w) -> vocabulary.isBroad(c) ? w * BROAD_UNDER_SPECIFIC : w);
        }
        return t;
    }

    /** The offer's terms from the cache when it holds them for the offer's texts as they are, else analysed. */
    private Terms termsOf(Offer o, DanishTextAnalyzer.WordMemory words, AnalysisCache cache) {
        if (cache == null) {
            return analyse(o, false, words);
        }
        long fingerprint = AnalysisCache.fingerprint(o);
        Terms t = cache.find(o, fingerprint);
        if (t == null) {
            t = analyse(o, false, words);
            cache.analysed(o, fingerprint, t);
        }
        return t;
    }

    /** A broad concept (café, samvær) in an offer whose name is about something more specific counts this much. */
    static final float BROAD_UNDER_SPECIFIC = 0.5f;

    /** @param words the build's word memory, or null to run the analyzer's whole chain (a single offer) */
    private void field(Terms t, String text, float weight, Where where, boolean keepSources,
            DanishTextAnalyzer.WordMemory words) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<DanishTextAnalyzer.Token> all = words == null ? vocabulary.analyzer().tokens(text)
                : vocabulary.analyzer().tokens(text, words);
        List<DanishTextAnalyzer.Token> tokens = new ArrayList<>(all.size());
        boolean skipParts = false;
        for (DanishTextAnalyzer.Token token : all) {
            if (token.part()) {
                if (!skipParts) {
                    tokens.add(token);
                }
                continue;
            }
            skipParts = !vocabulary.readsAs(token);
            if (!skipParts) {
                tokens.add(token);
            }
        }
        boolean label = where == Where.TAG || where == Where.CATEGORY || where == Where.TARGET;
        vocabulary.detect(tokens, weight, (concept, w, token) -> {
            if (where == Where.NAME && !vocabulary.isBroad(concept)
                    && vocabulary.concept(concept).kind() == InterestVocabulary.Kind.INTEREST) {
                t.nameSpecific = true;
            }
            Float old = t.concepts.get(concept);
            if (old == null || w > old) {
                t.concepts.put(concept, w);
                if (keepSources) {
                    String word = label ? text.strip()
                            : token.start() >= 0 && token.end() <= text.length() && token.end() > token.start()
                                    ? text.substring(token.start(), token.end()) : token.surface();
                    t.conceptFound.put(concept, new Found(word, where));
                }
            }
        });
        for (DanishTextAnalyzer.Token token : tokens) {
            float w = token.part() ? weight * InterestVocabulary.PART : weight;
            Float old = t.stems.get(token.stem());
            if (old == null || w > old) {
                t.stems.put(token.stem(), w);
                if (keepSources) {
                    t.stemFound.put(token.stem(), new Found(label ? text.strip() : token.surface(), where));
                }
            }
        }
    }

    /** A growable int array. */
    static final class IntList {
        int[] data = new int[4];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** What the offer numbered {@code o} states: its ages, sex, price, access, referral. */
    StatedConditions conditions(int o) {
        StatedConditions c = conditions[o];
        if (c == null) {
            try {
                c = AnalysisCache.decodeConditions(
                        Arrays.copyOfRange(conditionBytes, conditionStart[o], conditionStart[o + 1]));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            conditions[o] = c;
        }
        return c;
    }

    /** The offer numbered {@code o}; in an index read from its snapshot, one {@link #load loaded} first. */
    Offer offer(int o) {
        Offer offer = offers[o];
        if (offer == null) {
            throw new IllegalStateException("offer " + keys[o] + " not loaded");
        }
        return offer;
    }

    /**
     * Reads the offers numbered {@code numbers} that this index does not hold yet from {@code store}; false when
     * one is no longer there or not as it was when the index was made (its content hash differs): the catalogue
     * changed since, and the index is not to be used for it.
     */
    boolean load(List<Integer> numbers, OfferLoader store) {
        List<OfferKey> missing = new ArrayList<>();
        for (int o : numbers) {
            if (offers[o] == null) {
                missing.add(keys[o]);
            }
        }
        if (missing.isEmpty()) {
            return true;
        }
        Map<OfferKey, dk.henvis.catalog.OfferStore.Stored> found = store.load(missing);
        for (int o : numbers) {
            if (offers[o] == null) {
                dk.henvis.catalog.OfferStore.Stored s = found.get(keys[o]);
                if (s == null || contentHash[o] == 0 || AnalysisCache.hashOf(s.contentHash()) != contentHash[o]
                        || !s.offer().isActive()) {
                    return false;
                }
                offers[o] = s.offer();
            }
        }
        return true;
    }

    /** Where an index read from its snapshot reads the offers a match shows. */
    @FunctionalInterface
    interface OfferLoader {
        /** The offers with these keys as stored now, with their content hashes; absent when not found. */
        Map<OfferKey, dk.henvis.catalog.OfferStore.Stored> load(List<OfferKey> keys);
    }

    /**
     * Writes the index for {@link IndexSnapshot}, field by field in the order {@link #OfferIndex(IndexSnapshot.Reader,
     * InterestVocabulary)} reads them back (keep the two together). Every offer needs a content hash: without one
     * an offer could not be checked when it is read again.
     */
    void writeTo(IndexSnapshot.Writer out) throws java.io.IOException {
        for (long h : contentHash) {
            if (h == 0) {
                throw new java.io.IOException("an offer without a content hash");
            }
        }
        String[] sources = new String[size];
        String[] ids = new String[size];
        int[] conditionLengths = new int[size];
        java.io.ByteArrayOutputStream conditionBytes = new java.io.ByteArrayOutputStream(size * 24);
        for (int i = 0; i < size; i++) {
            sources[i] = keys[i].source();
            ids[i] = keys[i].sourceId();
            byte[] c = AnalysisCache.encodeConditions(conditions(i));
            if (c == null) {
                throw new java.io.IOException("conditions of " + keys[i] + " cannot be kept");
            }
            conditionLengths[i] = c.length;
            conditionBytes.write(c);
        }
        out.strings(sources);
        out.strings(ids);
        out.longs(contentHash);
        out.ints(conditionLengths);
        out.bytes(conditionBytes.toByteArray());
        out.bytes(focus);
        out.ints(ageMin);
        out.ints(ageMax);
        out.doubles(lat);
        out.doubles(lon);
        out.booleans(online);
        out.bytes(access);
        out.bytes(cost);
        out.floats(amount);
        out.bytes(transport);
        out.bytes(sex);
        out.booleans(timed);
        out.booleans(daytime);
        out.booleans(evening);
        out.ints(sessionStart);
        out.ints(sessions);
        out.longs(languages);
        out.ints(lastChecked);
        out.bytes(dayMask);
        out.bytes(untimedDays);
        out.ints(lastDay);
        out.strings(dedupeKey);
        out.booleans(hasTargets);
        out.bytes(targetFlags);
        out.booleans(placeless);
        out.booleans(needsReferral);
        out.floats(conceptSpecificity);
        out.intArrays(conceptPostings);
        String[] stems = stemPostings.keySet().toArray(new String[0]);
        int[][] postings = new int[stems.length][];
        for (int i = 0; i < stems.length; i++) {
            postings[i] = stemPostings.get(stems[i]);
        }
        out.strings(stems);
        out.intArrays(postings);
        String[] languageCodes = languageBits.keySet().toArray(new String[0]);
        int[] bits = new int[languageCodes.length];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = languageBits.get(languageCodes[i]);
        }
        out.strings(languageCodes);
        out.ints(bits);
    }

    /** An index as {@link #writeTo} wrote it; its offers are read when a match shows them ({@link #load}). */
    OfferIndex(IndexSnapshot.Reader in, InterestVocabulary vocabulary) throws java.io.IOException {
        this.vocabulary = vocabulary;
        String[] sources = in.strings();
        String[] ids = in.strings();
        size = sources.length;
        keys = new OfferKey[size];
        Map<String, String> sourceNames = new HashMap<>();
        for (int i = 0; i < size; i++) {
            keys[i] = new OfferKey(sourceNames.computeIfAbsent(sources[i], k -> k), ids[i]);
        }
        offers = new Offer[size];
        contentHash = same(in.longs());
        int[] conditionLengths = same(in.ints());
        conditionBytes = in.bytes();
        conditionStart = new int[size + 1];
        for (int i = 0; i < size; i++) {
            if (conditionLengths[i] < 0) {
                throw new java.io.IOException("a negative length");
            }
            conditionStart[i + 1] = conditionStart[i] + conditionLengths[i];
        }
        if (conditionStart[size] != conditionBytes.length) {
            throw new java.io.IOException("conditions of another length");
        }
        conditions = new StatedConditions[size];
        focus = same(in.bytes());
        ageMin = same(in.ints());
        ageMax = same(in.ints());
        lat = same(in.doubles());
        lon = same(in.doubles());
        online = same(in.booleans());
        access = same(in.bytes());
        cost = same(in.bytes());
        amount = same(in.floats());
        transport = same(in.bytes());
        sex = same(in.bytes());
        timed = same(in.booleans());
        daytime = same(in.booleans());
        evening = same(in.booleans());
        sessionStart = in.ints();
        sessions = in.ints();
        languages = same(in.longs());
        lastChecked = same(in.ints());
        dayMask = same(in.bytes());
        untimedDays = same(in.bytes());
        lastDay = same(in.ints());
        dedupeKey = same(in.strings());
        hasTargets = same(in.booleans());
        targetFlags = same(in.bytes());
        placeless = same(in.booleans());
        needsReferral = same(in.booleans());
        conceptSpecificity = in.floats();
        conceptPostings = in.intArrays();
        if (sessionStart.length != size + 1 || conceptPostings.length != vocabulary.concepts().size()
                || conceptSpecificity.length != conceptPostings.length) {
            throw new java.io.IOException("index of another shape");
        }
        String[] stems = in.strings();
        int[][] postings = in.intArrays();
        if (postings.length != stems.length) {
            throw new java.io.IOException("stems and postings differ");
        }
        Map<String, int[]> sp = new HashMap<>(stems.length * 2);
        for (int i = 0; i < stems.length; i++) {
            sp.put(stems[i], postings[i]);
        }
        stemPostings = sp;
        String[] languageCodes = in.strings();
        int[] bits = in.ints();
        if (bits.length != languageCodes.length) {
            throw new java.io.IOException("languages and bits differ");
        }
        for (int i = 0; i < bits.length; i++) {
            languageBits.put(languageCodes[i], bits[i]);
        }
    }

    /** The array when it has one value per offer; else the file is damaged. */
    private <A> A same(A array) throws java.io.IOException {
        if (java.lang.reflect.Array.getLength(array) != size) {
            throw new java.io.IOException("an array of another length than the offers");
        }
        return array;
    }
}
