package dk.henvis.sync;

/**
 * A source could not be fetched (network, server, size cap, disk). The message is one Danish
 * sentence for the worker; nothing of the source's offers has been changed.
 */
public final class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
