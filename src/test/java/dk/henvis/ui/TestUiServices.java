package dk.henvis.ui;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.core.CoreServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The GUI's services on a database in a temporary folder: the app's own wiring ({@link CoreServices},
 * {@link CoreUiServices}) at a clock the test sets. The one difference from the app: no sample catalogue is
 * loaded into the empty database at start (tests say what the catalogue holds).
 */
public class TestUiServices extends CoreUiServices {
    public static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private final TestClock clock;
    private volatile String sampleSource;

    public TestUiServices(Path folder) {
        this(folder, new TestClock(Clock.fixed(NOW, CoreServices.MUNICIPALITY_ZONE)));
    }

    private TestUiServices(Path folder, TestClock clock) {
        super(new CoreServices(Database.open(folder.resolve("henvis.db")), clock, folder), folder.resolve("logs"));
        this.clock = clock;
    }

    public TestUiServices with(String source, Instant when, List<Offer> list) {
        offers().write(source, OfferStore.Mode.MERGE, when, sink -> list.forEach(sink));
        return this;
    }

    /** Sets the time every service reads from now on (the services share one clock, as in the app). */
    public TestUiServices clock(Clock c) {
        clock.set(c);
        return this;
    }

    public Database database() {
        return core().database();
    }

    /** The source that counts as the sample catalogue's (none unless a test names one). */
    public TestUiServices sampleSource(String source) {
        this.sampleSource = source;
        return this;
    }

    /** No sample catalogue to load: the database holds what the test writes. */
    @Override
    public SampleCatalogPort sampleCatalog() {
        return new SampleCatalogPort() {
            @Override
            public int load(BiConsumer<Long, Long> progress) {
                return 0;
            }

            @Override
            public boolean isSampleSource(String source) {
                return source.equals(sampleSource);
            }
        };
    }

    /** A clock that a test can move; every service built on it sees the move. */
    private static final class TestClock extends Clock {
        private volatile Clock now;

        TestClock(Clock now) {
            this.now = now;
        }

        void set(Clock c) {
            this.now = c;
        }

        @Override
        public ZoneId getZone() {
            return now.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return now.withZone(zone);
        }

        @Override
        public Instant instant() {
            return now.instant();
        }
    }
}
