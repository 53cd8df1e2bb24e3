package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import dk.henvis.catalog.ImportSummary;
import dk.henvis.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code henvis import}: reads catalogue files into the database, all or nothing (contract §1, §4). */
@Command(name = "import", description = "Reads catalogue files (HSDS JSON or data package, KultuNaut JSON or XML;"
        + " format detected from the content) into the database, all or nothing.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--source", paramLabel = "NAME",
            description = "the source the offers belong to (default: the first file's name without extension)")
    String source;
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "catalogue files, package folders or .zip files")
    List<Path> files;

    @Override
    public Integer call() {
        String name = source != null && !source.isBlank() ? source.strip() : defaultSource(files.get(0));
        try (CoreServices s = root.open(db.resolve())) {
            ImportSummary summary = s.importer().importFiles(name, files);
            spec.commandLine().getOut().println(Messages.get("import.summary", summary.added(), summary.changed(),
                    summary.unchanged(), name));
            if (summary.droppedLinks() > 0) {
                spec.commandLine().getOut().println(Messages.get("import.linksDropped", summary.droppedLinks()));
            }
            return HenvisCommand.EXIT_OK;
        }
    }

    /** The file's name without its extension ({@code frederikssund-hsds.json} → {@code frederikssund-hsds}). */
    static String defaultSource(Path file) {
        Path fileName = file.toAbsolutePath().normalize().getFileName();
        String n = fileName == null ? file.toString() : fileName.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
