package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.henvis.catalog.Location;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code henvis offers}: lists the catalogue. */
@Command(name = "offers", description = "Lists the catalogue.")
final class OffersCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--json", description = "print a JSON array of the full offers")
    boolean json;

    @Override
    public Integer call() throws Exception {
        try (CoreServices s = root.open(db.resolve())) {
            List<Offer> offers = s.offers().all();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectMapper mapper = OfferJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
                out.println(mapper.writeValueAsString(offers));
            } else {
                for (Offer o : offers) {
                    Location l = o.primaryLocation();
                    out.printf("%s\t%s\t%s\t%s%n", o.key(), o.name(),
                            l == null ? "" : l.addressLine(), o.status().hsds());
                }
                out.println(Messages.get("cli.offers.count", offers.size()));
            }
            return HenvisCommand.EXIT_OK;
        }
    }
}
