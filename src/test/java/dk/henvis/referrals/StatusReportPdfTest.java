package dk.henvis.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.FocusLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class StatusReportPdfTest {
    static final StatusReportPdf REPORT = new StatusReportPdf();
    static final LocalDate MADE = LocalDate.of(2027, 1, 15);

    @Test
    void knownSetGivesOnePageWithTheKeyFiguresAndHiddenSmallCounts() throws Exception {
        ReferralStatistics s = ReferralStatistics.of(DateRange.ALL, KnownReferrals.all());

        try (PDDocument doc = Loader.loadPDF(REPORT.render(s, MADE))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).contains("status");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertAllFontsEmbedded(doc);
            assertThat(fontNames(doc)).as("the handout's fonts, laid out by the handout's PdfPageWriter")
                    .allMatch(n -> n.contains("DejaVuSans")).anyMatch(n -> n.contains("Bold"));
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ');
            assertThat(text).contains("Henvisninger 11", "9 (81,8 % af henvisningerne)", "6 (66,7 % af opfølgningerne)",
                    "-2,0 point", "fra 11 % til 7 %", "Hjemmeplejen 9", "Jobcenter <5", "Musik 9", "Idræt <5",
                    "2026-12 <5", "stoette 6", "Henviste, ved henvisning 66,7 %", "Henviste, ved opfølgning 0 %");
        }
    }

    @Test
    void manyUnitsAndMonthsStillFitOnePage() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        List<ReferralRecord> records = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 900; i++) {
            String unit = "Enhed med et ret langt navn nummer " + (i % 40);
            List<ReferredOffer> offers = List.of(new ReferredOffer("s", "o" + (i % 60), "Tilbud " + (i % 60),
                    "Kategori med langt navn " + (i % 25)));
            records.add(new ReferralRecord(ReferralCode.random(random), start.plusDays(i % 700), unit,
                    FocusLevel.values()[i % 3], AgeBand.values()[i % 6], "3600", i % 2 == 0, null, offers, null));
        }
        records.sort(java.util.Comparator.comparing(ReferralRecord::date));
        ReferralStatistics s = ReferralStatistics.of(DateRange.ALL, records);
        assertThat(s.perMonth()).hasSizeGreaterThan(StatusReportPdf.MAX_MONTHS);

        try (PDDocument doc = Loader.loadPDF(REPORT.render(s, MADE))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("seneste 12").contains("900");
        }
    }

    @Test
    void anEmptyLogStillGivesAReport() throws Exception {
        try (PDDocument doc = Loader.loadPDF(REPORT.render(ReferralStatistics.of(DateRange.ALL, List.of()), MADE))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Ingen henvisninger i perioden");
        }
    }

    static List<String> fontNames(PDDocument doc) throws Exception {
        PDResources res = doc.getPage(0).getResources();
        List<String> names = new ArrayList<>();
        for (var name : res.getFontNames()) {
            names.add(res.getFont(name).getName());
        }
        return names;
    }

    static void assertAllFontsEmbedded(PDDocument doc) throws Exception {
        PDResources res = doc.getPage(0).getResources();
        for (var name : res.getFontNames()) {
            PDFont font = res.getFont(name);
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
    }
}
