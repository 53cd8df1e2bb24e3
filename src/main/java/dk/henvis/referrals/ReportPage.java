package dk.henvis.referrals;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A minimal top-to-bottom writer for the one-page status report: single lines of text measured and
 * shortened with an ellipsis to fit, and filled rectangles. Uses the Liberation Sans that PDFBox
 * ships, embedded as a subset; characters it lacks are replaced by '?'.
 */
final class ReportPage implements AutoCloseable {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float ASCENT = 0.91f;
    static final Color INK = new Color(0x11, 0x11, 0x11);

    private final PDPageContentStream cs;
    private final PDType0Font font;
    private final float left;
    private final float right;
    private final float bottom;
    private float y;

    ReportPage(PDDocument doc, PDPage page, float margin) throws IOException {
        try (InputStream in = ReportPage.class.getResourceAsStream(FONT)) {
            this.font = PDType0Font.load(doc, in, true);
        }
        this.cs = new PDPageContentStream(doc, page);
        this.left = margin;
        this.right = page.getMediaBox().getWidth() - margin;
        this.bottom = margin;
        this.y = page.getMediaBox().getHeight() - margin;
    }

    float left() {
        return left;
    }

    float width() {
        return right - left;
    }

    float bottom() {
        return bottom;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void space(float points) {
        y -= points;
    }

    static float leading(float size) {
        return size * 1.3f;
    }

    /** One line at the cursor, shortened to {@code width}; moves the cursor below it. */
    void line(String text, float size, Color color, float x, float width) {
        textAt(fit(text, size, width), size, color, x, y - size * ASCENT);
        y -= leading(size);
    }

    /** One line ending at {@code rightX} on the cursor's first baseline; the cursor does not move. */
    void rightAligned(String text, float size, Color color, float rightX, float maxWidth) {
        String t = fit(text, size, maxWidth);
        textAt(t, size, color, rightX - width(t, size), y - size * ASCENT);
    }

    void fillRect(float x, float yBottom, float w, float h, Color color) {
        check(yBottom);
        try {
            cs.setNonStrokingColor(color);
            cs.addRect(x, yBottom, w, h);
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void textAt(String text, float size, Color color, float x, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        check(baseline - size * 0.25f);
        try {
            cs.beginText();
            cs.setFont(font, size);
            cs.setNonStrokingColor(color);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void check(float lowest) {
        if (lowest < bottom - 0.01f) {
            throw new IllegalStateException("the report would leave the page");
        }
    }

    /** The text with unknown characters replaced, shortened at a word boundary with an ellipsis to fit. */
    String fit(String raw, float size, float maxWidth) {
        String text = printable(raw == null ? "" : raw.strip());
        if (width(text, size) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(cut + "…", size) > maxWidth) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 && width(cut.substring(0, space) + "…", size) <= maxWidth
                    ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
        }
        return cut.isEmpty() ? "" : cut.stripTrailing() + "…";
    }

    private String printable(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(Character.isWhitespace(cp) ? ' ' : cp));
            sb.append(hasGlyph(c) ? c : "?");
        });
        return sb.toString();
    }

    private boolean hasGlyph(String c) {
        try {
            font.encode(c);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return Float.MAX_VALUE;
        }
    }

    @Override
    public void close() {
        try {
            cs.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
