package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import java.nio.file.Path;

/** Opens the services on a database file (created with the current schema when missing). */
@FunctionalInterface
public interface ServiceFactory {
    CoreServices open(Path database);
}
