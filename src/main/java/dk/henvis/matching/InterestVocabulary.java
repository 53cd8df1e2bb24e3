package dk.henvis.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The curated Danish interest vocabulary ({@code interests.tsv}): concepts such as "Sang og kor" with
 * their synonyms, related terms and the words a worker types for them. It turns what a worker types
 * into concepts and finds the same concepts in offer texts, whatever words either side uses; it also
 * feeds the GUI's suggestions.
 */
public final class InterestVocabulary {
    /** Interest concepts describe activities; group concepts describe who an offer is for. */
    public enum Kind { INTEREST, GROUP }

    /** One concept. {@code queryWords} map what a worker types to it but are never read in offers. */
    public record Concept(int id, String label, Kind kind, List<String> synonyms, List<String> related,
            List<String> queryWords) {
    }

    /** A concept reached by a term, with the term's strength (1 for synonyms, less for related terms). */
    record Hit(int concept, float strength, boolean queryOnly) {
    }

    /** What a typed interest means: concepts and plain stems, each with a weight 0..1. */
    record Interpretation(String typed, Map<Integer, Float> concepts, Map<String, Float> stems) {
        boolean isEmpty() {
            return concepts.isEmpty() && stems.isEmpty();
        }
    }

    static final float RELATED = 0.55f;
    static final float PART = 0.85f;
    private static final List<String> EXTRA_PARTS = List.of("klub", "gruppe", "hold", "café", "aften", "dag",
            "eftermiddag", "formiddag", "værksted", "hus", "center", "forening", "tur", "kreds", "fællesskab",
            "fælles", "senior", "ældre", "mand", "kvinde", "dame", "sammen", "liv", "leg", "stue", "kursus",
            "skole", "mødested", "netværk", "børn", "unge", "familie", "time", "uge", "begynder", "øvet", "tilbud",
            "glæde", "lyst", "morgen", "weekend", "sommer", "vinter", "jul", "påske", "projekt", "sted", "lokale",
            "sal", "bibliotek", "have", "strand", "skov", "bane", "hal", "idræt", "mad", "by", "land", "sogn",
            "kirke", "frivillig", "social", "aktivitet", "arrangement", "møde", "snak", "spil", "motion",
            // whole words that must not be read as compounds of known parts ("ud" + "dans" + ...)
            "uddannelse", "uddannelser", "uddannelsen", "forbindelse", "forsamling", "erfaring", "erfaringer",
            "samarbejde", "hverdag", "hverdagen", "kommune", "kommunen", "mulighed", "muligheder", "forløb",
            "forældre", "sundhedspleje", "sundhedsplejen", "oplevelse", "oplevelser", "betaling");

    private static final class Holder {
        static final InterestVocabulary BUNDLED = load();
    }

    /**
     * Words that look like an inflection of a vocabulary word but are another word: "Kors" (a cross, as in
     * Røde Kors) is not "kor", "ledes" (is led) is not "ledig". Never read as evidence in offers.
     */
    static final Set<String> NOT_EVIDENCE = Set.of("kors", "korset", "korsets", "korsene", "korsvej", "korsvejen",
            "ledes", "ledet", "leder", "lederen", "ledere", "lederne", "ledelse", "ledelsen", "ledende", "kortet", "korte",
            "kortere", "kortest");
    private static final String[] ENDINGS = {"erne", "ende", "ede", "ene", "ens", "ets", "ers", "er", "en", "et", "es",
        "e", "s", "r", "t", "n"};

    private final List<Concept> concepts;
    private final DanishTextAnalyzer analyzer;
    private final Set<String> surfaces;
    /** Per stem of a vocabulary word, the vocabulary words with that stem (inflection endings removed). */
    private final Map<String, Set<String>> stemSurfaces = new HashMap<>();
    private final Map<String, List<Hit>> offerTerms = new HashMap<>();
    private final Map<String, List<Hit>> queryTerms = new HashMap<>();
    private final Set<String> offerPhraseStarts = new HashSet<>();
    private int maxPhrase = 1;

    private final Set<Integer> broad;

    InterestVocabulary(List<Concept> concepts) {
        this(concepts, Set.of());
    }

    InterestVocabulary(List<Concept> concepts, Set<Integer> broad) {
        this.concepts = List.copyOf(concepts);
        this.broad = Set.copyOf(broad);
        Set<String> words = new HashSet<>();
        List<String> keep = new ArrayList<>();
        for (Concept c : concepts) {
            for (String term : allTerms(c)) {
                for (String w : DanishTextAnalyzer.fold(term).split("[^\\p{L}\\p{N}]+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                        keep.add(w);
                    }
                }
            }
        }
        EXTRA_PARTS.forEach(w -> words.add(DanishTextAnalyzer.fold(w)));
        this.surfaces = Set.copyOf(words);
        this.analyzer = new DanishTextAnalyzer(new CompoundSplitter(words), keep);
        for (String w : words) {
            stemSurfaces.computeIfAbsent(DanishTextAnalyzer.stem(w), k -> new HashSet<>()).add(bare(w));
        }
        for (Concept c : concepts) {
            add(c, c.label(), 1f, false);
            c.synonyms().forEach(t -> add(c, t, 1f, false));
            c.related().forEach(t -> add(c, t, RELATED, false));
            c.queryWords().forEach(t -> add(c, t, 1f, true));
        }
    }

    private static List<String> allTerms(Concept c) {
        List<String> all = new ArrayList<>();
        all.add(c.label());
        all.addAll(c.synonyms());
        all.addAll(c.related());
        all.addAll(c.queryWords());
        return all;
    }

    private void add(Concept c, String term, float strength, boolean queryOnly) {
        List<String> stems = analyzer.tokens(term).stream().filter(t -> !t.part()).map(DanishTextAnalyzer.Token::stem)
                .toList();
        if (stems.isEmpty()) {
            return;
        }
        if (!queryOnly && stems.size() == 1 && term.strip().split("[\\s]+").length > 1) {
            // a phrase whose other words are stop words ("komme sig", "gør det selv") would read every
            // "kom" or "gør" in an offer: it only maps what a worker types
            queryOnly = true;
        }
        maxPhrase = Math.max(maxPhrase, stems.size());
        List<String> keys = new ArrayList<>();
        keys.add(String.join(" ", stems));
        if (stems.size() > 1) {
            keys.add(DanishTextAnalyzer.stem(DanishTextAnalyzer.fold(term).replaceAll("[^\\p{L}\\p{N}]+", "")));
        }
        Hit hit = new Hit(c.id(), strength, queryOnly);
        for (String key : keys) {
            put(queryTerms, key, hit);
            if (!queryOnly) {
                put(offerTerms, key, hit);
            }
        }
        if (!queryOnly && stems.size() > 1) {
            offerPhraseStarts.add(stems.get(0));
        }
    }

    private static void put(Map<String, List<Hit>> map, String key, Hit hit) {
        List<Hit> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        for (int i = 0; i < list.size(); i++) {
            Hit old = list.get(i);
            if (old.concept() == hit.concept()) {
                if (hit.strength() > old.strength() || (old.queryOnly() && !hit.queryOnly())) {
                    list.set(i, new Hit(hit.concept(), Math.max(hit.strength(), old.strength()),
                            old.queryOnly() && hit.queryOnly()));
                }
                return;
            }
        }
        list.add(hit);
    }

    /** The vocabulary shipped with Henvis. */
    public static InterestVocabulary bundled() {
        return Holder.BUNDLED;
    }

    static InterestVocabulary load() {
        try (InputStream in = InterestVocabulary.class.getResourceAsStream("interests.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Concept> list = new ArrayList<>();
            Set<Integer> broad = new HashSet<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String[] kind = f[1].strip().split("\\s+");
                if (kind.length > 1 && kind[1].equalsIgnoreCase("broad")) {
                    broad.add(list.size());
                }
                list.add(new Concept(list.size(), f[0].strip(), Kind.valueOf(kind[0].toUpperCase(Locale.ROOT)),
                        words(f, 2), words(f, 3), words(f, 4)));
            }
            return new InterestVocabulary(list, broad);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(String[] f, int i) {
        if (i >= f.length) {
            return List.of();
        }
        return Arrays.stream(f[i].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public Concept concept(int id) {
        return concepts.get(id);
    }

    /** True for concepts that say little on their own (café, samvær): see {@code interests.tsv}. */
    boolean isBroad(int concept) {
        return broad.contains(concept);
    }

    /** The display labels of the interest concepts, for the GUI's pick list. */
    public List<String> labels() {
        return concepts.stream().filter(c -> c.kind() == Kind.INTEREST).map(Concept::label).toList();
    }

    /** The display labels of the group concepts ("senior", "enke", ...). */
    public List<String> groupLabels() {
        return concepts.stream().filter(c -> c.kind() == Kind.GROUP).map(Concept::label).toList();
    }

    /**
     * Words to offer while a worker types: concept labels first, then synonyms and typed words that
     * start with the prefix (any word of a phrase may match), shortest first.
     */
    public List<String> suggest(String prefix, int limit) {
        String p = DanishTextAnalyzer.fold(prefix == null ? "" : prefix.strip());
        if (p.isEmpty() || limit <= 0) {
            return List.of();
        }
        Set<String> labels = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (Concept c : concepts) {
            if (startsWith(c.label(), p)) {
                labels.add(c.label());
            }
            for (List<String> terms : List.of(c.synonyms(), c.queryWords())) {
                for (String t : terms) {
                    if (startsWith(t, p)) {
                        others.add(t);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(labels);
        others.stream().filter(o -> labels.stream().noneMatch(l -> l.equalsIgnoreCase(o)))
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .forEach(out::add);
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static boolean startsWith(String term, String foldedPrefix) {
        String f = DanishTextAnalyzer.fold(term);
        if (f.startsWith(foldedPrefix)) {
            return true;
        }
        for (String w : f.split("[\\s\\-]+")) {
            if (w.startsWith(foldedPrefix)) {
                return true;
            }
        }
        return false;
    }

    DanishTextAnalyzer analyzer() {
        return analyzer;
    }

    /** True when the (lower case, folded) word is a vocabulary word or a compound of known parts. */
    boolean knowsWord(String folded) {
        if (surfaces.contains(folded)) {
            return true;
        }
        if (NOT_EVIDENCE.contains(folded)) {
            return false;
        }
        Boolean known = knownWords.get(folded);
        if (known == null) {
            known = analyzer.tokens(folded).stream().anyMatch(DanishTextAnalyzer.Token::part);
            if (knownWords.size() < 100_000) {
                knownWords.put(folded, known);
            }
        }
        return known;
    }

    /** Memo of {@link #knowsWord}: catalogues repeat their names. */
    private final Map<String, Boolean> knownWords = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * True when an offer's token may be read as what its stem says: not a known look-alike ("Kors", "ledes"),
     * and, when its stem is a vocabulary word's stem, a whole-word inflection of that word ("sangen" of
     * "sang", "ledige" of "ledig") rather than another word the stemmer folded onto it ("ledes" → "led" ←
     * "ledig"). A compound's parts are known words by construction.
     */
    boolean readsAs(DanishTextAnalyzer.Token t) {
        if (t.part()) {
            return true;
        }
        String folded = DanishTextAnalyzer.fold(t.surface());
        if (NOT_EVIDENCE.contains(folded)) {
            return false;
        }
        Set<String> forms = stemSurfaces.get(t.stem());
        if (forms == null || surfaces.contains(folded)) {
            return true;
        }
        String b = bare(folded);
        for (String f : forms) {
            if (b.startsWith(f)) {
                return true;
            }
        }
        return false;
    }

    /** A word without its inflection ending ("sangene" → "sang"), at least three letters kept. */
    static String bare(String w) {
        for (String e : ENDINGS) {
            if (w.length() - e.length() >= 3 && w.endsWith(e)) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }

    /** What a worker typed, as concepts and stems (typos corrected against the vocabulary only). */
    Interpretation interpret(String typed) {
        return interpret(typed, stem -> false);
    }

    /**
     * What a worker typed, as concepts and stems. A word of five letters or more that is neither in the
     * vocabulary nor in the catalogue ({@code known} tells by stem) is read as the vocabulary word one
     * slip away, when there is exactly one ("stikke" → strikke).
     */
    Interpretation interpret(String typed, java.util.function.Predicate<String> known) {
        List<DanishTextAnalyzer.Token> tokens = analyzer.tokens(typed);
        Map<Integer, Float> found = new LinkedHashMap<>();
        Map<String, Float> stems = new LinkedHashMap<>();
        List<Integer> primary = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).part()) {
                primary.add(i);
            }
        }
        boolean[] covered = new boolean[tokens.size()];
        for (int n = Math.min(maxPhrase, primary.size()); n >= 2; n--) {
            for (int i = 0; i + n <= primary.size(); i++) {
                if (anyCovered(covered, primary, i, n)) {
                    continue;
                }
                List<Hit> hits = phraseHits(queryTerms, tokens, primary, i, n, true);
                if (hits != null) {
                    hits.forEach(h -> found.merge(h.concept(), h.strength(), Math::max));
                    for (int k = i; k < i + n; k++) {
                        covered[primary.get(k)] = true;
                    }
                }
            }
        }
        for (int p = 0; p < primary.size(); p++) {
            int i = primary.get(p);
            if (covered[i]) {
                continue;
            }
            DanishTextAnalyzer.Token t = tokens.get(i);
            List<Hit> hits = queryTerms.get(t.stem());
            if (hits != null) {
                boolean onlyQuery = hits.stream().allMatch(Hit::queryOnly);
                hits.forEach(h -> found.merge(h.concept(), h.strength(), Math::max));
                if (!onlyQuery) {
                    stems.merge(t.stem(), 0.7f, Math::max);
                }
                continue;
            }
            if (!t.surface().isEmpty() && !known.test(t.stem()) && !hasParts(tokens, i)) {
                String fixed = oneSlip(DanishTextAnalyzer.fold(t.surface()));
                if (fixed != null) {
                    List<Hit> fixedHits = queryTerms.get(DanishTextAnalyzer.stem(fixed));
                    if (fixedHits != null) {
                        fixedHits.forEach(h -> found.merge(h.concept(), h.strength() * TYPO, Math::max));
                        stems.merge(DanishTextAnalyzer.stem(fixed), 0.7f * TYPO, Math::max);
                        continue;
                    }
                }
            }
            stems.merge(t.stem(), 1f, Math::max);
            for (int j = i + 1; j < tokens.size() && tokens.get(j).part(); j++) {
                String ps = tokens.get(j).stem();
                List<Hit> partHits = queryTerms.get(ps);
                if (partHits != null) {
                    partHits.forEach(h -> found.merge(h.concept(), h.strength() * PART, Math::max));
                } else {
                    stems.merge(ps, 0.6f, Math::max);
                }
            }
        }
        return new Interpretation(typed, found, stems);
    }

    /** A typo-corrected word counts a little less than the word itself. */
    static final float TYPO = 0.9f;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzæøå";

    private static boolean hasParts(List<DanishTextAnalyzer.Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).part();
    }

    /**
     * The one vocabulary word that is one slip (a letter missing, extra, wrong or two swapped) from the
     * word, for words of five letters or more; null when there is none or more than one.
     */
    String oneSlip(String w) {
        if (w.length() < 5 || surfaces.contains(w) || !w.chars().allMatch(Character::isLetter)) {
            return null;
        }
        Set<String> hits = new HashSet<>();
        StringBuilder b = new StringBuilder(w.length() + 1);
        for (int i = 0; i <= w.length(); i++) {
            if (i < w.length()) {
                check(hits, w.substring(0, i) + w.substring(i + 1));
                if (i + 1 < w.length()) {
                    b.setLength(0);
                    b.append(w, 0, i).append(w.charAt(i + 1)).append(w.charAt(i)).append(w, i + 2, w.length());
                    check(hits, b.toString());
                }
            }
            for (int c = 0; c < LETTERS.length(); c++) {
                char ch = LETTERS.charAt(c);
                check(hits, w.substring(0, i) + ch + w.substring(i));
                if (i < w.length() && w.charAt(i) != ch) {
                    check(hits, w.substring(0, i) + ch + w.substring(i + 1));
                }
            }
        }
        if (hits.size() == 1) {
            return hits.iterator().next();
        }
        // several forms of one word ("strikke", "strikker") are one word
        Set<String> stemsOf = new HashSet<>();
        hits.forEach(h -> stemsOf.add(DanishTextAnalyzer.stem(h)));
        return stemsOf.size() == 1 ? hits.iterator().next() : null;
    }

    private void check(Set<String> hits, String candidate) {
        if (candidate.length() >= 4 && surfaces.contains(candidate)) {
            hits.add(candidate);
        }
    }

    private static boolean anyCovered(boolean[] covered, List<Integer> primary, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (covered[primary.get(k)]) {
                return true;
            }
        }
        return false;
    }

    private static List<Hit> phraseHits(Map<String, List<Hit>> map, List<DanishTextAnalyzer.Token> tokens,
            List<Integer> primary, int i, int n, boolean joined) {
        StringBuilder key = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            if (k > i) {
                key.append(' ');
            }
            key.append(tokens.get(primary.get(k)).stem());
        }
        List<Hit> hits = map.get(key.toString());
        if (hits == null && joined && n == 2) {
            String concat = DanishTextAnalyzer.stem(DanishTextAnalyzer.fold(
                    tokens.get(primary.get(i)).surface() + tokens.get(primary.get(i + 1)).surface()));
            hits = map.get(concat);
        }
        return hits;
    }

    /** Receives concept hits found in an offer text. */
    interface ConceptSink {
        void hit(int concept, float weight, DanishTextAnalyzer.Token token);
    }

    /** Finds the concepts an analysed offer text speaks of; {@code weight} is the field's weight. */
    void detect(List<DanishTextAnalyzer.Token> tokens, float weight, ConceptSink sink) {
        List<Integer> primary = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            DanishTextAnalyzer.Token t = tokens.get(i);
            if (!t.part()) {
                primary.add(i);
            }
            List<Hit> hits = offerTerms.get(t.stem());
            if (hits != null) {
                float w = t.part() ? weight * PART : weight;
                for (Hit h : hits) {
                    sink.hit(h.concept(), w * h.strength(), t);
                }
            }
        }
        for (int i = 0; i + 1 < primary.size(); i++) {
            if (!offerPhraseStarts.contains(tokens.get(primary.get(i)).stem())) {
                continue;
            }
            for (int n = 2; n <= maxPhrase && i + n <= primary.size(); n++) {
                List<Hit> hits = phraseHits(offerTerms, tokens, primary, i, n, false);
                if (hits != null) {
                    StringBuilder surface = new StringBuilder();
                    for (int k = i; k < i + n; k++) {
                        surface.append(k > i ? " " : "").append(tokens.get(primary.get(k)).surface());
                    }
                    DanishTextAnalyzer.Token first = tokens.get(primary.get(i));
                    DanishTextAnalyzer.Token last = tokens.get(primary.get(i + n - 1));
                    DanishTextAnalyzer.Token phrase = new DanishTextAnalyzer.Token(first.stem(), surface.toString(),
                            false, first.start(), last.end());
                    for (Hit h : hits) {
                        sink.hit(h.concept(), weight * h.strength(), phrase);
                    }
                }
            }
        }
    }
}
