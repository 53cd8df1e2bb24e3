package dk.henvis.handout;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays out one PDF page top to bottom: headings, paragraphs with a line limit, key–value rows,
 * rules, images and QR codes. Every text is measured before it is placed and broken at word
 * boundaries ({@link LineBreaker}); nothing is ever drawn outside the margins.
 *
 * <p>A writer either draws ({@link #drawing}) or only measures ({@link #measuring}): run the same
 * layout code on a measuring writer to find out whether it fits (see {@link #overflowed()}), then
 * on a drawing writer. Reusable for any one-page report (the handout, the statistics report).
 */
public final class PdfPageWriter implements AutoCloseable {
    /** Baseline below the top of a line box, as a multiple of the font size (DejaVu's ascent). */
    private static final float ASCENT = 0.93f;
    private static final float DESCENT = 0.24f;

    private final PdfFonts.Embedded fonts;
    private final PDPageContentStream cs;
    private final PDRectangle page;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private float floor;
    private float y;
    private boolean overflow;
    private final List<String> drawn = new ArrayList<>();

    private PdfPageWriter(PdfFonts.Embedded fonts, PDPageContentStream cs, PDRectangle page, float marginX,
            float marginY) {
        this.fonts = fonts;
        this.cs = cs;
        this.page = page;
        this.left = marginX;
        this.right = page.getWidth() - marginX;
        this.top = page.getHeight() - marginY;
        this.bottom = marginY;
        this.floor = marginY;
        this.y = top;
    }

    /** A writer that only measures: nothing is drawn, the cursor moves as if it were. */
    public static PdfPageWriter measuring(PdfFonts.Embedded fonts, PDRectangle page, float marginX, float marginY) {
        return new PdfPageWriter(fonts, null, page, marginX, marginY);
    }

    /** A writer that draws on {@code page} (which must belong to {@code doc}). */
    public static PdfPageWriter drawing(PDDocument doc, PDPage page, PdfFonts.Embedded fonts, float marginX,
            float marginY) {
        try {
            return new PdfPageWriter(fonts, new PDPageContentStream(doc, page), page.getMediaBox(), marginX, marginY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- geometry

    public float left() {
        return left;
    }

    public float right() {
        return right;
    }

    public float width() {
        return right - left;
    }

    public float top() {
        return top;
    }

    public float bottom() {
        return bottom;
    }

    /** The cursor: the top of the next thing placed. */
    public float y() {
        return y;
    }

    public void moveTo(float newY) {
        y = newY;
    }

    public void space(float points) {
        y -= points;
    }

    /**
     * Keeps the lowest {@code height} points above the bottom margin free (for a footer): text or
     * graphics placed lower from now on count as overflow. {@code 0} gives the whole page back.
     */
    public void reserveBottom(float height) {
        floor = bottom + height;
    }

    /** Room left between the cursor and the bottom margin (or the reserved footer). */
    public float remaining() {
        return y - floor;
    }

    /** True when something was (or in a measuring writer, would have been) placed below the bottom margin. */
    public boolean overflowed() {
        return overflow;
    }

    public boolean isMeasuring() {
        return cs == null;
    }

    public PdfFonts.Embedded fonts() {
        return fonts;
    }

    /** Every line of text drawn so far, in logical order (for checks and tests). */
    public List<String> drawnLines() {
        return Collections.unmodifiableList(drawn);
    }

    // ---------------------------------------------------------------- text measuring

    /** Text broken into lines and ready to draw. {@code bold} is the face actually used. */
    public record TextBlock(List<String> lines, TextStyle style, boolean bold) {
        public float height() {
            return lines.size() * style.leading();
        }

        public boolean isEmpty() {
            return lines.isEmpty();
        }

        /** True when the text was shortened with an ellipsis. */
        public boolean shortened() {
            return !lines.isEmpty() && lines.get(lines.size() - 1).endsWith(LineBreaker.ELLIPSIS);
        }
    }

    /** {@code text} prepared for the fonts and broken into at most {@code maxLines} lines of {@code width}. */
    public TextBlock block(String text, TextStyle style, float width, int maxLines) {
        String prepared = fonts.prepare(text, style.bold());
        if (prepared == null || prepared.isEmpty()) {
            return new TextBlock(List.of(), style, style.bold());
        }
        boolean bold = style.bold() && !ScriptText.needsRegular(prepared, fonts.source());
        List<String> lines = LineBreaker.wrap(prepared, s -> fonts.width(bold, s, style.size()), width, maxLines);
        return new TextBlock(lines, style, bold);
    }

    /** The width of one line of {@code text} in {@code style}, as drawn. */
    public float textWidth(String text, TextStyle style) {
        String prepared = fonts.prepare(text, style.bold());
        if (prepared == null) {
            return 0;
        }
        boolean bold = style.bold() && !ScriptText.needsRegular(prepared, fonts.source());
        return fonts.width(bold, prepared, style.size());
    }

    // ---------------------------------------------------------------- text drawing

    /** A paragraph across the full width at the cursor; returns its height. */
    public float paragraph(String text, TextStyle style, int maxLines) {
        return paragraph(text, style, left, width(), maxLines);
    }

    /** A paragraph at {@code x}, {@code width} wide, at the cursor; returns its height. */
    public float paragraph(String text, TextStyle style, float x, float width, int maxLines) {
        return draw(block(text, style, width, maxLines), x);
    }

    /** A heading (bold) across the full width; returns its height. */
    public float heading(String text, float size, Color color, int maxLines) {
        return paragraph(text, TextStyle.bold(size).withColor(color), maxLines);
    }

    /** Draws a prepared block at {@code x} from the cursor down and moves the cursor below it. */
    public float draw(TextBlock block, float x) {
        float y0 = y;
        for (String line : block.lines()) {
            float baseline = y - block.style().size() * ASCENT;
            drawLine(line, block.style(), block.bold(), x, baseline);
            y -= block.style().leading();
        }
        return y0 - y;
    }

    /**
     * A row with a label in a column of {@code keyWidth} and the value wrapped beside it; the cursor
     * moves below the taller of the two. Returns the row's height (0 when the value is empty).
     */
    public float keyValue(String key, TextStyle keyStyle, String value, TextStyle valueStyle, float x,
            float keyWidth, float totalWidth, int maxLines) {
        TextBlock v = block(value, valueStyle, totalWidth - keyWidth, maxLines);
        if (v.isEmpty()) {
            return 0;
        }
        TextBlock k = block(key, keyStyle, keyWidth, 1);
        float y0 = y;
        draw(k, x);
        float afterKey = y;
        y = y0;
        draw(v, x + keyWidth);
        y = Math.min(y, afterKey);
        return y0 - y;
    }

    /** The baseline of a line of {@code style} whose line box starts at {@code lineTop} (as {@link #draw} places it). */
    public float baseline(float lineTop, TextStyle style) {
        return lineTop - style.size() * ASCENT;
    }

    /** One line of text with its baseline at {@code baseline}, starting at {@code x}; shortened to fit the page. */
    public void textAt(String text, TextStyle style, float x, float baseline) {
        TextBlock b = block(text, style, right - x, 1);
        if (!b.isEmpty()) {
            drawLine(b.lines().get(0), style, b.bold(), x, baseline);
        }
    }

    /** One line of text ending at {@code rightX}, no wider than {@code maxWidth}. */
    public void textRightAligned(String text, TextStyle style, float rightX, float baseline, float maxWidth) {
        TextBlock b = block(text, style, maxWidth, 1);
        if (!b.isEmpty()) {
            String line = b.lines().get(0);
            float w = fonts.width(b.bold(), line, style.size());
            drawLine(line, style, b.bold(), rightX - w, baseline);
        }
    }

    private void drawLine(String line, TextStyle style, boolean bold, float x, float baseline) {
        float w = fonts.width(bold, line, style.size());
        if (baseline - style.size() * DESCENT < floor - 0.01f || baseline + style.size() * ASCENT > page.getHeight()
                || x < 0 || x + w > page.getWidth() + 0.01f) {
            overflow = true;
        }
        if (cs == null) {
            return;
        }
        if (overflow) {
            throw new IllegalStateException("text would leave the page: " + line);
        }
        drawn.add(line);
        try {
            cs.beginText();
            cs.setFont(fonts.face(bold), style.size());
            cs.setNonStrokingColor(style.color());
            cs.newLineAtOffset(x, baseline);
            cs.showText(ScriptText.visual(line));
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- graphics

    /** A horizontal line across the full width at the cursor. */
    public void rule(Color color, float thickness) {
        fillRect(left, y - thickness, width(), thickness, color);
    }

    /** A filled rectangle; {@code y} is its bottom edge. */
    public void fillRect(float x, float yBottom, float w, float h, Color color) {
        check(yBottom);
        if (cs == null) {
            return;
        }
        try {
            cs.setNonStrokingColor(color);
            cs.addRect(x, yBottom, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image with its top-left corner at ({@code x}, {@code yTop}). */
    public void image(PDImageXObject image, float x, float yTop, float w, float h) {
        check(yTop - h);
        if (cs == null) {
            return;
        }
        try {
            cs.drawImage(image, x, yTop - h, w, h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A QR code for {@code content}, drawn as crisp vector squares, {@code size} points wide with its
     * top-left corner at ({@code x}, {@code yTop}). Leave white space of about a tenth of the size
     * around it (the quiet zone scanners need). False when the content cannot be encoded.
     */
    public boolean qrCode(String content, float x, float yTop, float size) {
        BitMatrix m = qrMatrix(content);
        if (m == null) {
            return false;
        }
        qrCode(m, x, yTop, size);
        return true;
    }

    /** A QR code from modules already computed by {@link #qrMatrix} (encoding is the slow part). */
    public void qrCode(BitMatrix m, float x, float yTop, float size) {
        check(yTop - size);
        if (cs == null) {
            return;
        }
        float module = size / m.getWidth();
        try {
            cs.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < m.getHeight(); row++) {
                int col = 0;
                while (col < m.getWidth()) {
                    if (!m.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < m.getWidth() && m.get(col, row)) {
                        col++;
                    }
                    cs.addRect(x + start * module, yTop - (row + 1) * module, (col - start) * module, module);
                }
            }
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR modules for {@code content} without quiet zone, or null when it cannot be encoded. */
    public static BitMatrix qrMatrix(String content) {
        if (content == null || content.isBlank()) {
            return null;
        }
        try {
            return new QRCodeWriter().encode(content.strip(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException | IllegalArgumentException e) {
            return null;
        }
    }

    private void check(float lowest) {
        if (lowest < floor - 0.01f) {
            overflow = true;
            if (cs != null) {
                throw new IllegalStateException("graphics would leave the page");
            }
        }
    }

    @Override
    public void close() {
        if (cs != null) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
