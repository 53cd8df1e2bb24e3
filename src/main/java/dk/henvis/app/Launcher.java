package dk.henvis.app;

import dk.henvis.cli.HenvisCommand;

/**
 * The program's entry point. With no arguments it opens the JavaFX client; with a subcommand it runs
 * headless and never touches the display. (A plain class, not a JavaFX Application, so the runnable
 * jar starts without the module path.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("Henvis: the window opens in a later build; use a subcommand, e.g. --help");
            System.exit(HenvisCommand.EXIT_BAD_INPUT);
        }
        System.exit(HenvisCommand.run(Services::open, args));
    }
}
