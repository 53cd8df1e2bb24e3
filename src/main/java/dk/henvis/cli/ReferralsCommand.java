package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.PoolFile;
import dk.henvis.referrals.PoolImport;
import dk.henvis.referrals.ReferralCsv;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.ReportFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code henvis referrals export|import|retention}: pooling logs across laptops and retention. */
@Command(name = "referrals", description = "The anonymous referral log: pool logs across laptops, retention.",
        subcommands = {
            ReferralsCommand.Export.class,
            ReferralsCommand.Import.class,
            ReferralsCommand.Retention.class,
        })
final class ReferralsCommand {
    @ParentCommand
    HenvisCommand root;

    /** {@code referrals export}: the log as a pooling file (JSON) or as CSV of the anonymous records. */
    @Command(name = "export", description = "Writes the log as a pooling file (json) or as CSV of the anonymous records.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ReferralsCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
        Path out;
        @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json",
                description = "json (pooling file, default) or csv")
        String format;
        @Option(names = "--from", paramLabel = "DATE", description = "csv only: first referral date (YYYY-MM-DD)")
        String from;
        @Option(names = "--to", paramLabel = "DATE", description = "csv only: last referral date (YYYY-MM-DD)")
        String to;

        @Override
        public Integer call() {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (!f.equals("json") && !f.equals("csv")) {
                throw new BadInputException(Messages.get("referral.cli.format", format));
            }
            DateRange range = new DateRange(CliValues.date("--from", from), CliValues.date("--to", to));
            try (CoreServices s = parent.root.open(db.resolve())) {
                ReferralLog log = s.referrals();
                List<ReferralRecord> records = log.records(f.equals("json") ? DateRange.ALL : range);
                String text = f.equals("json") ? PoolFile.write(log.today(), records) : ReferralCsv.records(records);
                OutputFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
                spec.commandLine().getOut().println(Messages.get("referral.cli.exported", records.size(), out.toString()));
                return HenvisCommand.EXIT_OK;
            }
        }
    }

    /** {@code referrals import}: adds others' pooling files to this log; the same code counts once. */
    @Command(name = "import", description = "Imports pooling files from other laptops; the same referral code counts once.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ReferralsCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "pooling files written by referrals export")
        List<Path> files;

        @Override
        public Integer call() {
            List<ReferralRecord> incoming = ReportFiles.readPools(files);
            try (CoreServices s = parent.root.open(db.resolve())) {
                PoolImport r = s.referrals().importRecords(incoming);
                spec.commandLine().getOut().println(Messages.get("referral.cli.imported", r.added(),
                        r.followupsAdded(), r.alreadyKnown(), r.pastRetention()));
                if (r.conflicts() > 0) {
                    spec.commandLine().getErr().println(Messages.get("referral.cli.conflicts", r.conflicts()));
                }
                return HenvisCommand.EXIT_OK;
            }
        }
    }

    /** {@code referrals retention}: shows or sets the retention period and deletes what is past it. */
    @Command(name = "retention", description = "Shows or sets how many months records are kept, and deletes older ones.")
    static final class Retention implements Callable<Integer> {
        @ParentCommand
        ReferralsCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--months", paramLabel = "N", description = "keep records this many months (1-120)")
        Integer months;

        @Override
        public Integer call() {
            try (CoreServices s = parent.root.open(db.resolve())) {
                ReferralLog log = s.referrals();
                int deleted = months == null ? log.applyRetention() : log.setRetentionMonths(months);
                spec.commandLine().getOut().println(Messages.get("referral.cli.retention", log.retentionMonths(),
                        log.retentionCutoff().toString(), deleted));
                return HenvisCommand.EXIT_OK;
            }
        }
    }
}
