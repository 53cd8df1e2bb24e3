package dk.henvis.bench;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Schedule;
import dk.henvis.handout.HandoutRenderer;
import dk.henvis.handout.HandoutRequest;
import dk.henvis.handout.HandoutSettings;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A warm handout for three offers against the floor: PDFBox writing one A4 page of plain text (the
 * same amount of text) with the same embedded DejaVu Sans, in the same run. Targets: handout at most
 * 150 ms, at most 3 × the floor.
 *
 * <p>{@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.bench.HandoutBenchmark}
 */
public final class HandoutBenchmark {
    private static final int WARMUP = 30;
    private static final int RUNS = 60;

    private HandoutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(BenchSupport.machine());
        HandoutRenderer renderer = new HandoutRenderer(HandoutSettings.defaults());
        HandoutRequest request = new HandoutRequest(List.of(offer("a", "Seniorkoret i Medborgerhuset", DayOfWeek.TUESDAY),
                offer("b", "Gåklubben ved fjorden", DayOfWeek.THURSDAY), offer("c", "Strikkecafé på biblioteket",
                        DayOfWeek.MONDAY)), "Inger", "Jeg ringer til dig på fredag", "K7M-4TR", LocalDate.of(2026, 11, 27),
                false);
        byte[] font;
        try (InputStream in = HandoutRenderer.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        parsed.setEnableGsub(false);
        int bytes = 0;
        for (int i = 0; i < WARMUP; i++) {
            bytes = renderer.render(request).pdf().length;
            floorFromStream(font);
            floorFromParsed(parsed);
        }
        double[] handout = new double[RUNS];
        double[] floor = new double[RUNS];
        double[] floorParsed = new double[RUNS];
        for (int i = 0; i < RUNS; i++) { // interleaved, so all see the same machine load
            long t0 = System.nanoTime();
            renderer.render(request);
            long t1 = System.nanoTime();
            floorFromStream(font);
            long t2 = System.nanoTime();
            floorFromParsed(parsed);
            long t3 = System.nanoTime();
            handout[i] = (t1 - t0) / 1e6;
            floor[i] = (t2 - t1) / 1e6;
            floorParsed[i] = (t3 - t2) / 1e6;
        }
        double h50 = BenchSupport.percentile(handout, 50);
        double f50 = BenchSupport.percentile(floor, 50);
        double p50 = BenchSupport.percentile(floorParsed, 50);
        System.out.printf("handout (3 offers, warm): p50 %.1f ms, p90 %.1f ms, %d bytes%n", h50,
                BenchSupport.percentile(handout, 90), bytes);
        System.out.printf("floor (one page of plain text, font loaded as PDFBox users do): p50 %.1f ms, p90 %.1f ms%n",
                f50, BenchSupport.percentile(floor, 90));
        System.out.printf("strict floor (same, font parsed once as the handout does): p50 %.1f ms, p90 %.1f ms%n",
                p50, BenchSupport.percentile(floorParsed, 90));
        System.out.printf("ratio p50: %.2f x floor, %.2f x strict floor (target <= 3); handout <= 150 ms: %s%n",
                h50 / f50, h50 / p50, h50 <= 150 ? "met" : "NOT met");
    }

    private static byte[] floorFromStream(byte[] font) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            return floor(doc, PDType0Font.load(doc, new java.io.ByteArrayInputStream(font), true));
        }
    }

    private static byte[] floorFromParsed(TrueTypeFont font) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            return floor(doc, PDType0Font.load(doc, font, true));
        }
    }

    /** One A4 page, 45 lines of 11 pt text in DejaVu Sans embedded as a subset, saved to memory. */
    private static byte[] floor(PDDocument doc, PDType0Font f) throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(f, 11);
            cs.newLineAtOffset(50, 790);
            for (int i = 0; i < 45; i++) {
                cs.showText("Fællesskaber til dig: tirsdage kl. 10.00–12.00, Jernbanegade 5, 3600 Frederikssund");
                cs.newLineAtOffset(0, -16);
            }
            cs.endText();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private static Offer offer(String id, String name, DayOfWeek day) {
        Location loc = new Location("l" + id, "Medborgerhuset", "Jernbanegade 5", "3600", "Frederikssund", 55.84, 12.07,
                "Bus 312 og 320R holder ved Frederikssund Station, 5 minutters gang", Access.STEP_FREE, null, false);
        Schedule s = new Schedule(Frequency.WEEKLY, 1, List.of(day), null, null, LocalTime.of(10, 0), LocalTime.of(12, 0),
                null, null, null, null);
        return new Offer(new OfferKey("bench", id), name, null,
                "Vi synger danske sange og viser fra hele sangbogen, og ingen behøver kunne noder. Efter sangen "
                        + "drikker vi kaffe sammen. Koret optræder to gange om året.",
                "https://example.dk/" + id, null, OfferStatus.ACTIVE, new Organisation("o", "Ældre Sagen", null, null),
                List.of(loc), List.of(s), AgeRange.ANY, new Cost(BigDecimal.ZERO, "Gratis"), List.of(), List.of(),
                List.of("da"), List.of(new Contact("Bente Hansen", null, "+45 12345678", "bente@example.dk")),
                FocusLevel.FOREBYG, List.of(), AudienceSex.ANY, null, true, null, null);
    }
}
