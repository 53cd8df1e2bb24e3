package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.curation.StaleOffer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code henvis stale list|check}: the offers nobody has checked for too long, and marking one checked. */
@Command(name = "stale", description = "The offers not checked (assured_date) for more than N months.",
        subcommands = {StaleCommand.ListStale.class, StaleCommand.Check.class})
final class StaleCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.get("stale.cli.subcommand"));
    }

    @Command(name = "list", description = "Lists the stale offers, the longest unchecked first.")
    static final class ListStale implements Callable<Integer> {
        @ParentCommand
        StaleCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--months", paramLabel = "N", description = "not checked for more than N months"
                + " (default: the setting, 12)")
        Integer months;
        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        @Override
        public Integer call() throws Exception {
            try (CoreServices s = parent.root.open(db.resolve())) {
                if (months != null) {
                    s.staleWatch().setMonths(months);
                }
                List<StaleOffer> stale = s.staleWatch().stale();
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                    ArrayNode array = mapper.createArrayNode();
                    for (StaleOffer so : stale) {
                        array.addObject().put("source", so.offer().key().source()).put("id", so.offer().id())
                                .put("name", so.offer().name())
                                .put("lastChecked", so.lastChecked() == null ? null : so.lastChecked().toString());
                    }
                    out.println(mapper.writeValueAsString(array));
                    return HenvisCommand.EXIT_OK;
                }
                out.println(Messages.get("stale.cli.header", stale.size(), s.staleWatch().months()));
                for (StaleOffer so : stale) {
                    out.println(Messages.get("stale.cli.line", so.offer().id(), so.offer().name(),
                            so.lastChecked() == null ? Messages.get("stale.never") : so.lastChecked().toString()));
                }
                return HenvisCommand.EXIT_OK;
            }
        }
    }

    @Command(name = "check", description = "Marks an offer checked today.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        StaleCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        DbOption db;
        @Option(names = "--offer", required = true, paramLabel = "ID", description = "the offer's id (or source:id)")
        String offer;

        @Override
        public Integer call() {
            try (CoreServices s = parent.root.open(db.resolve())) {
                Offer o = FlagsCommand.one(s.offers(), offer);
                s.staleWatch().markChecked(o.key());
                spec.commandLine().getOut().println(Messages.get("stale.cli.checked", o.name()));
                return HenvisCommand.EXIT_OK;
            }
        }
    }
}
