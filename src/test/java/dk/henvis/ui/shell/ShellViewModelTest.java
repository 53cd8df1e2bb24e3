package dk.henvis.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.TestOffers;
import dk.henvis.ui.SampleCatalogPort;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path dir;

    @Test
    void saysHowOldTheCatalogueIs() {
        var services = new TestUiServices(dir).with("kommunen", TestUiServices.NOW.minus(Duration.ofDays(3)),
                List.of(TestOffers.offer("kommunen", "1", "Kor")));
        ShellViewModel model = new ShellViewModel(services, new SameThreadTaskExecutor());
        model.start();
        assertThat(model.statusProperty().get()).isEqualTo("Opdateret for 3 dage siden · 1 tilbud");
        assertThat(model.staleProperty().get()).isFalse();
        assertThat(model.sampleProperty().get()).isFalse();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void warnsWhenTheCatalogueIsOlderThanTwoWeeks() {
        var services = new TestUiServices(dir).with("kommunen", TestUiServices.NOW.minus(Duration.ofDays(20)),
                List.of(TestOffers.offer("kommunen", "1", "Kor")));
        ShellViewModel model = new ShellViewModel(services, new SameThreadTaskExecutor());
        model.refreshStatus();
        assertThat(model.statusProperty().get()).startsWith("Advarsel: kataloget er 20 dage gammelt");
        assertThat(model.staleProperty().get()).isTrue();
    }

    @Test
    void loadsTheSampleCatalogueIntoAnEmptyDatabaseAndSaysItIsSampleData() {
        var services = new TestUiServices(dir) {
            @Override
            public SampleCatalogPort sampleCatalog() {
                TestUiServices self = this;
                return new SampleCatalogPort() {
                    @Override
                    public int load(BiConsumer<Long, Long> progress) {
                        self.with("eksempel", TestUiServices.NOW, List.of(TestOffers.offer("eksempel", "1", "Kor"),
                                TestOffers.offer("eksempel", "2", "Skak")));
                        progress.accept(2L, 2L);
                        return 2;
                    }

                    @Override
                    public boolean isSampleSource(String source) {
                        return source.equals("eksempel");
                    }
                };
            }
        };
        ShellViewModel model = new ShellViewModel(services, new SameThreadTaskExecutor());
        int[] reloads = {0};
        model.onCatalogChanged(() -> reloads[0]++);
        model.start();
        assertThat(services.offers().count()).isEqualTo(2);
        assertThat(reloads[0]).isEqualTo(1);
        assertThat(model.sampleProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Opdateret i dag · 2 tilbud");

        // one own offer saved beside the sample offers: still sample data, the badge stays
        services.with("egne", TestUiServices.NOW, List.of(TestOffers.offer("egne", "1", "Strikkeklub")));
        model.refreshStatus();
        assertThat(model.sampleProperty().get()).isTrue();
        // only when no sample offer is left does the badge go
        services.offers().write("eksempel", dk.henvis.catalog.OfferStore.Mode.WITHDRAW_MISSING, TestUiServices.NOW, sink -> { });
        model.refreshStatus();
        assertThat(model.sampleProperty().get()).isFalse();
    }

    @Test
    void saysWhenTheCatalogueIsEmpty() {
        ShellViewModel model = new ShellViewModel(new TestUiServices(dir), new SameThreadTaskExecutor());
        model.start();
        assertThat(model.statusProperty().get()).startsWith("Kataloget er tomt");
    }

    @Test
    void remembersTheTextSizeWithinLimits() {
        var services = new TestUiServices(dir);
        ShellViewModel model = new ShellViewModel(services, new SameThreadTaskExecutor());
        model.biggerText();
        model.biggerText();
        assertThat(new ShellViewModel(services, new SameThreadTaskExecutor()).fontSizeProperty().get())
                .isEqualTo(ShellViewModel.DEFAULT_FONT_SIZE + 4);
        for (int i = 0; i < 30; i++) {
            model.smallerText();
        }
        assertThat(model.fontSizeProperty().get()).isEqualTo(ShellViewModel.MIN_FONT_SIZE);
    }

    @Test
    void remembersCoordinatorModeAcrossStarts() {
        var services = new TestUiServices(dir);
        ShellViewModel model = new ShellViewModel(services, new SameThreadTaskExecutor());
        assertThat(model.coordinatorModeProperty().get()).isFalse();
        model.setCoordinatorMode(true);
        assertThat(model.coordinatorModeProperty().get()).isTrue();
        assertThat(new ShellViewModel(services, new SameThreadTaskExecutor()).coordinatorModeProperty().get()).isTrue();
        model.setCoordinatorMode(false);
        assertThat(new ShellViewModel(services, new SameThreadTaskExecutor()).coordinatorModeProperty().get()).isFalse();
    }
}
