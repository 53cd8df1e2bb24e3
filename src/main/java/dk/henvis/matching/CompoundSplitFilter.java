package dk.henvis.matching;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.DanishStemmer;

/**
 * Emits each token and, stacked at the same position with type {@value #PART}, the parts of a Danish
 * compound as {@link CompoundSplitter} finds them.
 */
final class CompoundSplitFilter extends TokenFilter {
    static final String PART = "part";

    private final CompoundSplitter splitter;
    private final DanishStemmer stemmer = new DanishStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.removeFirst());
            posInc.setPositionIncrement(0);
            type.setType(PART);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() >= 5) {
            pending.addAll(splitter.split(term.toString(), stemmer));
            if (!pending.isEmpty()) {
                state = captureState();
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
