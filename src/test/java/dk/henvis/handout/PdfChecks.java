package dk.henvis.handout;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back the way a checker would: pages, text, fonts, font sizes, QR codes. */
final class PdfChecks {
    private PdfChecks() {
    }

    /** What one reading of a PDF tells: pages, extracted text, fonts, the smallest text size. */
    record Reading(int pages, String text, List<PDFont> fonts, float smallestTextSize) {
        boolean allFontsEmbedded() {
            return !fonts.isEmpty() && fonts.stream().allMatch(PDFont::isEmbedded);
        }
    }

    /** Reads the PDF once: page count, text (white space normalised), fonts and the smallest text size. */
    static Reading read(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    fonts.add(res.getFont(name));
                }
            }
            float[] min = {Float.MAX_VALUE};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        min[0] = Math.min(min[0], text.getFontSizeInPt());
                    }
                    super.processTextPosition(text);
                }
            };
            String text = normalize(stripper.getText(doc));
            return new Reading(doc.getNumberOfPages(), text, fonts, min[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extracted text with every run of white space (also no-break spaces) as one space. */
    static String text(byte[] pdf) {
        try (PDDocument doc = load(pdf)) {
            return normalize(new PDFTextStripper().getText(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalize(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static BufferedImage render(byte[] pdf, float dpi) {
        try (PDDocument doc = load(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contents of every QR code found on the rendered page. */
    static List<String> qrCodes(byte[] pdf) {
        BufferedImage image = render(pdf, 150);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap,
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            List<String> texts = new ArrayList<>();
            for (Result r : results) {
                texts.add(r.getText());
            }
            return texts;
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
