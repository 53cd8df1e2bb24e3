package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.DataLocations;
import dk.henvis.catalog.StorageProblem;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Version;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code henvis} command line (contract §1). */
@Command(name = "henvis",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = HenvisCommand.VersionProvider.class,
        description = "Henvis: fællesskaber til borgere. Uden underkommando åbnes programmet.")
public final class HenvisCommand {
    /**
     * The subcommands, in the order {@code --help} lists them. Only the one a run names is built: picocli
     * reads every option of every command it is given by reflection, about a tenth of a second of a cold
     * start for the thirteen (issue 17, ADR 0021); help and unknown names get them all.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            OffersCommand.class,
            HandoutCommand.class,
            MatchCommand.class,
            ImportCommand.class,
            FollowupCommand.class,
            StatsCommand.class,
            SourcesCommand.class,
            SyncCommand.class,
            ReferralsCommand.class,
            ExportCommand.class,
            FlagsCommand.class,
            StaleCommand.class,
            UnitsCommand.class);

    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    private final ServiceFactory services;

    public HenvisCommand(ServiceFactory services) {
        this.services = services;
    }

    CoreServices open(Path db) {
        return services.open(db);
    }

    /** Runs the command line and returns the exit code. */
    public static int run(ServiceFactory services, PrintWriter out, PrintWriter err, String... args) {
        return prepare(services, out, err, args).run();
    }

    /**
     * The command line for {@code args}, built and not yet run. Building it reads the commands' options by
     * reflection (some 45 ms of a cold start), so the launcher builds it on another core while it sets up the
     * log (issue 17). Building touches no log: the log's set-up must not run beside anything that logs.
     */
    public static Prepared prepare(ServiceFactory services, String... args) {
        return prepare(services, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** A command line built for its arguments; {@link #run()} parses and runs them once. */
    public static final class Prepared {
        private final CommandLine commandLine;
        private final String[] args;

        private Prepared(CommandLine commandLine, String[] args) {
            this.commandLine = commandLine;
            this.args = args.clone();
        }

        /** Runs the command and returns the exit code. */
        public int run() {
            int code = commandLine.execute(args);
            commandLine.getOut().flush();
            commandLine.getErr().flush();
            return code;
        }
    }

    static Prepared prepare(ServiceFactory services, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new HenvisCommand(services));
        for (Class<?> subcommand : subcommandsFor(args)) {
            cl.addSubcommand(subcommand);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, unused) -> {
            // one Danish line, no usage dump: --help prints the usage
            ex.getCommandLine().getErr().println(Messages.get("cli.error", usageError(ex)));
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                // the message may quote the input, so the log only says that it happened
                log().info("{}: bad input (exit {})", commandLine.getCommandName(), EXIT_BAD_INPUT);
                commandLine.getErr().println(Messages.get("cli.error", ex.getMessage()));
                return EXIT_BAD_INPUT;
            }
            Optional<String> storage = StorageProblem.describe(ex, database(parseResult));
            if (storage.isPresent()) {
                log().warn("{}: storage failure: {}", commandLine.getCommandName(), ex.toString());
                commandLine.getErr().println(Messages.get("cli.error", storage.get()));
                return EXIT_INTERNAL;
            }
            log().error("{}: internal failure", commandLine.getCommandName(), ex);
            commandLine.getErr().println(Messages.get("cli.internalError", String.valueOf(ex)));
            return EXIT_INTERNAL;
        });
        return new Prepared(cl, args);
    }

    /** Looked up when something is logged, not when the class loads: it may load beside the log's set-up. */
    private static Logger log() {
        return LoggerFactory.getLogger(HenvisCommand.class);
    }

    /** The subcommand {@code args} start with, alone; all of them when they start with none. */
    static List<Class<?>> subcommandsFor(String... args) {
        if (args.length > 0) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /** What was wrong with the arguments, in Danish, naming the option or value. */
    static String usageError(CommandLine.ParameterException ex) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ");
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return Messages.get("cli.usage.unknown", String.join(" ", u.getUnmatched()), command);
        }
        if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
            List<String> names = m.getMissing().stream().map(a -> a instanceof CommandLine.Model.OptionSpec o
                    ? o.longestName() : a.paramLabel()).toList();
            return Messages.get("cli.usage.missing", String.join(", ", names), command);
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String name = ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName()
                    : ex.getArgSpec().paramLabel();
            return Messages.get("cli.usage.badValue", name, ex.getValue(), command);
        }
        return ex.getMessage();
    }

    /** The database the failed command worked on: its {@code --db}, else the default. */
    private static Path database(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult deepest = parseResult;
        while (deepest.hasSubcommand()) {
            deepest = deepest.subcommand();
        }
        Path explicit = deepest.hasMatchedOption("--db") ? deepest.matchedOptionValue("--db", null) : null;
        return DataLocations.system().database(explicit);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"henvis " + Version.get()};
        }
    }
}
