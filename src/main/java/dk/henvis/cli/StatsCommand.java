package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.henvis.catalog.ProtectedPaths;
import dk.henvis.i18n.Messages;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.LabelledCount;
import dk.henvis.referrals.ReferralCsv;
import dk.henvis.referrals.ReferralStatistics;
import dk.henvis.referrals.Share;
import dk.henvis.referrals.StatisticsJson;
import dk.henvis.referrals.StatusReportPdf;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code henvis stats}: the anonymous referral statistics (contract §1). */
@Command(name = "stats", description = "The anonymous referral statistics; counts of 1-4 are shown as <5.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--from", paramLabel = "DATE", description = "first referral date counted (YYYY-MM-DD)")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "last referral date counted (YYYY-MM-DD)")
    String to;
    @Option(names = "--json", description = "print one JSON object")
    boolean json;
    @Option(names = "--csv", paramLabel = "OUT.csv", description = "also write the statistics as CSV")
    java.nio.file.Path csv;
    @Option(names = "--pdf", paramLabel = "OUT.pdf", description = "also write the one-page status report as PDF")
    java.nio.file.Path pdf;

    @Override
    public Integer call() throws Exception {
        DateRange range = new DateRange(CliValues.date("--from", from), CliValues.date("--to", to));
        try (CoreServices s = root.open(db.resolve())) {
            // both outputs are checked before the first is written: neither may replace the database
            for (java.nio.file.Path target : new java.nio.file.Path[] {csv, pdf}) {
                if (target != null) {
                    ProtectedPaths.refuse(target);
                }
            }
            ReferralStatistics stats = s.referrals().statistics(range);
            PrintWriter out = spec.commandLine().getOut();
            if (csv != null) {
                OutputFiles.write(csv, ReferralCsv.statistics(stats).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (pdf != null) {
                OutputFiles.write(pdf, new StatusReportPdf().render(stats, s.referrals().today()));
            }
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(StatisticsJson.of(stats)));
            } else {
                printText(out, stats);
            }
            return HenvisCommand.EXIT_OK;
        }
    }

    private static void printText(PrintWriter out, ReferralStatistics s) {
        out.println(Messages.get("cli.stats.referrals", s.shownReferrals()));
        out.println(Messages.get("cli.stats.followups", s.shownFollowups(), percent(s.followUpRate())));
        out.println(Messages.get("cli.stats.attended", s.attended().shownCount(), percent(s.attended())));
        out.println(Messages.get("cli.stats.stillGoing", s.stillGoing().shownCount(), percent(s.stillGoing())));
        out.println(Messages.get("cli.stats.severeAtReferral", s.severeAtReferral().shownCount(),
                s.severeAtReferral().shownOf(), percent(s.severeAtReferral())));
        out.println(Messages.get("cli.stats.severeAtFollowup", s.severeAtFollowUp().shownCount(),
                s.severeAtFollowUp().shownOf(), percent(s.severeAtFollowUp())));
        out.println(Messages.get("cli.stats.uclaChange", s.uclaChange().shownN(),
                s.uclaChange().visibleMean().isPresent()
                        ? String.format(Locale.forLanguageTag("da-DK"), "%+.1f", s.uclaChange().visibleMean().getAsDouble())
                        : "-"));
        out.println(Messages.get("cli.stats.plan", ReferralStatistics.PLAN_BASELINE_PERCENT,
                ReferralStatistics.PLAN_TARGET_PERCENT));
        section(out, Messages.get("cli.stats.perMonth"), s.perMonth());
        section(out, Messages.get("cli.stats.perUnit"), s.perUnit());
        section(out, Messages.get("cli.stats.perFocus"), s.perFocus());
        section(out, Messages.get("cli.stats.perAgeBand"), s.perAgeBand());
        section(out, Messages.get("cli.stats.perOfferCategory"), s.perOfferCategory());
        section(out, Messages.get("cli.stats.perOffer"), s.perOffer());
    }

    private static String percent(Share share) {
        return share.percent().isPresent()
                ? String.format(Locale.forLanguageTag("da-DK"), "%.0f %%", share.percent().getAsDouble())
                : "-";
    }

    private static void section(PrintWriter out, String title, List<LabelledCount> cells) {
        if (cells.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        for (LabelledCount c : cells) {
            out.printf("  %-40s %5s%n", c.label(), c.shown());
        }
    }
}
