package dk.henvis.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.TestOffers;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleCatalogTest {
    @TempDir
    Path dir;

    @Test
    void loadsTheBundledCatalogueUnderTheSampleSourcesAndKnowsItIsSampleOnly() {
        OfferStore store = new OfferStore(Database.open(dir.resolve("henvis.db")));
        SampleCatalog sample = new SampleCatalog(new CatalogImporter(store, Clock.systemUTC()), store);
        assertThat(sample.isSampleOnly()).isFalse();

        List<long[]> progress = new ArrayList<>();
        int loaded = sample.load((done, total) -> progress.add(new long[] {done, total}));

        List<Offer> all = store.all();
        assertThat(loaded).isEqualTo(all.size());
        assertThat(all.stream().filter(o -> o.key().source().equals(SampleCatalog.HSDS_SOURCE)).count())
                .isGreaterThanOrEqualTo(80);
        assertThat(all.stream().filter(o -> o.key().source().equals(SampleCatalog.KULTUNAUT_SOURCE)).count())
                .isGreaterThanOrEqualTo(20);
        assertThat(all).extracting(Offer::focus).contains(FocusLevel.FOREBYG, FocusLevel.TIDLIG, FocusLevel.STOETTE);
        assertThat(progress.get(progress.size() - 1)).containsExactly(3, 3);
        assertThat(sample.isSampleOnly()).isTrue();

        store.write("kommunen", OfferStore.Mode.MERGE, Instant.now(),
                sink -> sink.accept(TestOffers.offer("kommunen", "egen-1", "Eget tilbud")));
        assertThat(sample.isSampleOnly()).isFalse();
        assertThat(SampleCatalog.isSampleSource("kommunen")).isFalse();
        assertThat(SampleCatalog.isSampleSource(SampleCatalog.HSDS_SOURCE)).isTrue();
    }
}
