package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.curation.Flag;
import dk.henvis.curation.FlagExchangeReport;
import dk.henvis.curation.FlagService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code henvis flags list|add|resolve|export|import|exchange|folder}: feedback flags on offers and their
 * exchange with the coordinator's folder (which {@code sync} also does).
 */
@Command(name = "flags", description = "Feedback flags: a worker reports wrong offer information; the coordinator"
        + " resolves it.",
        subcommands = {
            FlagsCommand.ListFlags.class,
            FlagsCommand.Add.class,
            FlagsCommand.Resolve.class,
            FlagsCommand.Export.class,
            FlagsCommand.Import.class,
            FlagsCommand.Exchange.class,
            FlagsCommand.Folder.class,
        })
final class FlagsCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.get("flags.cli.subcommand"));
    }

    /** The shared shape: open the database, act, print. */
    abstract static class Action implements Callable<Integer> {
        @ParentCommand
        FlagsCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;

        abstract int act(CoreServices s, PrintWriter out) throws Exception;

        @Override
        public Integer call() throws Exception {
            try (CoreServices s = parent.root.open(db.resolve())) {
                return act(s, spec.commandLine().getOut());
            }
        }
    }

    @Command(name = "list", description = "Lists the flags, oldest first.")
    static final class ListFlags extends Action {
        @Option(names = "--open", description = "only the open flags")
        boolean openOnly;
        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        @Override
        int act(CoreServices s, PrintWriter out) throws Exception {
            List<Flag> flags = openOnly ? s.flags().open() : s.flags().all();
            if (json) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                ArrayNode array = mapper.createArrayNode();
                for (Flag f : flags) {
                    array.addObject().put("id", f.id()).put("source", f.offer().source())
                            .put("offerId", f.offer().sourceId()).put("offerName", f.offerName()).put("text", f.text())
                            .put("created", f.created().toString()).put("unit", f.unit())
                            .put("status", f.status().code())
                            .put("resolved", f.resolvedOn() == null ? null : f.resolvedOn().toString());
                }
                out.println(mapper.writeValueAsString(array));
                return HenvisCommand.EXIT_OK;
            }
            if (flags.isEmpty()) {
                out.println(Messages.get("flags.cli.none"));
            }
            for (Flag f : flags) {
                out.println(Messages.get("flags.cli.line", f.id(), f.created().toString(),
                        f.isOpen() ? Messages.get("flags.status.open")
                                : Messages.get("flags.status.resolved", f.resolvedOn().toString()),
                        f.offer().sourceId(), f.offerName(), f.text()));
            }
            return HenvisCommand.EXIT_OK;
        }
    }

    @Command(name = "add", description = "Flags an offer's information as wrong (write nothing about a citizen).")
    static final class Add extends Action {
        @Option(names = "--offer", required = true, paramLabel = "ID", description = "the offer's id (or source:id)")
        String offer;
        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "what is wrong, briefly")
        String text;

        @Override
        int act(CoreServices s, PrintWriter out) {
            Offer o = one(s.offers(), offer);
            Flag f = s.flags().raise(o.key(), text);
            out.println(Messages.get("flags.cli.added", o.name(), f.id()));
            return HenvisCommand.EXIT_OK;
        }
    }

    @Command(name = "resolve", description = "Resolves a flag by its id (coordinator).")
    static final class Resolve extends Action {
        @Option(names = "--id", required = true, paramLabel = "FLAG_ID", description = "the flag's id (flags list)")
        String id;

        @Override
        int act(CoreServices s, PrintWriter out) {
            Flag f = s.flags().resolve(id.strip());
            out.println(Messages.get("flags.cli.resolved", f.offerName()));
            return HenvisCommand.EXIT_OK;
        }
    }

    @Command(name = "export", description = "Writes this installation's open flags as a flag file.")
    static final class Export extends Action {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the flag file to write")
        Path outFile;

        @Override
        int act(CoreServices s, PrintWriter out) {
            int n = s.flags().exportTo(outFile);
            out.println(Messages.get("flags.cli.exported", n, outFile));
            return HenvisCommand.EXIT_OK;
        }
    }

    @Command(name = "import", description = "Imports flag files, all or nothing (the same flag twice counts once).")
    static final class Import extends Action {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "flag files")
        List<Path> files;

        @Override
        int act(CoreServices s, PrintWriter out) {
            int n = s.flags().importFiles(files);
            out.println(Messages.get("flags.cli.imported", n, files.size()));
            return HenvisCommand.EXIT_OK;
        }
    }

    @Command(name = "exchange", description = "Exchanges flags with the coordinator's folder now (sync does it too).")
    static final class Exchange extends Action {
        @Option(names = "--coordinator", description = "act as the coordinator (collect the laptops' flag files and"
                + " write the answer file) even when coordinator mode is off")
        boolean coordinator;

        @Override
        int act(CoreServices s, PrintWriter out) {
            FlagService flags = s.flags();
            boolean asCoordinator = coordinator || flags.coordinatorMode();
            FlagExchangeReport r = flags.folder().map(f -> asCoordinator ? flags.collect(f) : flags.send(f))
                    .orElseGet(flags::exchange);
            PrintWriter err = spec.commandLine().getErr();
            List<String> lines = r.describe(asCoordinator);
            out.println(lines.get(0));
            lines.stream().skip(1).forEach(err::println);
            if (r.folder() == null) {
                return HenvisCommand.EXIT_BAD_INPUT;
            }
            return r.ok() ? HenvisCommand.EXIT_OK : HenvisCommand.EXIT_BAD_INPUT;
        }
    }

    @Command(name = "folder", description = "Shows or sets the folder flag files are exchanged in.")
    static final class Folder extends Action {
        @Option(names = "--set", paramLabel = "FOLDER", description = "use this folder from now on")
        Path set;
        @Option(names = "--clear", description = "go back to the default folder")
        boolean clear;

        @Override
        int act(CoreServices s, PrintWriter out) {
            if (set != null) {
                FlagService.requireUsableFolder(set);
                s.flags().setFolder(set);
            } else if (clear) {
                s.flags().setFolder(null);
            }
            out.println(s.flags().folder().map(p -> Messages.get("flags.cli.folder", p))
                    .orElse(Messages.get("flags.exchange.noFolder")));
            return HenvisCommand.EXIT_OK;
        }
    }

    static Offer one(OfferStore store, String id) {
        List<Offer> found = store.findById(id.strip());
        if (found.isEmpty()) {
            throw new BadInputException(Messages.get("flags.error.unknownOffer", id));
        }
        if (found.size() > 1) {
            throw new BadInputException(Messages.get("handout.error.ambiguousOffer", id,
                    found.stream().map(o -> o.key().source()).collect(Collectors.joining(", "))));
        }
        return found.get(0);
    }
}
