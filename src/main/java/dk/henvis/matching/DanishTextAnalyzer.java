package dk.henvis.matching;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Danish text → stems: Unicode word tokens, lower case, Danish stop words (minus the ones that are
 * also interests, such as "have"), compound splitting, Snowball's Danish stemmer. Accents are folded
 * (café = cafe) but æ, ø and å stay letters of their own: "hår" is never "har".
 */
final class DanishTextAnalyzer extends Analyzer {
    /** One analysed token: its stem, the text it came from, and whether it is a compound's part. */
    record Token(String stem, String surface, boolean part, int start, int end) {
        Token(String stem, String surface, boolean part) {
            this(stem, surface, part, -1, -1);
        }
    }

    private static final NormalizeCharMap FOLD;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        String[][] pairs = {{"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"á", "a"}, {"à", "a"}, {"â", "a"},
            {"ä", "æ"}, {"ö", "ø"}, {"ü", "u"}, {"ó", "o"}, {"ò", "o"}, {"í", "i"}, {"É", "E"}, {"Ä", "Æ"},
            {"Ö", "Ø"}, {"’", "'"}, {"´", "'"}, {"\u00AD", ""}};
        for (String[] p : pairs) {
            b.add(p[0], p[1]);
        }
        FOLD = b.build();
    }

    private final CharArraySet stopWords;
    private final CompoundSplitter splitter;

    DanishTextAnalyzer(CompoundSplitter splitter, List<String> keep) {
        this.splitter = splitter;
        CharArraySet stops = CharArraySet.copy(DanishAnalyzer.getDefaultStopSet());
        keep.forEach(stops::remove);
        this.stopWords = CharArraySet.unmodifiableSet(stops);
    }

    /**
     * Folds a word the way the analyzer does (for dictionary words): lower case, then the {@link #FOLD} map
     * char by char (every key of the map is one char, so this equals the analyzer's char filter; a direct
     * loop because it runs for every word of every offer when the index is built — issue 17).
     */
    static String fold(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        StringBuilder sb = null;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            char f = folded(c);
            if (f != c && sb == null) {
                sb = new StringBuilder(lower.length()).append(lower, 0, i);
            }
            if (sb != null && f != SKIP) {
                sb.append(f);
            }
        }
        return sb == null ? lower : sb.toString();
    }

    /** A char {@link #fold} drops (the soft hyphen). */
    private static final char SKIP = '\uFFFF';

    /** One char of the {@link #FOLD} map; the char itself when the map does not change it. */
    private static char folded(char c) {
        return switch (c) {
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'á', 'à', 'â' -> 'a';
            case 'ä' -> 'æ';
            case 'ö' -> 'ø';
            case 'ü' -> 'u';
            case 'ó', 'ò' -> 'o';
            case 'í' -> 'i';
            case 'É' -> 'E';
            case 'Ä' -> 'Æ';
            case 'Ö' -> 'Ø';
            case '’', '´' -> '\'';
            case '\u00AD' -> SKIP;
            default -> c;
        };
    }

    static String stem(String word) {
        return CompoundSplitter.stem(new DanishStemmer(), word);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(FOLD, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters(source));
    }

    /** Everything after the tokenizer: lower case, stop words, compound parts, Snowball's Danish stemmer. */
    private TokenStream filters(TokenStream source) {
        TokenStream s = new LowerCaseFilter(source);
        s = new StopFilter(s, stopWords);
        s = new CompoundSplitFilter(s, splitter);
        return new SnowballFilter(s, new DanishStemmer());
    }

    /** Analyses a text into tokens (parts follow their compound): Lucene's whole chain over the text. */
    List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = Math.min(offset.startOffset(), text.length());
                int end = Math.min(offset.endOffset(), text.length());
                out.add(new Token(term.toString(), text.substring(start, end),
                        CompoundSplitFilter.PART.equals(type.type()), start, end));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The same tokens as {@link #tokens(String)}, for many texts in a row: the text is cut into words by the
     * tokenizer, and what the rest of the chain (lower case, stop words, compound parts, stems) makes of a
     * word depends on that word alone, so it is worked out once per distinct word and kept in
     * {@code memory} (issue 17: a catalogue repeats its words, and the chain was most of the index build).
     * {@code PerWordChainTest} checks that the tokens are the same.
     */
    List<Token> tokens(String text, WordMemory memory) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = words.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = Math.min(offset.startOffset(), text.length());
                int end = Math.min(offset.endOffset(), text.length());
                String surface = text.substring(start, end);
                for (Analysed a : memory.analysed(term.toString(), this)) {
                    out.add(new Token(a.stem(), surface, a.part(), start, end));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** What the chain after the tokenizer makes of one word: its stem and its parts' stems, or nothing. */
    private record Analysed(String stem, boolean part) {
    }

    /**
     * The words worked out so far, for one run over many texts (an index build); safe for parallel use and
     * dropped with the run, so memory is only held while it lasts.
     */
    static final class WordMemory {
        private final Map<String, Analysed[]> byWord = new ConcurrentHashMap<>();

        private Analysed[] analysed(String word, DanishTextAnalyzer analyzer) {
            Analysed[] known = byWord.get(word);
            if (known == null) {
                known = analyzer.analysedWord(word);
                byWord.put(word, known);
            }
            return known;
        }
    }

    private static final Analysed[] NOTHING = new Analysed[0];

    private Analysed[] analysedWord(String word) {
        List<Analysed> found = new ArrayList<>(2);
        try (TokenStream ts = afterWords.tokenStream("t", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                found.add(new Analysed(term.toString(), CompoundSplitFilter.PART.equals(type.type())));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.isEmpty() ? NOTHING : found.toArray(new Analysed[0]);
    }

    /** The tokenizer alone (with the fold): the words of a text, as the whole chain sees them. */
    private final Analyzer words = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(FOLD, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    /** The chain after the tokenizer, fed one word (already folded) as a single token. */
    private final Analyzer afterWords = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new OneWord();
            return new TokenStreamComponents(source, filters(source));
        }
    };

    /** A tokenizer that gives its whole input as one token. */
    private static final class OneWord extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private boolean done;

        @Override
        public boolean incrementToken() throws IOException {
            if (done) {
                return false;
            }
            clearAttributes();
            char[] buffer = new char[64];
            int n;
            while ((n = input.read(buffer)) > 0) {
                term.append(new String(buffer, 0, n));
            }
            done = true;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            done = false;
        }
    }
}
