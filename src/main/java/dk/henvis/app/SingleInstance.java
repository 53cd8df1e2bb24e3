package dk.henvis.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window at a time. The first window holds an OS file lock on {@code henvis.lock} in the data
 * folder and listens on a loopback socket whose port and a random token it writes into that file.
 * A second start finds the lock taken, sends the token to the port (the running window comes to the
 * front) and exits without opening the database. The OS drops the lock when a process dies, so a
 * crash never leaves a stale lock behind.
 *
 * <p>The lock covers one byte far beyond the file's end, so the port line stays readable on Windows,
 * where locks are mandatory.
 */
public final class SingleInstance implements AutoCloseable {
    public static final String LOCK_FILE = "henvis.lock";
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;
    private static final String REQUEST = "henvis-activate ";
    private static final String ANSWER = "ok";
    private static final int CONNECT_TIMEOUT_MS = 1_000;
    /**
     * How long either side waits for the other's line once connected. Generous on purpose: a knock that
     * timed out while the first window was still answering would be retried and bring it forward twice.
     */
    private static final int ANSWER_TIMEOUT_MS = 15_000;
    private static final long WAIT_FOR_PORT_MS = 3_000;

    /** What {@link #claim} found. */
    public enum Outcome {
        /** This process is the only window; {@link Claim#instance()} holds the lock. */
        FIRST,
        /** Another window runs and was asked to come to the front. */
        ACTIVATED_OTHER,
        /** Another window holds the lock but did not answer (it may be starting or hanging). */
        OTHER_NOT_ANSWERING
    }

    /** The outcome, and the held instance when this process is the first. */
    public record Claim(Outcome outcome, SingleInstance instance) {
    }

    private final RandomAccessFile file;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private final Thread listener;
    private final Object activationLock = new Object();
    private Runnable onActivate;
    private int pendingActivations;

    private SingleInstance(RandomAccessFile file, FileLock lock, ServerSocket server, String token) {
        this.file = file;
        this.lock = lock;
        this.server = server;
        this.token = token;
        this.listener = new Thread(this::listen, "henvis-single-instance");
        this.listener.setDaemon(true);
        this.listener.start();
    }

    /**
     * Takes the single-instance lock in {@code dataFolder}, or, if another process holds it, asks that
     * process to bring its window to the front.
     *
     * @throws IOException if the lock file cannot be created or written (e.g. a read-only folder)
     */
    public static Claim claim(Path dataFolder) throws IOException {
        Files.createDirectories(dataFolder);
        Path path = dataFolder.resolve(LOCK_FILE);
        RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw");
        FileLock lock;
        try {
            lock = file.getChannel().tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this same JVM (only in tests)
        } catch (IOException e) {
            file.close();
            throw e;
        }
        if (lock == null) {
            file.close();
            boolean answered = activateOther(path);
            return new Claim(answered ? Outcome.ACTIVATED_OTHER : Outcome.OTHER_NOT_ANSWERING, null);
        }
        ServerSocket server = null;
        try {
            server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            String token = newToken();
            FileChannel channel = file.getChannel();
            channel.truncate(0);
            byte[] line = (server.getLocalPort() + " " + token + "\n").getBytes(StandardCharsets.US_ASCII);
            file.seek(0);
            file.write(line);
            channel.force(true);
            LOG.info("Single-instance lock taken, listening on loopback port {}", server.getLocalPort());
            return new Claim(Outcome.FIRST, new SingleInstance(file, lock, server, token));
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            lock.release();
            file.close();
            throw e;
        }
    }

    /**
     * What to do when another start asks for this window: the ui brings its stage to the front
     * (on its own thread). A request that came before this was set runs it at once.
     */
    public void onActivate(Runnable action) {
        Objects.requireNonNull(action);
        int pending;
        synchronized (activationLock) {
            onActivate = action;
            pending = pendingActivations;
            pendingActivations = 0;
        }
        if (pending > 0) {
            action.run();
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    private void listen() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(ANSWER_TIMEOUT_MS);
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                String request = in.readLine();
                if (!(REQUEST + token).equals(request)) {
                    LOG.warn("Ignored a malformed single-instance request");
                    continue;
                }
                activate(); // before answering: the second start exits on the answer
                var out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII), true);
                out.println(ANSWER);
            } catch (SocketTimeoutException e) {
                LOG.warn("A single-instance request timed out");
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("Single-instance listener: {}", e.toString());
                }
            }
        }
    }

    private void activate() {
        Runnable action;
        synchronized (activationLock) {
            action = onActivate;
            if (action == null) {
                pendingActivations++;
            }
        }
        LOG.info("Another start asked this window to come to the front");
        if (action != null) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("Bringing the window to the front failed", e);
            }
        }
    }

    /** Reads the running instance's port and token (waiting briefly if it is just starting) and knocks. */
    private static boolean activateOther(Path lockFile) {
        long deadline = System.nanoTime() + WAIT_FOR_PORT_MS * 1_000_000;
        do {
            String[] parts = readPortLine(lockFile);
            if (parts != null) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])),
                            CONNECT_TIMEOUT_MS);
                    socket.setSoTimeout(ANSWER_TIMEOUT_MS);
                    var out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII), true);
                    out.println(REQUEST + parts[1]);
                    var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                    if (ANSWER.equals(in.readLine())) {
                        return true;
                    }
                } catch (IOException | NumberFormatException e) {
                    LOG.debug("Running instance did not answer yet: {}", e.toString());
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static String[] readPortLine(Path lockFile) {
        try {
            String content = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            String[] parts = content.split(" ");
            return parts.length == 2 ? parts : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing the single-instance socket: {}", e.toString());
        }
        try {
            lock.release();
            file.close();
        } catch (IOException e) {
            LOG.debug("releasing the single-instance lock: {}", e.toString());
        }
    }
}
