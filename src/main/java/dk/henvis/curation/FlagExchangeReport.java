package dk.henvis.curation;

import dk.henvis.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What one flag exchange with the coordinator's folder did.
 *
 * @param folder   the folder used; null when none is set and none could be worked out
 * @param sent     open flags written to this installation's flag file (a worker)
 * @param imported new flags read from the laptops' files (the coordinator)
 * @param resolved flags marked resolved: from the coordinator's answer (a worker) or answered back
 *                 (the coordinator: resolutions in the answer file)
 * @param problems one Danish line per file or folder that could not be read or written (named)
 */
public record FlagExchangeReport(Path folder, int sent, int imported, int resolved, List<String> problems) {
    public FlagExchangeReport {
        problems = List.copyOf(problems);
    }

    static FlagExchangeReport noFolder() {
        return new FlagExchangeReport(null, 0, 0, 0, List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One line per fact, in Danish, for the command line and the window. */
    public List<String> describe(boolean coordinator) {
        List<String> lines = new ArrayList<>();
        if (folder == null) {
            lines.add(Messages.get("flags.exchange.noFolder"));
            return lines;
        }
        lines.add(coordinator ? Messages.get("flags.exchange.coordinator", imported, resolved, folder)
                : Messages.get("flags.exchange.worker", sent, resolved, folder));
        lines.addAll(problems);
        return lines;
    }
}
