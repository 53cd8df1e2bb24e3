package dk.henvis.sync;

import dk.henvis.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * How one source's sync ended.
 *
 * @param removed      withdrawn offers past the keeping period that were deleted
 * @param error        the Danish message when it failed (its offers are exactly as before)
 * @param badData      true when it failed because the source's data was malformed
 * @param lastGoodSync the last good sync of this source (after this one, if it went well)
 */
public record SourceReport(String source, SyncLogEntry.Outcome outcome, int added, int changed, int withdrawn,
        int removed, String error, boolean badData, Instant lastGoodSync) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm");

    public boolean failed() {
        return outcome == SyncLogEntry.Outcome.FAILED;
    }

    /** One Danish line for the worker; times in {@code zone} (the services' clock's zone). */
    public String describe(ZoneId zone) {
        return switch (outcome) {
            case UPDATED -> Messages.get("sync.report.updated", source, added, changed, withdrawn);
            case UNCHANGED -> Messages.get("sync.report.unchanged", source);
            case FAILED -> Messages.get("sync.report.failed", source, error, lastGoodSync == null
                    ? Messages.get("sync.report.never") : SHOWN.withZone(zone).format(lastGoodSync));
        };
    }
}
