package dk.henvis.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncViewModelTest {
    @TempDir
    Path dir;
    TestUiServices services;
    AtomicInteger changed = new AtomicInteger();
    AtomicInteger synced = new AtomicInteger();
    SyncViewModel model;

    @BeforeEach
    void setUp() {
        services = new TestUiServices(dir);
        model = new SyncViewModel(services.sync(), new SyncPreferences(services.settings()),
                new SameThreadTaskExecutor(), services.clock(), changed::incrementAndGet, synced::incrementAndGet);
    }

    @Test
    void syncBringsInTheSourcesOffersTellsTheScreensAndSaysWhatHappenedPerSource() throws Exception {
        Path file = HsdsFiles.write(dir.resolve("kommunen.json"),
                List.of(HsdsFiles.service("1", "Strikkecafé"), HsdsFiles.service("2", "Seniorkor")));
        services.sources().add("kommunen", "hsds-json", file.toString());

        model.syncNow();

        assertThat(services.offers().current()).extracting(Offer::name).containsExactlyInAnyOrder("Strikkecafé",
                "Seniorkor");
        assertThat(changed.get()).isEqualTo(1);
        assertThat(synced.get()).isEqualTo(1);
        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.resultLines()).containsExactly("kommunen: 2 nye, 0 ændrede, 0 trukket tilbage");
        assertThat(model.resultProperty().get()).startsWith("Opdateret kl. 10:00: kommunen: 2 nye");
    }

    @Test
    void aFailingSourceIsNamedInPlainWordsAndDoesNotHideTheOthers() throws Exception {
        Path good = HsdsFiles.write(dir.resolve("good.json"), List.of(HsdsFiles.service("1", "Strikkecafé")));
        services.sources().add("kommunen", "hsds-json", good.toString());
        services.sources().add("drev", "hsds-json", dir.resolve("mangler.json").toString());

        model.syncNow();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.resultLines()).hasSize(2);
        assertThat(model.resultLines().get(0)).startsWith("drev: FEJL: Filen eller mappen")
                .contains("findes ikke").endsWith("(sidste gode opdatering: aldrig)");
        assertThat(model.resultLines().get(1)).isEqualTo("kommunen: 1 nye, 0 ændrede, 0 trukket tilbage");
        assertThat(services.offers().current()).extracting(Offer::name).containsExactly("Strikkecafé");
        assertThat(changed.get()).isEqualTo(1);
    }

    @Test
    void withoutSourcesItSaysWhereToAddOne() {
        model.syncNow();
        assertThat(model.resultProperty().get()).contains("Indstillinger → Kilder og opdatering");
        assertThat(changed.get()).isZero();
    }

    @Test
    void atStartItSyncsByItselfOnlyWhenTheCatalogueIsOlderThanTheIntervalAndASourceCanBeReached() throws Exception {
        Path file = HsdsFiles.write(dir.resolve("kommunen.json"), List.of(HsdsFiles.service("1", "Strikkecafé")));
        services.sources().add("kommunen", "hsds-json", file.toString());
        services.sync().setReachability(s -> false);

        model.syncAtStartIfDue();
        assertThat(services.offers().count()).as("offline: nothing is tried").isZero();
        assertThat(services.sync().recentLog(10)).isEmpty();

        services.sync().setReachability(s -> true);
        new SyncPreferences(services.settings()).setSyncAtStart(false);
        model.syncAtStartIfDue();
        assertThat(services.offers().count()).as("sync at start switched off").isZero();

        new SyncPreferences(services.settings()).setSyncAtStart(true);
        model.syncAtStartIfDue();
        assertThat(services.offers().count()).isEqualTo(1);

        HsdsFiles.write(file, List.of(HsdsFiles.service("1", "Strikkecafé"), HsdsFiles.service("2", "Kor")));
        model.syncAtStartIfDue();
        assertThat(services.offers().count()).as("synced within the interval: not again").isEqualTo(1);
    }
}
