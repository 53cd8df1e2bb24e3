package dk.henvis.formats.common;

import java.io.CharConversionException;

/** A byte sequence that is not valid UTF-8, with where it starts. */
public final class NotUtf8Exception extends CharConversionException {
    private final long byteOffset;
    private final long line;

    NotUtf8Exception(long byteOffset, long line) {
        super("not UTF-8 at byte " + byteOffset + ", line " + line);
        this.byteOffset = byteOffset;
        this.line = line;
    }

    long byteOffset() {
        return byteOffset;
    }

    long line() {
        return line;
    }
}
