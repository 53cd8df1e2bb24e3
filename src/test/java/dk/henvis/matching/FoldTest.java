package dk.henvis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.util.Locale;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.junit.jupiter.api.Test;

/** The direct fold (issue 17) reads every word exactly as the analyzer's char filter folds it. */
class FoldTest {
    private static final String[][] PAIRS = {{"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"á", "a"}, {"à", "a"},
        {"â", "a"}, {"ä", "æ"}, {"ö", "ø"}, {"ü", "u"}, {"ó", "o"}, {"ò", "o"}, {"í", "i"}, {"É", "E"}, {"Ä", "Æ"},
        {"Ö", "Ø"}, {"’", "'"}, {"´", "'"}, {"\u00AD", ""}};

    private static String byCharFilter(String s) throws Exception {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String[] p : PAIRS) {
            b.add(p[0], p[1]);
        }
        StringBuilder sb = new StringBuilder();
        try (Reader r = new MappingCharFilter(b.build(), new StringReader(s.toLowerCase(Locale.ROOT)))) {
            int c;
            while ((c = r.read()) >= 0) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    @Test
    void foldsAsTheCharFilterDoes() throws Exception {
        StringBuilder every = new StringBuilder();
        for (char c = 0x20; c < 0x3000; c++) {
            every.append(c);
        }
        for (String s : new String[] {"Strikke-Café", "KRÖLLE Ärø", "Bøger ’n’ kaffe´s", "bi\u00ADblio\u00ADtek",
            "Øl og Åer", "", "İstanbul", every.toString()}) {
            assertThat(DanishTextAnalyzer.fold(s)).isEqualTo(byCharFilter(s));
        }
    }

    @Test
    void unchangedWordsAreReturnedAsTheyAre() {
        assertThat(DanishTextAnalyzer.fold("café")).isEqualTo("cafe");
        assertThat(DanishTextAnalyzer.fold("Kor")).isEqualTo("kor");
    }
}
