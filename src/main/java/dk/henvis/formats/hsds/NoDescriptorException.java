package dk.henvis.formats.hsds;

import java.io.IOException;

/** A folder or .zip that holds no {@code datapackage.json}, so it is no HSDS data package. */
public final class NoDescriptorException extends IOException {
    NoDescriptorException(String where) {
        super("no datapackage.json in " + where);
    }
}
