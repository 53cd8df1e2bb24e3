package dk.henvis.formats.common;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The limits for reading a data package (a .zip or a folder), whose side tables are held in memory to be
 * joined: rows per table, rows in the whole package, bytes per table and bytes in the whole package, all
 * counted as the bytes are read (unpacked), never trusted from the zip's own size fields. Going over one
 * is bad input naming the table and the limit, found after reading no more than the limit.
 * One instance counts one package read. The streamed single-file formats (JSON, XML) need no such limit.
 */
public final class InputLimits {
    /** Most rows in one table; a municipality's catalogue has a few thousand. */
    public static final int MAX_TABLE_ROWS = 100_000;
    /** Most rows in all tables of one package together (they are held in memory). */
    public static final int MAX_PACKAGE_ROWS = 250_000;
    /** Most bytes of one table, unpacked. */
    public static final long MAX_TABLE_BYTES = 50L * 1024 * 1024;
    /** Most bytes of a whole package, unpacked; the same as the size cap of one synced source. */
    public static final long MAX_PACKAGE_BYTES = 100L * 1024 * 1024;
    /** Most bytes of {@code datapackage.json}, which is read whole; a real one has a few kB. */
    public static final long MAX_DESCRIPTOR_BYTES = 1024 * 1024;

    private long packageBytes;
    private long packageRows;

    /** The table's bytes, counted against the per-table and the package limit. */
    public InputStream table(Path table, InputStream in) {
        return new Counted(table, in, MAX_TABLE_BYTES);
    }

    /** The descriptor's bytes, counted against {@link #MAX_DESCRIPTOR_BYTES} and the package limit. */
    public InputStream descriptor(Path descriptor, InputStream in) {
        return new Counted(descriptor, in, MAX_DESCRIPTOR_BYTES);
    }

    /** Counts one more row of {@code table}, which has {@code rowsSoFar} rows with this one. */
    public void row(Path table, long rowsSoFar) {
        if (rowsSoFar > MAX_TABLE_ROWS) {
            throw new BadInputException(Messages.get("import.error.limitTableRows", table, MAX_TABLE_ROWS));
        }
        if (++packageRows > MAX_PACKAGE_ROWS) {
            throw new BadInputException(Messages.get("import.error.limitPackageRows", table, MAX_PACKAGE_ROWS));
        }
    }

    private final class Counted extends FilterInputStream {
        private final Path table;
        private final long cap;
        private long bytes;

        Counted(Path table, InputStream in, long cap) {
            super(in);
            this.table = table;
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            bytes += n;
            packageBytes += n;
            if (bytes > cap) {
                throw new BadInputException(Messages.get("import.error.limitTableBytes", table, kb(cap)));
            }
            if (packageBytes > MAX_PACKAGE_BYTES) {
                throw new BadInputException(Messages.get("import.error.limitPackageBytes", table,
                        mb(MAX_PACKAGE_BYTES)));
            }
        }
    }

    private static long kb(long bytes) {
        return bytes / 1024;
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
