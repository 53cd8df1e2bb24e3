package dk.henvis.catalog;

/** The database could not be opened, read or written. The message names the file and the cause. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
