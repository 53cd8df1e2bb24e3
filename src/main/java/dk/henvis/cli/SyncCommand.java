package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import dk.henvis.i18n.Messages;
import dk.henvis.sync.ProgressListener;
import dk.henvis.sync.SourceReport;
import dk.henvis.sync.SyncReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code henvis sync}: pulls the configured sources. A failing source changes nothing of its own offers
 * and the others still sync. Exit 0 when every source synced, 2 when a source's data was malformed
 * (or the source name is unknown), 1 when a source could not be fetched or stored.
 */
@Command(name = "sync", description = "Pulls the configured sources into the catalogue.")
final class SyncCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--source", paramLabel = "NAME", description = "sync only this source")
    String source;

    @Override
    public Integer call() {
        try (CoreServices s = root.open(db.resolve())) {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ProgressListener printer = new ProgressListener() {
                @Override
                public void sourceFinished(SourceReport report) {
                    (report.failed() ? err : out).println(report.describe(s.clock().getZone()));
                }
            };
            SyncReport report = source == null ? s.sync().syncAll(printer) : s.sync().sync(source, printer);
            if (report.sources().isEmpty()) {
                out.println(Messages.get("sync.report.noSources"));
            }
            s.flags().lastExchange().filter(x -> x.folder() != null).ifPresent(x -> {
                List<String> lines = x.describe(s.flags().coordinatorMode());
                out.println(lines.get(0));
                lines.stream().skip(1).forEach(err::println);
            });
            if (report.allOk()) {
                return HenvisCommand.EXIT_OK;
            }
            return report.failed().stream().anyMatch(SourceReport::badData)
                    ? HenvisCommand.EXIT_BAD_INPUT : HenvisCommand.EXIT_INTERNAL;
        }
    }
}
