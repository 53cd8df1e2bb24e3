package dk.henvis.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.sync.Source;
import dk.henvis.sync.SourceStore;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesViewModelTest {
    @TempDir
    Path dir;
    TestUiServices services;
    SourceStore store;
    SourcesViewModel model;

    @BeforeEach
    void setUp() {
        services = new TestUiServices(dir);
        store = services.sources();
        model = new SourcesViewModel(store, services.sync(),
                new SyncPreferences(services.settings()), new SameThreadTaskExecutor(), services.clock());
        model.reload();
    }

    @Test
    void addsAValidFileSourceAndListsIt() throws Exception {
        Path file = HsdsFiles.write(dir.resolve("k.json"), List.of(HsdsFiles.service("1", "Kor")));
        model.nameProperty().set("kommunen");
        model.kindProperty().set("hsds-json");
        model.locationProperty().set(file.toString());

        assertThat(model.add()).isTrue();

        assertThat(store.all()).extracting(Source::name, s -> s.kind().code(), Source::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kommunen", "hsds-json", file.toString()));
        assertThat(model.sources()).extracting(SourcesViewModel.Row::name, SourcesViewModel.Row::lastSync,
                SourcesViewModel.Row::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kommunen", "aldrig", "ikke hentet endnu"));
        assertThat(model.messageProperty().get()).startsWith("Kilden 'kommunen' er tilføjet");
        assertThat(model.nameProperty().get()).isEmpty();
    }

    @Test
    void showsEachProblemBesideItsFieldAndStoresNothing() throws Exception {
        store.add("kommunen", "hsds-json", "https://example.dk/services.json");
        model.reload();
        model.nameProperty().set("Kommunen");
        model.locationProperty().set(dir.resolve("findes-ikke.json").toString());

        assertThat(model.add()).isFalse();

        assertThat(model.nameErrorProperty().get()).isEqualTo("Der findes allerede en kilde, der hedder 'Kommunen'");
        assertThat(model.kindErrorProperty().get()).isEqualTo("Vælg kildens type");
        assertThat(model.locationErrorProperty().get()).startsWith("Filen eller mappen").contains("findes-ikke.json");
        assertThat(store.all()).hasSize(1);

        model.nameProperty().set("ny");
        assertThat(model.nameErrorProperty().get()).as("typing clears the field's problem").isEmpty();
    }

    @Test
    void checksAddressesAndFolders() throws Exception {
        assertThat(SourcesViewModel.checkLocation("https://kommune.dk/hsds/services", "hsds-json")).isNull();
        assertThat(SourcesViewModel.checkLocation("http:///mangler-vært", "hsds-json")).contains("ikke en gyldig");
        assertThat(SourcesViewModel.checkLocation("ftp://kommune.dk/x.json", "hsds-json")).contains("ikke en gyldig");
        assertThat(SourcesViewModel.checkLocation("", "hsds-json")).isEqualTo("Skriv en adresse eller vælg en fil");
        Path folder = Files.createDirectories(dir.resolve("pakke"));
        assertThat(SourcesViewModel.checkLocation(folder.toString(), "hsds-json")).contains("HSDS-datapakke");
        assertThat(SourcesViewModel.checkLocation(folder.toString(), "hsds-package")).isNull();
    }

    @Test
    void removesAndSwitchesSourcesOnAndOff() {
        store.add("kommunen", "hsds-json", "https://example.dk/services.json");
        store.add("kultunaut", "kultunaut-json", "https://example.dk/k.json");
        model.setEnabled("kultunaut", false);
        assertThat(store.get("kultunaut").enabled()).isFalse();
        assertThat(model.sources()).filteredOn(r -> r.name().equals("kultunaut"))
                .extracting(SourcesViewModel.Row::outcome).containsExactly("slået fra");
        model.remove("kommunen");
        assertThat(store.all()).extracting(Source::name).containsExactly("kultunaut");
        assertThat(model.messageProperty().get()).isEqualTo("Kilden 'kommunen' er fjernet; dens tilbud bliver i kataloget");
    }

    @Test
    void theIntervalAndSyncAtStartAreRemembered() {
        model.intervalHoursProperty().set(72);
        model.syncAtStartProperty().set(false);
        SyncPreferences reread = new SyncPreferences(dk.henvis.settings.Settings.in(dir));
        assertThat(reread.interval()).isEqualTo(Duration.ofHours(72));
        assertThat(reread.syncAtStart()).isFalse();
    }

    @Test
    void theLogShowsTimeSourceAndCountsOrTheError() throws Exception {
        Path file = HsdsFiles.write(dir.resolve("k.json"), List.of(HsdsFiles.service("1", "Kor"),
                HsdsFiles.service("2", "Skak")));
        store.add("kommunen", "hsds-json", file.toString());
        store.add("drev", "hsds-json", dir.resolve("væk.json").toString());
        services.sync().syncAll(dk.henvis.sync.ProgressListener.NONE);

        model.reload();

        assertThat(model.log()).extracting(SourcesViewModel.LogRow::source).containsExactly("kommunen", "drev");
        SourcesViewModel.LogRow ok = model.log().get(0);
        assertThat(ok.time()).isEqualTo("27.11.2026 10:00");
        assertThat(ok.outcome()).isEqualTo("2 nye, 0 ændrede, 0 trukket tilbage, 0 slettet");
        assertThat(model.log().get(1).outcome()).startsWith("FEJL: Filen eller mappen");
        assertThat(model.log().get(1).failed()).isTrue();
        assertThat(model.sources()).filteredOn(r -> r.name().equals("drev"))
                .extracting(SourcesViewModel.Row::failed).containsExactly(true);
    }
}
