package dk.henvis.catalog;

import java.time.Instant;

/**
 * Where an offer came from.
 *
 * @param firstSeen   when this database first imported it (set by the store)
 * @param lastChanged when its content last changed in this database (set by the store)
 * @param sourceChanged the source's own modification time, when it gives one
 */
public record Provenance(String source, String sourceId, Instant firstSeen, Instant lastChanged, Instant sourceChanged) {
}
