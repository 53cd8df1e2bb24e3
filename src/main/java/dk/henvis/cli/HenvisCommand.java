package dk.henvis.cli;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Messages;
import dk.henvis.catalog.Version;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code henvis} command line (contract §1). */
@Command(name = "henvis",
        mixinStandardHelpOptions = true,
        versionProvider = HenvisCommand.VersionProvider.class,
        description = "Henvis: fællesskaber til borgere. Uden underkommando åbnes programmet.",
        subcommands = {
            OffersCommand.class,
            FollowupCommand.class,
            StatsCommand.class,
            SourcesCommand.class,
            SyncCommand.class,
            ReferralsCommand.class,
        })
public final class HenvisCommand {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INTERNAL = 1;
    public static final int EXIT_BAD_INPUT = 2;

    private final ServiceFactory services;

    public HenvisCommand(ServiceFactory services) {
        this.services = services;
    }

    CliServices open(Path db) {
        return services.open(db);
    }

    /** Runs the command line and returns the exit code. */
    public static int run(ServiceFactory services, String... args) {
        return run(services, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    public static int run(ServiceFactory services, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new HenvisCommand(services));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println(Messages.get("cli.error", ex.getMessage()));
                return EXIT_BAD_INPUT;
            }
            commandLine.getErr().println(Messages.get("cli.internalError", String.valueOf(ex)));
            return EXIT_INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"henvis " + Version.get()};
        }
    }
}
