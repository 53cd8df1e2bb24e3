package dk.henvis.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Splits Danish compound words into known parts: "træværksted" → træ + værksted, "strikkecafé" →
 * strikke + café, "fællessang" → fælles + sang, "træningshold" → træning + hold (linking -s- and -e-
 * are dropped). A word splits only when every part is a known word or a known word's inflection, so
 * "træning" does not become "træ" + "ning". Results are memoised: the catalogue repeats its words.
 */
final class CompoundSplitter {
    private static final int MIN_PART = 2;
    private static final int MIN_WORD = 5;
    private static final int MAX_MEMO = 200_000;

    private final Set<String> words;
    private final Set<String> stems;
    private final Map<String, List<String>> memo = new ConcurrentHashMap<>();

    /** {@code words} are known surface forms (lower case); their stems are known too. */
    CompoundSplitter(Set<String> words) {
        this.words = Set.copyOf(words);
        DanishStemmer stemmer = new DanishStemmer();
        this.stems = words.stream().map(w -> stem(stemmer, w)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static String stem(DanishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** True when the word, or its stem, is a known word. */
    boolean isKnown(String word, DanishStemmer stemmer) {
        return words.contains(word) || stems.contains(stem(stemmer, word));
    }

    /** The parts of a compound, or an empty list when the word is known whole or does not split. */
    List<String> split(String word, DanishStemmer stemmer) {
        if (word.length() < MIN_WORD || !word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        List<String> cached = memo.get(word);
        if (cached != null) {
            return cached;
        }
        List<String> parts = isKnown(word, stemmer) ? List.of() : decompose(word, stemmer, 0);
        if (memo.size() < MAX_MEMO) {
            memo.put(word, parts);
        }
        return parts;
    }

    private List<String> decompose(String word, DanishStemmer stemmer, int depth) {
        if (depth > 3) {
            return List.of();
        }
        for (int i = word.length() - MIN_PART; i >= MIN_PART; i--) {
            String head = knownHead(word.substring(0, i), stemmer);
            if (head == null) {
                continue;
            }
            String tail = word.substring(i);
            if (isKnown(tail, stemmer)) {
                return List.of(head, tail);
            }
            if (tail.length() >= MIN_WORD - 1) {
                List<String> rest = decompose(tail, stemmer, depth + 1);
                if (!rest.isEmpty()) {
                    List<String> all = new ArrayList<>(rest.size() + 1);
                    all.add(head);
                    all.addAll(rest);
                    return List.copyOf(all);
                }
            }
        }
        return List.of();
    }

    /** The head as a known word, allowing a linking -s or -e ("fælles-", "strikke-", "trænings-"). */
    private String knownHead(String head, DanishStemmer stemmer) {
        if (words.contains(head)) {
            return head;
        }
        char last = head.charAt(head.length() - 1);
        if ((last == 's' || last == 'e') && head.length() > MIN_PART) {
            String bare = head.substring(0, head.length() - 1);
            if (words.contains(bare) || stems.contains(bare)) {
                return bare;
            }
        }
        return stems.contains(head) ? head : null;
    }
}
