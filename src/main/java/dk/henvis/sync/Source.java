package dk.henvis.sync;

import dk.henvis.formats.SourceFormat;
import java.time.Instant;
import java.util.Objects;

/**
 * A place the catalogue is pulled from: an http(s) URL or a file path (a shared drive).
 *
 * @param kind         the format the source is read as (contract §1 codes)
 * @param etag         validator of the last good fetch (HTTP ETag, or a file's size and time)
 * @param lastModified HTTP Last-Modified of the last good fetch
 * @param pagedApi     true once the source answered with an HSDS API page envelope
 * @param lastFullSync the last good sync that fetched the whole source (not only changes)
 * @param lastAttempt  the last sync that tried this source, good or not
 * @param lastSuccess  the last good sync (the catalogue's age for this source)
 * @param lastError    the Danish message of the last failure, null after a good sync
 * @param userAgent    the User-Agent header to fetch with, null for Henvis's own
 */
public record Source(
        String name,
        SourceFormat kind,
        String location,
        boolean enabled,
        String etag,
        String lastModified,
        boolean pagedApi,
        Instant lastFullSync,
        Instant lastAttempt,
        Instant lastSuccess,
        String lastError,
        String userAgent) {

    /** A source fetched with Henvis's own User-Agent. */
    public Source(String name, SourceFormat kind, String location, boolean enabled, String etag, String lastModified,
            boolean pagedApi, Instant lastFullSync, Instant lastAttempt, Instant lastSuccess, String lastError) {
        this(name, kind, location, enabled, etag, lastModified, pagedApi, lastFullSync, lastAttempt, lastSuccess,
                lastError, null);
    }

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        userAgent = userAgent == null || userAgent.isBlank() ? null : userAgent.strip();
    }

    /** A newly configured source that has never been synced. */
    public static Source configured(String name, SourceFormat kind, String location) {
        return new Source(name, kind, location, true, null, null, false, null, null, null, null);
    }

    /** The same source fetched with another User-Agent (null: Henvis's own). */
    public Source withUserAgent(String agent) {
        return new Source(name, kind, location, enabled, etag, lastModified, pagedApi, lastFullSync, lastAttempt,
                lastSuccess, lastError, agent);
    }

    public boolean isHttp() {
        String l = location.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }
}
