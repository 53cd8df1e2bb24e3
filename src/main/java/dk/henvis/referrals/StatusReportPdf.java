package dk.henvis.referrals;

import dk.henvis.i18n.Messages;
import dk.henvis.handout.PdfFonts;
import dk.henvis.handout.PdfPageWriter;
import dk.henvis.handout.TextStyle;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The one-page status report for the municipality: key figures beside the action plan's targets and
 * simple bar charts, with the "<5" rule applied everywhere. A chart shows at most {@value #MAX_ROWS}
 * rows and every text is shortened to its column, so the page never overflows. Laid out with the
 * handout's PDF code ({@link PdfPageWriter}, {@link dk.henvis.handout.LineBreaker}, the embedded
 * DejaVu fonts of {@link PdfFonts}): one way to measure, break and draw text for every PDF Henvis makes.
 */
public final class StatusReportPdf {
    static final int MAX_ROWS = 10;
    /** A year of months. */
    static final int MAX_MONTHS = 12;
    private static final float MARGIN = 48;
    private static final Color BAR = new Color(0x2E, 0x6D, 0xA4);
    private static final Color PLAN = new Color(0x9A, 0x9A, 0x9A);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final float BODY = 10;
    private static final float SMALL = 8.5f;
    private static final float TITLE = 20;
    private static final TextStyle BODY_TEXT = TextStyle.regular(BODY);
    private static final TextStyle BODY_MUTED = TextStyle.regular(BODY).withColor(MUTED);
    private static final TextStyle SMALL_MUTED = TextStyle.regular(SMALL).withColor(MUTED);
    private static final TextStyle CHART_TITLE = TextStyle.bold(BODY + 1);
    /** Chart rows: a little smaller than the key figures, so labels in half a page's column stay whole. */
    private static final TextStyle ROW_TEXT = TextStyle.regular(9.5f);
    private static final TextStyle TITLE_TEXT = TextStyle.bold(TITLE);
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    /** The report as PDF bytes. */
    public byte[] render(ReferralStatistics s, LocalDate generated) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PdfFonts.Embedded fonts = PdfFonts.dejaVuSans().embed(doc);
            try (PdfPageWriter w = PdfPageWriter.drawing(doc, page, fonts, MARGIN, MARGIN)) {
                layout(w, s, generated);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(Messages.get("referral.report.title"));
            info.setAuthor(Messages.get("referral.report.author"));
            info.setCreator("Henvis");
            Calendar created = GregorianCalendar.from(generated.atStartOfDay(ZoneId.of("Europe/Copenhagen")));
            info.setCreationDate(created);
            doc.getDocumentCatalog().setLanguage("da-DK");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void layout(PdfPageWriter w, ReferralStatistics s, LocalDate generated) {
        line(w, Messages.get("referral.report.title"), TITLE_TEXT, w.left(), w.width());
        line(w, Messages.get("referral.report.period", period(s.period()), generated.toString()), SMALL_MUTED,
                w.left(), w.width());
        w.space(10);

        float keyWidth = 190;
        keyValue(w, Messages.get("referral.report.referrals"), s.shownReferrals(), keyWidth);
        keyValue(w, Messages.get("referral.report.followups"),
                Messages.get("referral.report.ofReferrals", s.shownFollowups(), percent(s.followUpRate())),
                keyWidth);
        keyValue(w, Messages.get("referral.report.attended"),
                Messages.get("referral.report.ofFollowups", s.attended().shownCount(), percent(s.attended())), keyWidth);
        keyValue(w, Messages.get("referral.report.stillGoing"),
                Messages.get("referral.report.ofFollowups", s.stillGoing().shownCount(), percent(s.stillGoing())),
                keyWidth);
        keyValue(w, Messages.get("referral.report.severeAtReferral"), Messages.get("referral.report.shareOf",
                s.severeAtReferral().shownCount(), s.severeAtReferral().shownOf(), percent(s.severeAtReferral())),
                keyWidth);
        keyValue(w, Messages.get("referral.report.severeAtFollowup"), Messages.get("referral.report.shareOf",
                s.severeAtFollowUp().shownCount(), s.severeAtFollowUp().shownOf(), percent(s.severeAtFollowUp())),
                keyWidth);
        keyValue(w, Messages.get("referral.report.uclaChange"), s.uclaChange().visibleMean().isPresent()
                ? Messages.get("referral.report.change", String.format(DANISH, "%+.1f",
                        s.uclaChange().visibleMean().getAsDouble()), s.uclaChange().shownN())
                : SmallCounts.HIDDEN, keyWidth);
        keyValue(w, Messages.get("referral.report.plan"), Messages.get("referral.report.planValue",
                number(ReferralStatistics.PLAN_BASELINE_PERCENT), number(ReferralStatistics.PLAN_TARGET_PERCENT)),
                keyWidth);
        w.space(12);

        float gap = 24;
        float colWidth = (w.width() - gap) / 2;
        float left = w.left();
        float right = left + colWidth + gap;

        float top = w.y();
        List<LabelledCount> months = s.perMonth();
        boolean moreMonths = months.size() > MAX_MONTHS;
        chart(w, moreMonths ? Messages.get("referral.report.perMonthLatest", MAX_MONTHS)
                        : Messages.get("referral.report.perMonth"),
                counts(moreMonths ? months.subList(months.size() - MAX_MONTHS, months.size()) : months), left, colWidth);
        float afterLeft = w.y();
        w.moveTo(top);
        chart(w, Messages.get("referral.report.ucla"), uclaBars(s), right, colWidth);
        w.space(10);
        chart(w, Messages.get("referral.report.perFocus"), counts(s.perFocus()), right, colWidth);
        w.space(10);
        chart(w, Messages.get("referral.report.perAgeBand"), counts(s.perAgeBand()), right, colWidth);
        w.moveTo(Math.min(afterLeft, w.y()) - 12);

        top = w.y();
        chart(w, Messages.get("referral.report.perUnit"), counts(top(s.perUnit())), left, colWidth);
        afterLeft = w.y();
        w.moveTo(top);
        chart(w, Messages.get("referral.report.perOfferCategory"), counts(top(s.perOfferCategory())), right, colWidth);
        w.moveTo(Math.min(afterLeft, w.y()));

        w.moveTo(w.bottom() + 2 * SMALL_MUTED.leading());
        line(w, Messages.get("referral.report.footer1"), SMALL_MUTED, w.left(), w.width());
        line(w, Messages.get("referral.report.footer2"), SMALL_MUTED, w.left(), w.width());
    }

    /** One line at the cursor, shortened with an ellipsis to {@code width}; the cursor moves below it. */
    private static void line(PdfPageWriter w, String text, TextStyle style, float x, float width) {
        float top = w.y();
        w.paragraph(text, style, x, width, 1);
        w.moveTo(top - style.leading());
    }

    private static void keyValue(PdfPageWriter w, String key, String value, float keyWidth) {
        float top = w.y();
        line(w, key, BODY_MUTED, w.left(), keyWidth - 6);
        float below = w.y();
        w.moveTo(top);
        line(w, value, BODY_TEXT, w.left() + keyWidth, w.width() - keyWidth);
        w.moveTo(Math.min(below, w.y()));
    }

    /** One bar of a chart: the value drawn (empty = hidden or none) and the text shown beside it. */
    record Bar(String label, OptionalDouble value, String shown, boolean plan) {
    }

    private static List<LabelledCount> top(List<LabelledCount> cells) {
        return cells.size() > MAX_ROWS ? cells.subList(0, MAX_ROWS) : cells;
    }

    private static List<Bar> counts(List<LabelledCount> cells) {
        List<Bar> bars = new ArrayList<>();
        for (LabelledCount c : cells) {
            bars.add(new Bar(c.label(), c.visible().isPresent() ? OptionalDouble.of(c.visible().getAsInt())
                    : OptionalDouble.empty(), c.shown(), false));
        }
        return bars;
    }

    private static List<Bar> uclaBars(ReferralStatistics s) {
        return List.of(
                new Bar(Messages.get("referral.report.uclaBaseline"),
                        OptionalDouble.of(ReferralStatistics.PLAN_BASELINE_PERCENT),
                        number(ReferralStatistics.PLAN_BASELINE_PERCENT) + " %", true),
                new Bar(Messages.get("referral.report.uclaTarget"),
                        OptionalDouble.of(ReferralStatistics.PLAN_TARGET_PERCENT),
                        number(ReferralStatistics.PLAN_TARGET_PERCENT) + " %", true),
                shareBar(Messages.get("referral.report.uclaAtReferral"), s.severeAtReferral()),
                shareBar(Messages.get("referral.report.uclaAtFollowup"), s.severeAtFollowUp()));
    }

    private static Bar shareBar(String label, Share share) {
        return new Bar(label, share.percent(), share.percent().isPresent() ? percent(share)
                : share.of() == 0 ? "-" : SmallCounts.HIDDEN, false);
    }

    /** A horizontal bar chart at {@code x}, {@code width} wide, from the cursor down. */
    private static void chart(PdfPageWriter w, String title, List<Bar> bars, float x, float width) {
        w.paragraph(title, CHART_TITLE, x, width, 2);
        w.space(2);
        if (bars.isEmpty()) {
            line(w, Messages.get("referral.report.none"), SMALL_MUTED, x, width);
            return;
        }
        float labelWidth = width * 0.6f;
        float valueWidth = 40;
        float barSpace = width - labelWidth - valueWidth - 4;
        double max = bars.stream().mapToDouble(b -> b.value().orElse(0)).max().orElse(0);
        for (Bar b : bars) {
            float rowTop = w.y();
            line(w, b.label(), ROW_TEXT, x, labelWidth - 4);
            float rowBottom = w.y();
            if (b.value().isPresent() && max > 0 && b.value().getAsDouble() > 0) {
                float len = (float) (barSpace * b.value().getAsDouble() / max);
                w.fillRect(x + labelWidth, rowBottom + 2.5f, Math.max(len, 1f), rowTop - rowBottom - 5f,
                        b.plan() ? PLAN : BAR);
            }
            w.textRightAligned(b.shown(), ROW_TEXT, x + width, w.baseline(rowTop, ROW_TEXT), valueWidth);
        }
    }

    private static String period(DateRange r) {
        if (r.from() == null && r.to() == null) {
            return Messages.get("referral.report.allTime");
        }
        String from = r.from() == null ? "…" : r.from().toString();
        String to = r.to() == null ? "…" : r.to().toString();
        return from + " – " + to;
    }

    private static String percent(Share share) {
        return share.percent().isPresent() ? number(share.percent().getAsDouble()) + " %" : "-";
    }

    private static String number(double v) {
        return String.format(DANISH, v == Math.rint(v) ? "%.0f" : "%.1f", v);
    }
}
