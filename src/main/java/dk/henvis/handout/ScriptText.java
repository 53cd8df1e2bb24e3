package dk.henvis.handout;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.text.Normalizer;

/**
 * Turns text as people type it (names, notes, catalogue texts in any script) into text the shipped
 * fonts can show: whitespace collapsed, control characters dropped, Arabic letters shaped into their
 * joined presentation forms, characters no font has replaced by a visible {@value #MISSING}; and, per
 * line, right-to-left runs put in visual order. Text stays in logical order until a line is drawn, so
 * line breaking works on words as written.
 */
public final class ScriptText {
    /** Shown in place of a character the fonts do not have. */
    public static final String MISSING = "\u25A1";

    private ScriptText() {
    }

    /**
     * The displayable logical text, or null when {@code raw} is null. {@code boldFace} selects the
     * face whose glyphs are checked; {@link #needsRegular} tells when a bold text must fall back.
     */
    public static String prepare(String raw, PdfFonts fonts, boolean boldFace) {
        if (raw == null) {
            return null;
        }
        String text = clean(raw);
        if (hasArabic(text)) {
            text = shapeArabic(text);
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == ' ' || fonts.hasGlyph(boldFace, cp)) {
                sb.appendCodePoint(cp);
            } else if (boldFace && fonts.hasGlyph(false, cp)) {
                sb.appendCodePoint(cp); // the caller draws this text with the regular face
            } else {
                sb.append(MISSING);
            }
        });
        return sb.toString();
    }

    /** True when prepared {@code text} has a character the bold face lacks (so draw it regular). */
    public static boolean needsRegular(String text, PdfFonts fonts) {
        return text.codePoints().anyMatch(cp -> cp != ' ' && !fonts.hasGlyph(true, cp));
    }

    /** NFC, one space for any run of white space or control characters, no format characters. */
    static String clean(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp == '\u00A0' || cp == '\u202F' || cp == '\u2007') {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append('\u00A0'); // a space that keeps "12 34 56 78" and "kl. 10.00" on one line
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL) {
                space = sb.length() > 0;
                continue;
            }
            if (type == Character.FORMAT) {
                continue; // soft hyphens, zero-width joiners, direction marks
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F') {
                return true;
            }
        }
        return false;
    }

    private static String shapeArabic(String text) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
        } catch (ArabicShapingException e) {
            return text; // unshaped letters are still readable one by one
        }
    }

    private static boolean hasStrongLeftToRight(String line) {
        return line.codePoints().anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT);
    }

    /** One line in the order it is drawn left to right: right-to-left runs reversed and mirrored. */
    public static String visual(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        // Danish text with a foreign name in it reads left to right; a line wholly in Arabic, right to left
        Bidi bidi = new Bidi(line, hasStrongLeftToRight(line) ? Bidi.LTR : Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }
}
