package dk.henvis.sync;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Writes an HTTP body to a file and stops (cancels the transfer) as soon as it passes the cap, so a
 * huge body is never held in memory or written in full. With no target file the body is refused at once
 * (an error answer, whose body is not needed). Records when data last arrived, for the read timeout.
 */
final class CappedFileSubscriber implements HttpResponse.BodySubscriber<Long> {
    /** The body passed the size cap. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("size cap");
        }
    }

    /** The local file could not be written (e.g. the disk is full). */
    static final class WriteFailed extends IOException {
        WriteFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private final Path target;
    private final long cap;
    private final SourceFetcher.ByteProgress progress;
    private final long progressOffset;
    private volatile long lastProgressNanos = System.nanoTime();
    private volatile Flow.Subscription subscription;
    private OutputStream out;
    private long count;

    CappedFileSubscriber(Path target, long cap, SourceFetcher.ByteProgress progress, long progressOffset) {
        this.target = target;
        this.cap = cap;
        this.progress = progress;
        this.progressOffset = progressOffset;
    }

    long lastProgressNanos() {
        return lastProgressNanos;
    }

    /** Stops the transfer (the read timeout passed). */
    void abort() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        closeQuietly();
        result.completeExceptionally(new IOException("aborted"));
    }

    @Override
    public CompletionStage<Long> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (target == null) {
            s.cancel();
            result.complete(-1L);
            return;
        }
        try {
            out = new FileOutputStream(target.toFile());
        } catch (IOException e) {
            s.cancel();
            result.completeExceptionally(new WriteFailed(e));
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        lastProgressNanos = System.nanoTime();
        try {
            for (ByteBuffer b : items) {
                int n = b.remaining();
                count += n;
                if (count > cap) {
                    fail(new TooLarge());
                    return;
                }
                if (b.hasArray()) {
                    out.write(b.array(), b.arrayOffset() + b.position(), n);
                } else {
                    byte[] copy = new byte[n];
                    b.get(copy);
                    out.write(copy);
                }
            }
        } catch (IOException e) {
            fail(new WriteFailed(e));
            return;
        }
        progress.received(progressOffset + count);
        subscription.request(1);
    }

    private void fail(IOException e) {
        subscription.cancel();
        closeQuietly();
        result.completeExceptionally(e);
    }

    @Override
    public void onError(Throwable t) {
        closeQuietly();
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        if (out == null) {
            result.complete(-1L);
            return;
        }
        try {
            out.close();
            result.complete(count);
        } catch (IOException e) {
            result.completeExceptionally(new WriteFailed(e));
        }
    }

    private synchronized void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // the file is discarded with its work folder
            }
        }
    }
}
