package dk.henvis.handout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A rendered handout as a picture, for the preview on screen. */
public final class HandoutPages {
    /** Resolution of the preview: the A4 page fits a laptop screen at 100 % zoom. */
    public static final int PREVIEW_DPI = 110;

    private HandoutPages() {
    }

    /** The first page of the PDF at {@link #PREVIEW_DPI}. */
    public static BufferedImage preview(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, PREVIEW_DPI);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the handout preview", e);
        }
    }
}
