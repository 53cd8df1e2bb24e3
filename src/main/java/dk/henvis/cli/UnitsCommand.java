package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import dk.henvis.i18n.Messages;
import dk.henvis.settings.ReferralUnits;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code henvis units}: the units a referral may name (the built-in staff units and the coordinator's). */
@Command(name = "units", description = "Lists the units a referral may name, or adds one (--add).")
final class UnitsCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--add", paramLabel = "NAME", description = "add a unit (a team's name; never a person)")
    String add;

    @Override
    public Integer call() {
        try (CoreServices s = root.open(db.resolve())) {
            ReferralUnits units = new ReferralUnits(s.settings());
            PrintWriter out = spec.commandLine().getOut();
            if (add != null) {
                out.println(Messages.get("cli.units.added", units.add(add)));
            }
            units.all().forEach(out::println);
            return HenvisCommand.EXIT_OK;
        }
    }
}
