package dk.henvis.catalog;

/**
 * The user's input (a file, a profile, an id, a path) cannot be used. The message is one clear line
 * in Danish that names what and where; the command line exits with code 2 and nothing is stored.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
