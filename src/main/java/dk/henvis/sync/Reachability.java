package dk.henvis.sync;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Whether a source can be reached right now, cheaply: for an http(s) source a TCP connection to its
 * host within a short timeout, for a file source that the file or folder exists (the shared drive is
 * connected). Used before a sync at start, so an offline laptop does not log a failed sync each time.
 */
@FunctionalInterface
public interface Reachability {
    boolean reachable(Source source);

    /** TCP connect (http/https) or file exists, each within {@code timeout}. */
    static Reachability network(Duration timeout) {
        return source -> {
            if (!source.isHttp()) {
                try {
                    return Files.exists(Path.of(source.location()));
                } catch (RuntimeException e) {
                    return false;
                }
            }
            try {
                URI uri = URI.create(source.location().strip());
                if (uri.getHost() == null) {
                    return false;
                }
                int port = uri.getPort() > 0 ? uri.getPort()
                        : uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(uri.getHost(), port), (int) timeout.toMillis());
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                return false;
            }
        };
    }
}
