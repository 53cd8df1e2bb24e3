package dk.henvis.formats.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a byte stream strictly (UTF-8 unless told otherwise): a malformed byte sequence fails with
 * {@link NotUtf8Exception} naming its byte offset and line instead of turning into a replacement
 * character. A leading byte-order mark is dropped.
 */
public final class StrictUtf8Reader extends Reader {
    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private long bufferStart;
    private long line = 1;
    private boolean eof;
    private boolean flushed;
    private boolean first = true;

    public StrictUtf8Reader(InputStream in) {
        this(in, StandardCharsets.UTF_8);
    }

    public StrictUtf8Reader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    static StrictUtf8Reader open(Path file) throws IOException {
        return new StrictUtf8Reader(Files.newInputStream(file));
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (flushed) {
                return -1;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                throw new NotUtf8Exception(bufferStart + bytes.position(), line + newlines(cbuf, off, out.position()));
            }
            if (r.isOverflow()) {
                break;
            }
            if (eof) {
                decoder.flush(out);
                flushed = true;
                break;
            }
            fill();
        }
        int n = out.position() - off;
        if (n == 0) {
            return -1;
        }
        if (first) {
            first = false;
            if (cbuf[off] == '\uFEFF') {
                System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
                n--;
                if (n == 0) {
                    return read(cbuf, off, len);
                }
            }
        }
        line += newlines(cbuf, off, off + n);
        return n;
    }

    private void fill() throws IOException {
        bufferStart += bytes.position();
        bytes.compact();
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + r);
        }
        bytes.flip();
    }

    private static int newlines(char[] cbuf, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (cbuf[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
