package dk.henvis.formats.common;

/**
 * A known field of a record has a value of the wrong type or form. The reader that catches it adds the
 * file and record and turns it into a {@link dk.henvis.catalog.BadInputException}.
 *
 * @see Fields
 */
public final class FieldException extends RuntimeException {
    private final String field;
    private final String expected;
    private final String actual;

    public FieldException(String field, String expected, String actual) {
        super(field + ": expected " + expected + ", got " + actual);
        this.field = field;
        this.expected = expected;
        this.actual = actual;
    }

    String field() {
        return field;
    }

    String expected() {
        return expected;
    }

    String actual() {
        return actual;
    }
}
