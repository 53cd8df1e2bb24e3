package dk.henvis.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A local HTTP server on 127.0.0.1 for sync tests: each path answers as its behaviour says. */
final class TestSourceServer implements AutoCloseable {
    /** How one path answers. */
    @FunctionalInterface
    interface Behaviour {
        void answer(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();

    TestSourceServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            requests.add(ex.getRequestURI().toString());
            Behaviour b = behaviours.get(path);
            if (b == null) {
                // a path registered with a trailing slash answers everything below it (/api/services/{id})
                b = behaviours.entrySet().stream()
                        .filter(e -> e.getKey().endsWith("/") && path.startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            try {
                if (b == null) {
                    ex.sendResponseHeaders(404, -1);
                } else {
                    b.answer(ex);
                }
            } catch (IOException e) {
                // the client went away (size cap, timeout): expected in some tests
            } finally {
                ex.close();
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void on(String path, Behaviour b) {
        behaviours.put(path, b);
    }

    long count(String path) {
        return requests.stream().filter(r -> r.startsWith(path)).count();
    }

    /** Answers with JSON and an ETag, and 304 when the client already has that ETag. */
    static Behaviour json(String body, String etag) {
        return ex -> {
            if (etag != null && etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            if (etag != null) {
                ex.getResponseHeaders().add("ETag", etag);
            }
            ex.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    static Behaviour status(int code) {
        return ex -> {
            byte[] bytes = "<html><body>Fejl</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(code, bytes.length);
            ex.getResponseBody().write(bytes);
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
