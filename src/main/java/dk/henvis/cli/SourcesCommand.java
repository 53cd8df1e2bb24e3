package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.henvis.catalog.BadInputException;
import dk.henvis.formats.SourceFormat;
import dk.henvis.i18n.Messages;
import dk.henvis.sync.Source;
import dk.henvis.sync.SourceLocations;
import dk.henvis.sync.SyncLogEntry;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code henvis sources add|list|remove|enable|disable}: the places sync pulls the catalogue from. */
@Command(name = "sources", description = "Configures the sources that sync pulls the catalogue from.",
        subcommands = {
            SourcesCommand.Add.class,
            SourcesCommand.ListSources.class,
            SourcesCommand.Remove.class,
            SourcesCommand.Enable.class,
            SourcesCommand.Disable.class,
        })
final class SourcesCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.get("sync.cli.subcommand"));
    }

    @Command(name = "add", description = "Adds a source.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        SourcesCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the source's name")
        String name;
        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "hsds-json, hsds-package, kultunaut-json or kultunaut-xml")
        String kind;
        @Option(names = "--location", required = true, paramLabel = "URL_OR_PATH",
                description = "an http(s) URL or a file or folder path")
        String location;
        @Option(names = "--user-agent", paramLabel = "UA",
                description = "the User-Agent header to fetch with (default: Henvis/VERSION)")
        String userAgent;

        @Override
        public Integer call() {
            try (CoreServices s = parent.root.open(db.resolve())) {
                String code = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
                if (SourceFormat.fromCode(code).isPresent() && name != null && s.sources().find(name.strip()).isEmpty()) {
                    // the sources dialog's check: an http(s) address, or a file or folder that exists and can be read
                    SourceLocations.problem(location, code).ifPresent(problem -> {
                        throw new BadInputException(Messages.get("sync.source.badLocation", location, problem));
                    });
                }
                Source added = s.sources().add(name, kind, location, userAgent);
                spec.commandLine().getOut().println(Messages.get("sync.source.added", added.name(), added.kind(),
                        added.location()));
                return HenvisCommand.EXIT_OK;
            }
        }
    }

    @Command(name = "list", description = "Lists the sources with their last sync time and outcome.")
    static final class ListSources implements Callable<Integer> {
        @ParentCommand
        SourcesCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CoreServices s = parent.root.open(db.resolve())) {
                List<Source> sources = s.sources().all();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                    ArrayNode array = mapper.createArrayNode();
                    for (Source src : sources) {
                        array.add(toJson(mapper, src, s.sync().lastLog(src.name())));
                    }
                    out.println(mapper.writeValueAsString(array));
                    return HenvisCommand.EXIT_OK;
                }
                if (sources.isEmpty()) {
                    out.println(Messages.get("sync.source.none"));
                }
                for (Source src : sources) {
                    String outcome = src.lastAttempt() == null ? ""
                            : src.lastError() != null ? Messages.get("sync.list.failed", src.lastError())
                            : Messages.get("sync.list.ok");
                    out.println(Messages.get("sync.list.line", src.name(), src.kind(), src.location(),
                            src.enabled() ? "" : Messages.get("sync.list.off"),
                            src.lastAttempt() == null ? Messages.get("sync.list.never") : src.lastAttempt().toString(),
                            outcome));
                }
                return HenvisCommand.EXIT_OK;
            }
        }

        private static ObjectNode toJson(ObjectMapper mapper, Source src, Optional<SyncLogEntry> last) {
            ObjectNode o = mapper.createObjectNode();
            o.put("name", src.name());
            o.put("kind", src.kind().code());
            o.put("location", src.location());
            o.put("enabled", src.enabled());
            o.put("userAgent", src.userAgent());
            o.put("lastSync", text(src.lastAttempt()));
            o.put("lastGoodSync", text(src.lastSuccess()));
            o.put("outcome", last.map(e -> e.outcome().name().toLowerCase(Locale.ROOT)).orElse(null));
            o.put("error", src.lastError());
            o.put("added", last.map(SyncLogEntry::added).orElse(0));
            o.put("changed", last.map(SyncLogEntry::changed).orElse(0));
            o.put("withdrawn", last.map(SyncLogEntry::withdrawn).orElse(0));
            return o;
        }

        private static String text(Instant t) {
            return t == null ? null : t.toString();
        }
    }

    /** The shared shape of the subcommands that act on one named source. */
    abstract static class NamedSourceAction implements Callable<Integer> {
        @ParentCommand
        SourcesCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the source's name")
        String name;

        /** Acts on the source and returns the line to print. */
        abstract String act(CoreServices s);

        @Override
        public Integer call() {
            try (CoreServices s = parent.root.open(db.resolve())) {
                spec.commandLine().getOut().println(act(s));
                return HenvisCommand.EXIT_OK;
            }
        }
    }

    @Command(name = "remove", description = "Removes a source (its offers stay in the catalogue).")
    static final class Remove extends NamedSourceAction {
        @Override
        String act(CoreServices s) {
            s.sources().remove(name);
            return Messages.get("sync.source.removed", name);
        }
    }

    @Command(name = "enable", description = "Lets sync pull the source again.")
    static final class Enable extends NamedSourceAction {
        @Override
        String act(CoreServices s) {
            s.sources().setEnabled(name, true);
            return Messages.get("sync.source.enabled", name);
        }
    }

    @Command(name = "disable", description = "Makes sync skip the source (its offers stay).")
    static final class Disable extends NamedSourceAction {
        @Override
        String act(CoreServices s) {
            s.sources().setEnabled(name, false);
            return Messages.get("sync.source.disabled", name);
        }
    }
}
