package dk.henvis.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.sync.ProgressListener;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import dk.henvis.ui.sources.HsdsFiles;
import dk.henvis.ui.sources.SyncPreferences;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status line counts the catalogue's age from the last good sync, with a warning after the interval. */
class SyncStatusTest {
    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;

    private TestUiServices syncedHoursAgo(long hours, boolean thenFails) throws Exception {
        TestUiServices services = new TestUiServices(dir)
                .clock(Clock.fixed(TestUiServices.NOW.minus(Duration.ofHours(hours)), CPH));
        Path file = HsdsFiles.write(dir.resolve("k.json"), List.of(HsdsFiles.service("1", "Kor")));
        services.sources().add("kommunen", "hsds-json", file.toString());
        services.sync().syncAll(ProgressListener.NONE);
        if (thenFails) {
            java.nio.file.Files.delete(file);
            services.sync().syncAll(ProgressListener.NONE);
        }
        return services.clock(Clock.fixed(TestUiServices.NOW, CPH));
    }

    @Test
    void aRecentGoodSyncIsShownInHours() throws Exception {
        ShellViewModel model = new ShellViewModel(syncedHoursAgo(5, false), new SameThreadTaskExecutor());
        model.refreshStatus();
        assertThat(model.statusProperty().get()).isEqualTo("Opdateret for 5 timer siden · 1 tilbud");
        assertThat(model.staleProperty().get()).isFalse();
    }

    @Test
    void olderThanTheIntervalIsAWarningEvenIfTheOffersChangedRecently() throws Exception {
        TestUiServices services = syncedHoursAgo(30, false);
        ShellViewModel model = new ShellViewModel(services, new SameThreadTaskExecutor());
        model.refreshStatus();
        assertThat(model.statusProperty().get())
                .isEqualTo("Advarsel: sidst opdateret for 30 timer siden – opdatér, når der er net · 1 tilbud");
        assertThat(model.staleProperty().get()).isTrue();

        new SyncPreferences(services.settings()).setIntervalHours(48);
        model.refreshStatus();
        assertThat(model.staleProperty().get()).isFalse();
    }

    @Test
    void aFailedSyncDoesNotMakeTheCatalogueLookNewer() throws Exception {
        TestUiServices services = syncedHoursAgo(72, true);
        ShellViewModel model = new ShellViewModel(services, new SameThreadTaskExecutor());
        model.refreshStatus();
        assertThat(model.statusProperty().get()).startsWith("Advarsel: sidst opdateret for 3 dage siden");
    }
}
