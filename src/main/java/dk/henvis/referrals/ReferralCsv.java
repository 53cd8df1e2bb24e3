package dk.henvis.referrals;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180, UTF-8, comma, header row) for the municipality's report: the anonymous records, and
 * the statistics with the "<5" rule applied. Text cells that a spreadsheet would take for a formula
 * (starting with =, +, - or @) are prefixed with an apostrophe.
 */
public final class ReferralCsv {
    private ReferralCsv() {
    }

    public static String records(List<ReferralRecord> records) {
        StringBuilder sb = new StringBuilder();
        row(sb, "code", "date", "unit", "focus", "age_band", "postcode", "followup_consent", "ucla_1", "ucla_2",
                "ucla_3", "ucla_sum", "offers", "offer_names", "offer_categories", "followup_date", "attended",
                "still_going", "followup_ucla_1", "followup_ucla_2", "followup_ucla_3", "followup_ucla_sum");
        for (ReferralRecord r : records) {
            FollowUp f = r.followUp();
            UclaScore u = r.ucla();
            UclaScore fu = f == null ? null : f.ucla();
            row(sb, r.code().value(), r.date().toString(), text(r.unit()),
                    r.focus() == null ? "" : r.focus().code(),
                    r.ageBand() == null ? "" : r.ageBand().code(),
                    r.postcode() == null ? "" : r.postcode(),
                    yesNo(r.followupConsent()),
                    u == null ? "" : Integer.toString(u.item1()), u == null ? "" : Integer.toString(u.item2()),
                    u == null ? "" : Integer.toString(u.item3()), u == null ? "" : Integer.toString(u.sum()),
                    r.offers().stream().map(o -> text(o.key())).collect(Collectors.joining(";")),
                    r.offers().stream().map(o -> text(o.name())).collect(Collectors.joining(";")),
                    r.offers().stream().map(o -> o.category() == null ? "" : text(o.category()))
                            .collect(Collectors.joining(";")),
                    f == null ? "" : f.date().toString(),
                    f == null ? "" : yesNo(f.attended()),
                    f == null || f.stillGoing() == null ? "" : yesNo(f.stillGoing()),
                    fu == null ? "" : Integer.toString(fu.item1()), fu == null ? "" : Integer.toString(fu.item2()),
                    fu == null ? "" : Integer.toString(fu.item3()), fu == null ? "" : Integer.toString(fu.sum()));
        }
        return sb.toString();
    }

    /** One row per figure: {@code section,label,count,of,percent}; hidden counts are "<5". */
    public static String statistics(ReferralStatistics s) {
        StringBuilder sb = new StringBuilder();
        row(sb, "section", "label", "count", "of", "percent");
        String period = (s.period().from() == null ? "" : s.period().from().toString()) + ".."
                + (s.period().to() == null ? "" : s.period().to().toString());
        row(sb, "period", period, "", "", "");
        row(sb, "total", "referrals", s.shownReferrals(), "", "");
        row(sb, "total", "followups", s.shownFollowups(), "", "");
        share(sb, "followUpRate", s.followUpRate());
        share(sb, "attended", s.attended());
        share(sb, "stillGoing", s.stillGoing());
        share(sb, "followupConsent", s.consent());
        share(sb, "uclaSevereAtReferral", s.severeAtReferral());
        share(sb, "uclaSevereAtFollowup", s.severeAtFollowUp());
        row(sb, "uclaMeanChange", "mean", s.uclaChange().visibleMean().isPresent()
                ? number(s.uclaChange().visibleMean().getAsDouble()) : "", s.uclaChange().shownN(), "");
        row(sb, "planTargets", "baselinePercent", "", "", number(ReferralStatistics.PLAN_BASELINE_PERCENT));
        row(sb, "planTargets", "targetPercent", "", "", number(ReferralStatistics.PLAN_TARGET_PERCENT));
        cells(sb, "perMonth", s.perMonth());
        cells(sb, "perUnit", s.perUnit());
        cells(sb, "perFocus", s.perFocus());
        cells(sb, "perAgeBand", s.perAgeBand());
        cells(sb, "perPostcode", s.perPostcode());
        cells(sb, "perOfferCategory", s.perOfferCategory());
        cells(sb, "perOffer", s.perOffer());
        return sb.toString();
    }

    private static void share(StringBuilder sb, String section, Share share) {
        row(sb, section, "", share.shownCount(), share.shownOf(),
                share.percent().isPresent() ? number(share.percent().getAsDouble()) : "");
    }

    private static void cells(StringBuilder sb, String section, List<LabelledCount> cells) {
        for (LabelledCount c : cells) {
            row(sb, section, text(c.label()), c.shown(), "", "");
        }
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** Guards against spreadsheet formula injection in text typed by people. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(cells[i]));
        }
        sb.append("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
