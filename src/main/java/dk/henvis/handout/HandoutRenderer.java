package dk.henvis.handout;

import com.google.zxing.common.BitMatrix;
import dk.henvis.catalog.AtomicFiles;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Renders the one-page referral handout (A4) for one to three offers.
 *
 * <p>The page is always exactly one page: the layout is first measured on a {@link PdfPageWriter}
 * that does not draw, at the largest body size and the most generous line limits; if it does not
 * fit, the text is made smaller down to a comfortable size, then long texts get fewer lines (each
 * shortened at a word with "…"), then the text goes down to the minimum size: 11 pt, or 16 pt in
 * large print. See {@code src/site/adr/} for the rule.
 */
public final class HandoutRenderer {
    private static final AtomicFiles.Texts TEXTS = new AtomicFiles.Texts("handout.error.noFolder",
            "handout.error.isFolder", "handout.error.notWritable");
    static final float NORMAL_MAX = 15f;
    static final float NORMAL_COMFORT = 13f;
    static final float NORMAL_MIN = 11f;
    static final float LARGE_MAX = 20f;
    static final float LARGE_COMFORT = 18f;
    static final float LARGE_MIN = 16f;

    private static final Color ACCENT = new Color(0x1B, 0x4B, 0x5A);
    private static final Color RULE = new Color(0xB8, 0xC4, 0xC8);
    private static final Color NOTE_BACKGROUND = new Color(0xEA, 0xF2, 0xF4);
    private static final float MARGIN_X = 50f;
    private static final float MARGIN_Y = 42f;

    private final Supplier<HandoutSettings> settingsSource;
    private final PdfFonts fonts;

    public HandoutRenderer(HandoutSettings settings) {
        this(() -> settings);
    }

    /** A renderer that asks for the current settings at each handout. */
    public HandoutRenderer(Supplier<HandoutSettings> settings) {
        this(settings, PdfFonts.dejaVuSans());
    }

    public HandoutRenderer(Supplier<HandoutSettings> settings, PdfFonts fonts) {
        this.settingsSource = settings;
        this.fonts = fonts;
    }

    /** Renders the handout in memory. */
    public synchronized Handout render(HandoutRequest request) {
        HandoutSettings settings = settingsSource.get();
        List<OfferText> texts = new ArrayList<>();
        for (Offer o : request.offers()) {
            texts.add(HandoutTexts.of(o, request.date(), request.stepFreeNeeded()));
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PdfFonts.Embedded embedded = fonts.embed(doc);
            Map<String, BitMatrix> qrCodes = new HashMap<>();
            for (OfferText t : texts) {
                BitMatrix m = t.url() == null ? null : PdfPageWriter.qrMatrix(t.url());
                if (m != null) {
                    qrCodes.put(t.url(), m);
                }
            }
            Fit fit = fit(request, settings, texts, qrCodes, embedded, page.getMediaBox());
            List<String> lines;
            try (PdfPageWriter w = PdfPageWriter.drawing(doc, page, embedded, MARGIN_X, MARGIN_Y)) {
                new HandoutLayout(w, fit, request, texts, qrCodes, settings).layout();
                lines = new ArrayList<>(w.drawnLines());
            }
            describe(doc, settings);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return new Handout(out.toByteArray(), fit.body(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the handout", e);
        }
    }

    /**
     * Renders the handout and writes it to {@code out}: first to a temporary file in the same folder,
     * then moved into place, so a failure never leaves a half-written file.
     *
     * @throws BadInputException when the file cannot be written there
     */
    public Handout write(HandoutRequest request, Path out) {
        Handout handout = render(request);
        save(handout.pdf(), out);
        return handout;
    }

    /** Writes a rendered handout to {@code target} whole or not at all (see {@link AtomicFiles}). */
    public static void save(byte[] pdf, Path target) {
        AtomicFiles.write(target, TEXTS, pdf);
    }

    /** The largest body size and most generous line limits with which everything fits. */
    private static Fit fit(HandoutRequest request, HandoutSettings settings, List<OfferText> texts, Map<String, BitMatrix> qrCodes,
            PdfFonts.Embedded fonts, PDRectangle page) {
        float max = request.largePrint() ? LARGE_MAX : NORMAL_MAX;
        float comfort = request.largePrint() ? LARGE_COMFORT : NORMAL_COMFORT;
        float min = request.largePrint() ? LARGE_MIN : NORMAL_MIN;
        // first keep the text comfortably large and let long texts give up lines (never whole summaries);
        // only then go smaller, down to the minimum
        for (int level = 0; level <= Fit.COMFORTABLE_TIGHTEST; level++) {
            for (float size = max; size >= comfort - 0.001f; size -= 0.5f) {
                if (fits(new Fit(size, level, min), request, settings, texts, qrCodes, fonts, page)) {
                    return new Fit(size, level, min);
                }
            }
        }
        for (int level = 0; level <= Fit.TIGHTEST; level++) {
            for (float size = comfort - 0.5f; size >= min - 0.001f; size -= 0.5f) {
                if (fits(new Fit(size, level, min), request, settings, texts, qrCodes, fonts, page)) {
                    return new Fit(size, level, min);
                }
            }
        }
        throw new IllegalStateException("the handout does not fit one page even at its tightest");
    }

    private static boolean fits(Fit fit, HandoutRequest request, HandoutSettings settings, List<OfferText> texts, Map<String, BitMatrix> qrCodes,
            PdfFonts.Embedded fonts, PDRectangle page) {
        PdfPageWriter w = PdfPageWriter.measuring(fonts, page, MARGIN_X, MARGIN_Y);
        new HandoutLayout(w, fit, request, texts, qrCodes, settings).layout();
        return !w.overflowed();
    }

    private static void describe(PDDocument doc, HandoutSettings settings) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(Messages.get("handout.title"));
        if (settings.author() != null) {
            info.setAuthor(settings.author());
        }
        info.setSubject(Messages.get("handout.subject"));
        info.setCreator("Henvis");
        Calendar now = GregorianCalendar.getInstance(Messages.DANISH);
        info.setCreationDate(now);
        info.setModificationDate(now);
        doc.getDocumentCatalog().setLanguage("da-DK");
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }

    /** Sizes and line limits for one attempt at the layout. */
    record Fit(float body, int level, float min) {
        static final int TIGHTEST = 5;
        static final int COMFORTABLE_TIGHTEST = 1;
        // shortened first: summary, intro, note, extra schedules; last: when, where, contact.
        // The last level is the emergency one for absurdly long texts everywhere.
        private static final int[] NOTE = {4, 3, 2, 2, 1, 1};
        private static final int[] NAME = {2, 2, 2, 2, 1, 1};
        private static final int[] SUMMARY = {3, 2, 2, 1, 0, 0};
        private static final int[] WHEN = {2, 2, 2, 2, 2, 1};
        private static final int[] SCHEDULES = {3, 2, 2, 1, 1, 1};
        private static final int[] WHERE = {2, 2, 2, 2, 2, 1};
        private static final int[] TRANSPORT = {2, 2, 1, 1, 0, 0};
        private static final int[] CONTACT = {2, 2, 2, 1, 1, 1};

        boolean intro() {
            return level == 0;
        }

        int noteLines() {
            return NOTE[level];
        }

        int nameLines() {
            return NAME[level];
        }

        int summaryLines() {
            return SUMMARY[level];
        }

        int whenLines() {
            return WHEN[level];
        }

        int schedules() {
            return SCHEDULES[level];
        }

        int whereLines() {
            return WHERE[level];
        }

        int transportLines() {
            return TRANSPORT[level];
        }

        int contactLines() {
            return CONTACT[level];
        }

        /** Secondary text (footer, date) a little smaller, never below the minimum. */
        float small() {
            return Math.max(min, body * 0.9f);
        }

        float heading() {
            return body * 1.8f;
        }

        float title() {
            return body * 1.3f;
        }

        float code() {
            return Math.max(body * 1.6f, min * 1.6f);
        }
    }

    static Color accent() {
        return ACCENT;
    }

    static Color rule() {
        return RULE;
    }

    static Color noteBackground() {
        return NOTE_BACKGROUND;
    }
}
