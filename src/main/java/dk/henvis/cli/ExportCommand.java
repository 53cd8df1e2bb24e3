package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.publish.ExportFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code henvis export}: publishes the catalogue (contract §1). */
@Command(name = "export", description = "Publishes the catalogue: one HSDS 3 JSON file, an HSDS tabular data"
        + " package folder, or the static citizen web pages folder. The new files replace the old ones whole;"
        + " on failure the earlier published files are left as they were.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "hsds-json, hsds-package or html")
    String format;
    @Option(names = "--out", required = true, paramLabel = "PATH", description = "the file (hsds-json) or folder")
    Path out;
    @Option(names = "--source", paramLabel = "NAME", description = "publish only this source's offers (default: all)")
    String source;

    @Override
    public Integer call() {
        ExportFormat f = ExportFormat.fromCode(format)
                .orElseThrow(() -> new BadInputException(Messages.get("export.error.format", format)));
        String only = source == null || source.isBlank() ? null : source.strip();
        try (CoreServices s = root.open(db.resolve())) {
            int n = s.publisher().publish(f, only, out);
            spec.commandLine().getOut().println(Messages.get("export.summary", n, f.code(), out));
            return HenvisCommand.EXIT_OK;
        }
    }
}
