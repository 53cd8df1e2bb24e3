package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import dk.henvis.i18n.Messages;
import dk.henvis.referrals.FollowUp;
import dk.henvis.referrals.UclaScore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code henvis followup}: records the outcome of an earlier referral by its code (contract §1). */
@Command(name = "followup", description = "Records the outcome of an earlier referral by its code.")
final class FollowupCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--code", required = true, paramLabel = "CODE", description = "the referral code on the handout")
    String code;
    @Option(names = "--attended", required = true, paramLabel = "yes|no", description = "did the citizen go?")
    String attended;
    @Option(names = "--still-going", paramLabel = "yes|no", description = "is the citizen still going?")
    String stillGoing;
    @Option(names = "--ucla", paramLabel = "A,B,C", description = "the three UCLA loneliness items again, each 1-3")
    String ucla;

    @Override
    public Integer call() {
        boolean went = CliValues.yesNo("--attended", attended);
        Boolean still = stillGoing == null ? null : CliValues.yesNo("--still-going", stillGoing);
        UclaScore score = ucla == null ? null : UclaScore.parse(ucla);
        try (CoreServices s = root.open(db.resolve())) {
            FollowUp f = s.referrals().followUp(code, went, still, score);
            spec.commandLine().getOut().println(Messages.get("cli.followup.recorded", f.date().toString()));
            return HenvisCommand.EXIT_OK;
        }
    }
}
