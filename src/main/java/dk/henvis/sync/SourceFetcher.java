package dk.henvis.sync;

import dk.henvis.formats.SourceFormat;
import dk.henvis.formats.common.PackagePaths;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.AtomicFiles;
import dk.henvis.catalog.Version;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Fetches one source into a private work folder: over http(s) with timeouts, a size cap, gzip,
 * conditional requests (ETag / Last-Modified) and, for an HSDS API, paging and {@code modified_after}
 * ({@link HsdsApiPager});
 * or from a file path (a shared drive), a folder or a zip. The result is a complete local copy or an
 * exception with a Danish message; a half-fetched source never leaves this class.
 */
public final class SourceFetcher {
    /** A work folder's name: {@code sync-p<process id>-<random>}. */
    private static final java.util.regex.Pattern WORK_DIR = java.util.regex.Pattern.compile("sync-p(\\d+)-.*");

    /**
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout    how long to wait for the answer to start, and for more data once it flows
     * @param maxBytes       the size cap for one source (after decompression, all pages together)
     * @param maxPages       the most pages an HSDS API answer may have
     */
    public record Settings(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxPages) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(15), Duration.ofSeconds(60),
                100L * 1024 * 1024, 10_000);

        public Settings withMaxBytes(long bytes) {
            return new Settings(connectTimeout, readTimeout, bytes, maxPages);
        }
    }

    /** Told how many bytes of the source have arrived so far. */
    @FunctionalInterface
    public interface ByteProgress {
        ByteProgress NONE = bytes -> { };

        void received(long bytes);
    }

    private final Settings settings;
    private final Path workRoot;
    private HttpClient client;

    /** @param workRoot the folder that holds the work folders of running fetches */
    public SourceFetcher(Settings settings, Path workRoot) {
        this.settings = settings;
        this.workRoot = workRoot;
    }

    /** The HTTP client, made at the first http fetch (commands that never sync do not pay for it). */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Fetches {@code source}. With {@code modifiedAfter} set (an HSDS API source), only offers changed since
     * then are asked for and the result is marked incremental.
     */
    public FetchResult fetch(Source source, Instant modifiedAfter, ByteProgress progress) throws FetchException {
        Path work = newWorkDir();
        try {
            FetchResult result = source.isHttp()
                    ? fetchHttp(source, modifiedAfter, work, progress)
                    : fetchFile(source, work, progress);
            if (result instanceof FetchResult.Unchanged) {
                FetchResult.deleteTree(work);
            }
            return result;
        } catch (FetchException | RuntimeException | Error e) {
            FetchResult.deleteTree(work);
            throw e;
        }
    }

    /**
     * Removes work folders left behind by a process that was killed: at once when the process that made
     * one (named in the folder) is gone, else once it is a day old. Called at the start and the end of a
     * sync run; the folders of syncs still running, here or in another process, are left alone.
     */
    public void cleanUpStale() {
        if (!Files.isDirectory(workRoot)) {
            return;
        }
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> dirs = Files.list(workRoot)) {
            for (Path d : dirs.toList()) {
                Instant made = Files.getLastModifiedTime(d).toInstant();
                if (made.isBefore(dayAgo) || ownerGone(d.getFileName().toString(), made)) {
                    FetchResult.deleteTree(d);
                }
            }
        } catch (IOException e) {
            // best effort; the next sync tries again
        }
    }

    /** True when the folder names the process that made it and that process has ended. */
    static boolean ownerGone(String folder, Instant made) {
        java.util.regex.Matcher m = WORK_DIR.matcher(folder);
        if (!m.matches()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                // a process id used again by a process started after the folder was made is not its owner
                .flatMap(h -> h.info().startInstant()).map(started -> started.isAfter(made.plusSeconds(1)))
                .orElse(true);
    }

    private Path newWorkDir() throws FetchException {
        try {
            Files.createDirectories(workRoot);
            return Files.createTempDirectory(workRoot, "sync-p" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw diskError(e);
        }
    }

    // ---------------------------------------------------------------- http

    private FetchResult fetchHttp(Source source, Instant modifiedAfter, Path work, ByteProgress progress)
            throws FetchException {
        boolean incremental = modifiedAfter != null;
        URI base = uri(source.location());
        boolean hsds = source.kind() == SourceFormat.HSDS_JSON;
        boolean api = hsds && (source.pagedApi() || incremental || HsdsApiPager.isServiceList(base));
        URI first = api ? HsdsApiPager.firstPage(base, modifiedAfter) : base;
        Budget budget = new Budget(settings.maxBytes(), source.location());
        // a paged API is never asked conditionally: an unchanged first page says nothing of the others
        Answer answer = get(first, api ? null : source, work.resolve("page-1"), budget, progress, source.userAgent());
        if (answer.status() == 304) {
            return new FetchResult.Unchanged();
        }
        HsdsApiPager.Envelope envelope = hsds ? HsdsApiPager.envelope(answer.file()) : null;
        if (envelope == null) {
            // an answer to modified_after holds only the changes, whatever its shape: never withdraw by it
            return new FetchResult.Downloaded(answer.file(), work, answer.etag(), answer.lastModified(), false,
                    incremental, budget.used);
        }
        if (!HsdsApiPager.asksFull(first)) {
            // an API recognised by its page envelope: ask again, for fully nested services
            first = HsdsApiPager.firstPage(base, modifiedAfter);
            answer = get(first, null, work.resolve("page-1-full"), budget, progress, source.userAgent());
            envelope = HsdsApiPager.envelope(answer.file());
            if (envelope == null) {
                throw new FetchException(Messages.get("sync.error.badPage", source.location(), 1));
            }
        }
        Path merged = work.resolve("services.json");
        new HsdsApiPager(settings.maxPages()).collect(first, answer.file(), envelope,
                (uri, name) -> get(uri, null, work.resolve(name), budget, progress, source.userAgent()).file(), merged,
                source.location());
        return new FetchResult.Downloaded(merged, work, answer.etag(), answer.lastModified(), true, incremental,
                budget.used);
    }

    private record Answer(int status, Path file, String etag, String lastModified) {
    }

    /** One GET; with {@code conditional} set, its validators are sent and 304 is a valid answer. */
    private Answer get(URI uri, Source conditional, Path target, Budget budget, ByteProgress progress,
            String userAgent) throws FetchException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(settings.readTimeout())
                .header("Accept-Encoding", "gzip")
                .header("Accept", "application/json, application/xml, text/xml, */*")
                .header("User-Agent", userAgent != null ? userAgent : "Henvis/" + Version.get());
        if (conditional != null && conditional.etag() != null && !conditional.etag().startsWith("file:")) {
            b.header("If-None-Match", conditional.etag());
        }
        if (conditional != null && conditional.lastModified() != null) {
            b.header("If-Modified-Since", conditional.lastModified());
        }
        Path raw = target.resolveSibling(target.getFileName() + ".raw");
        CappedFileSubscriber[] holder = new CappedFileSubscriber[1];
        CompletableFuture<HttpResponse<Long>> future = client().sendAsync(b.build(), info -> {
            CappedFileSubscriber s = new CappedFileSubscriber(info.statusCode() == 200 ? raw : null,
                    budget.remaining(), progress, budget.used);
            holder[0] = s;
            return s;
        });
        HttpResponse<Long> response = await(future, holder, uri);
        int status = response.statusCode();
        if (status == 304 && conditional != null) {
            return new Answer(304, null, null, null);
        }
        if (status != 200) {
            throw new FetchException(Messages.get("sync.error.http", uri, status));
        }
        long received = response.body();
        String encoding = response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared >= 0 && received != declared) {
            throw new FetchException(Messages.get("sync.error.truncated", uri, received, declared));
        }
        if (encoding.contains("gzip")) {
            budget.used += gunzip(raw, target, budget, uri);
        } else {
            budget.used += received;
            try {
                AtomicFiles.moveIntoPlace(raw, target);
            } catch (IOException e) {
                throw diskError(e);
            }
        }
        return new Answer(200, target, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    /** Waits for the whole answer, failing when no data has arrived for the read timeout. */
    private HttpResponse<Long> await(CompletableFuture<HttpResponse<Long>> future, CappedFileSubscriber[] holder,
            URI uri) throws FetchException {
        long timeoutNanos = settings.readTimeout().toNanos();
        long pollMs = Math.max(20, Math.min(250, settings.readTimeout().toMillis() / 4));
        try {
            while (true) {
                try {
                    return future.get(pollMs, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    CappedFileSubscriber s = holder[0];
                    if (s != null && System.nanoTime() - s.lastProgressNanos() > timeoutNanos) {
                        s.abort();
                        future.cancel(true);
                        throw new FetchException(Messages.get("sync.error.timeout", uri,
                                settings.readTimeout().toSeconds()));
                    }
                }
            }
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(Messages.get("sync.error.interrupted", uri), e);
        } catch (ExecutionException e) {
            throw classify(e.getCause(), uri);
        }
    }

    private FetchException classify(Throwable t, URI uri) {
        Throwable c = t;
        while (c.getCause() != null && !(c instanceof CappedFileSubscriber.TooLarge)
                && !(c instanceof CappedFileSubscriber.WriteFailed) && !(c instanceof HttpTimeoutException)
                && !(c instanceof ConnectException)) {
            c = c.getCause();
        }
        if (c instanceof CappedFileSubscriber.TooLarge) {
            return tooLarge(uri.toString());
        }
        if (c instanceof CappedFileSubscriber.WriteFailed w) {
            return diskError((IOException) w.getCause());
        }
        if (c instanceof HttpConnectTimeoutException) {
            return new FetchException(Messages.get("sync.error.connectTimeout", uri,
                    settings.connectTimeout().toSeconds()), t);
        }
        if (c instanceof HttpTimeoutException) {
            return new FetchException(Messages.get("sync.error.timeout", uri, settings.readTimeout().toSeconds()), t);
        }
        if (c instanceof ConnectException) {
            return new FetchException(Messages.get("sync.error.refused", uri), t);
        }
        String detail = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return new FetchException(Messages.get("sync.error.broken", uri, detail), t);
    }

    private long gunzip(Path raw, Path target, Budget budget, URI uri) throws FetchException {
        long count = 0;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(raw), 64 * 1024)) {
            try (OutputStream out = new FileOutputStream(target.toFile())) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    count += n;
                    if (count > budget.remaining()) {
                        throw tooLarge(uri.toString());
                    }
                    try {
                        out.write(buf, 0, n);
                    } catch (IOException e) {
                        throw diskError(e);
                    }
                }
            }
        } catch (IOException e) {
            throw new FetchException(Messages.get("sync.error.badGzip", uri, String.valueOf(e.getMessage())), e);
        }
        try {
            Files.deleteIfExists(raw);
        } catch (IOException e) {
            // removed with the work folder
        }
        return count;
    }

    private static URI uri(String location) throws FetchException {
        try {
            return URI.create(location.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException(Messages.get("sync.error.badLocation", location), e);
        }
    }

    /** The bytes one source may still use. */
    private final class Budget {
        private final long cap;
        private final String where;
        long used;

        Budget(long cap, String where) {
            this.cap = cap;
            this.where = where;
        }

        long remaining() {
            return cap - used;
        }
    }

    private FetchException tooLarge(String where) {
        return new FetchException(Messages.get("sync.error.tooLarge", where, settings.maxBytes() / (1024 * 1024)));
    }

    static FetchException diskError(IOException e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("No space left") || detail.contains("ENOSPC") || detail.contains("disk is full")) {
            return new FetchException(Messages.get("sync.error.diskFull"), e);
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            detail = f.getFile() + ": " + f.getReason();
        }
        return new FetchException(Messages.get("sync.error.disk", detail), e);
    }

    // ---------------------------------------------------------------- files

    private FetchResult fetchFile(Source source, Path work, ByteProgress progress) throws FetchException {
        Path path = localPath(source.location());
        if (!Files.exists(path)) {
            throw new FetchException(Messages.get("sync.error.fileMissing", path));
        }
        if (!Files.isDirectory(path) && !Files.isRegularFile(path)) {
            // a named pipe or a device would block the sync for ever: bad data, refused at once
            throw new dk.henvis.catalog.BadInputException(Messages.get("import.error.notAFile", path));
        }
        String before = fingerprint(path);
        if (before.equals(source.etag())) {
            return new FetchResult.Unchanged();
        }
        Path name = path.getFileName();
        Path copy = work.resolve(name == null ? Path.of("source") : name);
        long[] bytes = {0};
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : walk.toList()) {
                        Path to = copy.resolve(path.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            // only regular files inside the folder: no link out of it, no named pipe
                            Path inside = PackagePaths.inFolder(path, path.relativize(p).toString());
                            if (inside != null) {
                                copyCapped(inside, to, bytes, progress, source.location());
                            }
                        }
                    }
                }
            } else {
                copyCapped(path, copy, bytes, progress, source.location());
            }
        } catch (IOException e) {
            throw new FetchException(Messages.get("sync.error.fileRead", path, String.valueOf(e.getMessage())), e);
        }
        if (!fingerprint(path).equals(before)) {
            throw new FetchException(Messages.get("sync.error.fileChanging", path));
        }
        return new FetchResult.Downloaded(copy, work, before, null, false, false, bytes[0]);
    }

    private void copyCapped(Path from, Path to, long[] total, ByteProgress progress, String where)
            throws IOException, FetchException {
        try (InputStream in = Files.newInputStream(from); OutputStream out = new FileOutputStream(to.toFile())) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                total[0] += n;
                if (total[0] > settings.maxBytes()) {
                    throw tooLarge(where);
                }
                try {
                    out.write(buf, 0, n);
                } catch (IOException e) {
                    throw diskError(e);
                }
                progress.received(total[0]);
            }
        }
    }

    private static Path localPath(String location) throws FetchException {
        try {
            if (location.regionMatches(true, 0, "file:", 0, 5)) {
                return Path.of(URI.create(location));
            }
            return Path.of(location);
        } catch (IllegalArgumentException e) {
            throw new FetchException(Messages.get("sync.error.badLocation", location), e);
        }
    }

    /** Size and modification time of a file, or of all files in a folder: changes when the content does. */
    static String fingerprint(Path path) throws FetchException {
        try {
            if (!Files.isDirectory(path)) {
                return "file:" + Files.size(path) + ":" + Files.getLastModifiedTime(path).toMillis();
            }
            long size = 0;
            long newest = 0;
            int count = 0;
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    size += Files.size(p);
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                    count++;
                }
            }
            return "file:" + count + ":" + size + ":" + newest;
        } catch (IOException e) {
            throw new FetchException(Messages.get("sync.error.fileRead", path, String.valueOf(e.getMessage())), e);
        }
    }
}
