package dk.henvis.app;

import dk.henvis.catalog.DataLocations;
import dk.henvis.cli.HenvisCommand;
import dk.henvis.ui.HenvisApp;

/**
 * The program's entry point. With no arguments it opens the JavaFX client on the default database
 * ({@link DataLocations}); with a subcommand it runs headless and never touches the display. (A plain
 * class, not a JavaFX Application, so the runnable jar starts without the module path.)
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            HenvisApp.launch(Services.open(DataLocations.system().database(null)));
            System.exit(0);
        }
        System.exit(HenvisCommand.run(Services::open, args));
    }
}
