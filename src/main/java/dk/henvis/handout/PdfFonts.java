package dk.henvis.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts Henvis ships for its PDFs: DejaVu Sans and DejaVu Sans Bold (open licence, see
 * {@code fonts/LICENSE-DejaVu.txt}), highly legible, covering Danish, the rest of Latin, Cyrillic and
 * Arabic. Parsed once; {@link #embed(PDDocument)} embeds them in a document as subsets, so only the
 * glyphs used travel in the file.
 *
 * <p>Not thread-safe: the parsed fonts are read while a document is saved. Use one instance per
 * thread, or guard it (as {@link HandoutRenderer} does).
 */
public final class PdfFonts {
    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;

    private PdfFonts(TrueTypeFont regular, TrueTypeFont bold) throws IOException {
        this.regular = regular;
        this.bold = bold;
        this.regularCmap = regular.getUnicodeCmapLookup();
        this.boldCmap = bold.getUnicodeCmapLookup();
    }

    /** Parses the shipped DejaVu Sans regular and bold from the class path. */
    public static PdfFonts dejaVuSans() {
        try {
            return new PdfFonts(parse(REGULAR), parse(BOLD));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped fonts", e);
        }
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing font resource " + resource);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // no glyph substitution: Latin ligatures would only cost time and make copied text worse;
            // Arabic arrives already shaped (ScriptText)
            ttf.setEnableGsub(false);
            return ttf;
        }
    }

    /** Embeds both faces in {@code doc} as subsets. */
    public Embedded embed(PDDocument doc) {
        try {
            return new Embedded(this, PDType0Font.load(doc, regular, true), PDType0Font.load(doc, bold, true));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the shipped fonts", e);
        }
    }

    /** True when the face has a glyph for the Unicode code point. */
    public boolean hasGlyph(boolean boldFace, int codePoint) {
        return (boldFace ? boldCmap : regularCmap).getGlyphId(codePoint) > 0;
    }

    /**
     * The two faces as embedded in one document, with their advance widths cached (text is measured
     * many times while a page is fitted).
     */
    public static final class Embedded {
        private final PdfFonts source;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final Map<String, Float> regularWidths = new HashMap<>();
        private final Map<String, Float> boldWidths = new HashMap<>();
        private final Map<String, String> regularPrepared = new HashMap<>();
        private final Map<String, String> boldPrepared = new HashMap<>();

        Embedded(PdfFonts source, PDType0Font regular, PDType0Font bold) {
            this.source = source;
            this.regular = regular;
            this.bold = bold;
        }

        public PdfFonts source() {
            return source;
        }

        public PDType0Font face(boolean boldFace) {
            return boldFace ? bold : regular;
        }

        /** {@link ScriptText#prepare} with the result remembered (layouts are measured many times). */
        public String prepare(String raw, boolean boldFace) {
            if (raw == null) {
                return null;
            }
            Map<String, String> cache = boldFace ? boldPrepared : regularPrepared;
            return cache.computeIfAbsent(raw, r -> ScriptText.prepare(r, source, boldFace));
        }

        /** The width in points of prepared text (see {@link ScriptText#prepare}) at {@code size}. */
        public float width(boolean boldFace, String text, float size) {
            Map<String, Float> cache = boldFace ? boldWidths : regularWidths;
            Float units = cache.get(text);
            if (units == null) {
                try {
                    units = face(boldFace).getStringWidth(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                cache.put(text, units);
            }
            return units / 1000f * size;
        }
    }
}
