package dk.henvis.app;

import dk.henvis.core.CoreServices;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.TestOffers;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A command-line process writing to a shared database: {@code ConcurrentWriter DB SOURCE ROUNDS}.
 * Each round is one write transaction that holds SQLite's write lock for a moment.
 */
public final class ConcurrentWriter {
    private ConcurrentWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        String source = args[1];
        int rounds = Integer.parseInt(args[2]);
        CoreServices services = Services.open(db);
        for (int round = 0; round < rounds; round++) {
            int r = round;
            services.offers().write(source, OfferStore.Mode.MERGE, Instant.now(), sink -> {
                for (int i = 0; i < 5; i++) {
                    sink.accept(TestOffers.offer(source, "o" + r + "-" + i, "Tilbud " + r + " " + i));
                }
                try {
                    Thread.sleep(20); // keep the write lock while the other process wants it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        System.exit(0);
    }
}
