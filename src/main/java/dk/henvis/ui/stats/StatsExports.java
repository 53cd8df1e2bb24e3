package dk.henvis.ui.stats;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.BadInputException;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.PoolImport;
import dk.henvis.referrals.ReferralCsv;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.ReportFiles;
import dk.henvis.referrals.StatusReportPdf;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The exports for the municipality's report, from the statistics view, all in the background: CSV of
 * the anonymous records and of the statistics of the chosen period, the one-page PDF status report,
 * and pooling: the whole log to a file for a coordinator, and others' logs into this one. A file that
 * cannot be written or read is reported in one Danish line and changes nothing.
 */
public final class StatsExports {
    /** What can be exported. */
    public enum Kind { RECORDS_CSV, STATISTICS_CSV, REPORT_PDF, POOL }

    private final ReferralLog log;
    private final TaskExecutor executor;
    private final Supplier<java.util.Optional<DateRange>> period;
    private final StringProperty message = new SimpleStringProperty("");
    private final SimpleBooleanProperty error = new SimpleBooleanProperty(false);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private Runnable onImported = () -> { };

    public StatsExports(ReferralLog log, TaskExecutor executor, Supplier<java.util.Optional<DateRange>> period) {
        this.log = log;
        this.executor = executor;
        this.period = period;
    }

    /** Run after an import changed the log (e.g. to refresh the statistics). */
    public void onImported(Runnable action) {
        this.onImported = action == null ? () -> { } : action;
    }

    /** A file name to suggest, with the period in it, e.g. "statusrapport_2026-10-01_2026-12-31.pdf". */
    public String suggestedName(Kind kind) {
        if (kind == Kind.POOL) {
            return i18n("ui.export.poolName", log.today().toString());
        }
        DateRange r = period.get().orElse(DateRange.ALL);
        String span = r.from() == null && r.to() == null ? i18n("ui.export.allName")
                : (r.from() == null ? "" : r.from().toString()) + "_" + (r.to() == null ? "" : r.to().toString());
        return switch (kind) {
            case RECORDS_CSV -> i18n("ui.export.recordsName", span);
            case STATISTICS_CSV -> i18n("ui.export.statisticsName", span);
            case REPORT_PDF -> i18n("ui.export.reportName", span);
            case POOL -> throw new IllegalStateException();
        };
    }

    /** Writes the export to {@code target} in the background. */
    public void export(Kind kind, Path target) {
        java.util.Optional<DateRange> chosen = period.get();
        if (chosen.isEmpty() && kind != Kind.POOL) {
            fail(i18n("ui.export.noPeriod"));
            return;
        }
        start(i18n("ui.export.working"));
        executor.submit(BackgroundTask.of(p -> {
                    byte[] bytes = switch (kind) {
                        case RECORDS_CSV -> utf8(ReferralCsv.records(log.records(chosen.get())));
                        case STATISTICS_CSV -> utf8(ReferralCsv.statistics(log.statistics(chosen.get())));
                        case REPORT_PDF -> new StatusReportPdf().render(log.statistics(chosen.get()), log.today());
                        case POOL -> utf8(log.exportPool());
                    };
                    ReportFiles.write(target, bytes);
                    return kind == Kind.POOL ? log.size() : -1;
                })
                .onSuccess(n -> done(n >= 0 ? i18n("ui.export.poolWritten", n, target.getFileName())
                        : i18n("ui.export.written", target.getFileName(), target.toAbsolutePath().getParent())))
                .onFailure(this::failed));
    }

    /**
     * Reads every file first and imports them in one go: one malformed, unreadable or newer file refuses
     * them all and the log is left as it was.
     */
    public void importPools(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        start(i18n("ui.export.importing"));
        executor.submit(BackgroundTask.of(p -> {
                    List<ReferralRecord> incoming = ReportFiles.readPools(files);
                    return log.importRecords(incoming);
                })
                .onSuccess(r -> {
                    done(summary(r));
                    onImported.run();
                })
                .onFailure(this::failed));
    }

    static String summary(PoolImport r) {
        StringBuilder sb = new StringBuilder(i18n("ui.export.imported", r.added(), r.alreadyKnown()));
        if (r.followupsAdded() > 0) {
            sb.append(' ').append(i18n("ui.export.importedFollowups", r.followupsAdded()));
        }
        if (r.pastRetention() > 0) {
            sb.append(' ').append(i18n("ui.export.importedPast", r.pastRetention()));
        }
        if (r.conflicts() > 0) {
            sb.append(' ').append(i18n("ui.export.importedConflicts", r.conflicts()));
        }
        return sb.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void start(String text) {
        busy.set(true);
        error.set(false);
        message.set(text);
    }

    private void done(String text) {
        busy.set(false);
        error.set(false);
        message.set(text);
    }

    private void failed(Throwable e) {
        fail(e instanceof BadInputException ? i18n("ui.export.refused", e.getMessage()) : i18n("ui.export.failed"));
    }

    private void fail(String text) {
        busy.set(false);
        error.set(true);
        message.set(text);
    }

    /** The outcome of the last export or import, one line. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** True when {@link #messageProperty()} reports a failure. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
