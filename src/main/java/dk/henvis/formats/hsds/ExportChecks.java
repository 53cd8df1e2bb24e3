package dk.henvis.formats.hsds;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks shared by the exporters before anything is written. */
public final class ExportChecks {
    private ExportChecks() {
    }

    /**
     * An HSDS file holds one source's ids: two offers with the same id (from two sources) cannot both be
     * published, since reading the file back would reject the second.
     */
    public static void uniqueIds(List<Offer> offers) {
        Map<String, Offer> seen = new HashMap<>();
        for (Offer o : offers) {
            Offer other = seen.putIfAbsent(o.id(), o);
            if (other != null) {
                throw new BadInputException(Messages.get("export.error.duplicateId", o.id(),
                        other.key().source(), o.key().source()));
            }
        }
    }
}
