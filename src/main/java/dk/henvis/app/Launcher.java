package dk.henvis.app;

import dk.henvis.catalog.DataLocations;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.OfferJson;
import dk.henvis.catalog.SideWork;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Version;
import dk.henvis.cli.HenvisCommand;
import dk.henvis.core.CoreServices;
import dk.henvis.matching.InterestVocabulary;
import dk.henvis.ui.HenvisApp;
import dk.henvis.ui.StartupProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's entry point. With no arguments it opens the JavaFX client on the default database
 * ({@link DataLocations}); with a subcommand it runs
 * headless and never touches the display. (A plain class, not a JavaFX Application, so the runnable
 * jar starts without the module path.) The installers' launchers run this same class, so
 * {@code henvis match ...} behaves exactly like {@code java -jar henvis.jar match ...}.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Opens the window on the services and returns the exit code when it closes. */
    @FunctionalInterface
    interface Window {
        int show(CoreServices services, SingleInstance instance);

        /** Before the database opens: the window's toolkit may start meanwhile (issue 17). */
        default void prepare() {
        }

        /** The database could not be opened: no window will be shown. */
        default void abandon() {
        }
    }

    /** The JavaFX window; its toolkit starts on a side thread while the database opens. */
    private static final Window WINDOW = new Window() {
        @Override
        public int show(CoreServices services, SingleInstance instance) {
            return openWindow(services, instance);
        }

        @Override
        public void prepare() {
            HenvisApp.startToolkit();
        }

        @Override
        public void abandon() {
            HenvisApp.stopToolkit();
        }
    };

    public static void main(String[] args) {
        DataLocations locations = DataLocations.system();
        // java -jar: the program runs in a second JVM with a class-data archive of this jar (issue 17)
        OptionalInt quick = QuickStart.run(args, locations.dataFolder());
        if (quick.isPresent()) {
            System.exit(quick.getAsInt());
        }
        Path logs = locations.dataFolder().resolve(Logging.FOLDER);
        if (args.length == 0) {
            warmUp(true);
            Logging.toFolder(logs, Logging.Mode.GUI);
            log().info("Henvis {} starting the window (java {}, {})", Version.get(),
                    System.getProperty("java.version"), System.getProperty("os.name"));
            System.exit(startGui(locations, Launcher::openServices, WINDOW));
        }
        boolean match = args[0].equals("match");
        if (match) {
            // the vocabulary loads while the logging, the command line and the database are set up (issue 17)
            warmUp(false);
        }
        // the command line is built on another core while the log is set up (issue 17); for a match, that core
        // then builds the reader of the offers the match will show (some 80 ms of a cold JVM). Neither logs.
        SideWork<HenvisCommand.Prepared> commandLine = SideWork.start("henvis-command-line",
                () -> HenvisCommand.prepare(Launcher::openServices, args), () -> {
                    if (match) {
                        try {
                            OfferJson.prepare();
                        } catch (RuntimeException e) {
                            // the match meets the same failure when it reads its first offer, and says so there
                        }
                    }
                });
        Logging.toFolder(logs, Logging.Mode.CLI);
        // only the subcommand's name: arguments may hold a citizen's name or note
        log().info("Henvis {} command line: {}", Version.get(), args[0].startsWith("-") ? "(option)" : args[0]);
        int code = commandLine.join().run();
        log().info("Command line finished with exit code {}", code);
        System.exit(code);
    }

    /**
     * Opens the services and says on stderr what the start had to repair (a damaged catalogue restored
     * from a backup). The launcher is the process's edge, so it and the command line are the only code
     * that writes to the standard streams (ArchitectureTest).
     */
    static CoreServices openServices(Path db) {
        return Services.open(db, System.err::println);
    }

    /**
     * The window's start: one window at a time. If another window already runs, it is asked to come
     * to the front and this process ends without opening the database.
     */
    static int startGui(DataLocations locations, Function<Path, CoreServices> open, Window window) {
        SingleInstance.Claim claim;
        try {
            claim = SingleInstance.claim(locations.dataFolder());
        } catch (IOException e) {
            // a read-only data folder: no lock can be taken, and no window there can write either
            log().warn("Single-instance lock not available: {}", e.toString());
            claim = null;
        }
        if (claim != null && claim.outcome() == SingleInstance.Outcome.ACTIVATED_OTHER) {
            log().info("Another window runs; asked it to come to the front");
            System.err.println(Messages.get("app.alreadyRunning"));
            return HenvisCommand.EXIT_OK;
        }
        if (claim != null && claim.outcome() == SingleInstance.Outcome.OTHER_NOT_ANSWERING) {
            log().warn("Another window holds the lock but did not answer");
            System.err.println(Messages.get("app.alreadyRunningNoAnswer"));
            return HenvisCommand.EXIT_INTERNAL;
        }
        SingleInstance instance = claim == null ? null : claim.instance();
        try {
            window.prepare();
            CoreServices services;
            try {
                services = open.apply(locations.database(null));
            } catch (RuntimeException | Error e) {
                window.abandon();
                throw e;
            }
            return window.show(services, instance);
        } finally {
            if (instance != null) {
                instance.close();
            }
        }
    }

    private static int openWindow(CoreServices services, SingleInstance instance) {
        try {
            HenvisApp.launch(Services.window(services), instance == null ? action -> { } : instance::onActivate,
                    startupProbe());
            log().info("Window closed");
            services.close();
            return HenvisCommand.EXIT_OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HenvisCommand.EXIT_INTERNAL;
        }
    }

    /**
     * The start-up benchmark's probe when {@value #PROBE} names an interest to type (issue 17): prints when the
     * window was shown and when the suggestions were ready, then ends the process. Null otherwise.
     */
    private static StartupProbe startupProbe() {
        String interest = System.getenv(PROBE);
        if (interest == null || interest.isBlank()) {
            return null;
        }
        // from a quick start (java -jar): the first JVM's start, so the probe counts the whole start
        long jvmStart = Long.getLong(QuickStart.STARTED_AT,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        return new StartupProbe(interest.strip(), jvmStart, System.out::println, () -> {
            System.out.flush();
            System.exit(HenvisCommand.EXIT_OK);
        });
    }

    /** The environment variable that turns the start-up probe on (StartupBenchmark). */
    static final String PROBE = "HENVIS_STARTUP_PROBE";

    /**
     * Loads the interest vocabulary (Danish text analysis of 82 concepts, about 0.4 s), the gazetteer and the
     * message bundle on a side thread while the database opens and JavaFX starts, instead of on the FX thread
     * while the window is built. The window needs its words at once, a match only to print its results, so the
     * bundle comes first for the window and last for a match. Nothing here logs: it runs beside the log's set-up
     * (ADR 0024).
     */
    static void warmUp(boolean window) {
        Thread warm = new Thread(() -> {
            if (window) {
                Messages.bundle();
            }
            InterestVocabulary.bundled();
            Gazetteer.bundled();
            if (!window) {
                Messages.bundle();
            }
        }, "henvis-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    private static Logger log() {
        return LoggerFactory.getLogger(Launcher.class);
    }
}
