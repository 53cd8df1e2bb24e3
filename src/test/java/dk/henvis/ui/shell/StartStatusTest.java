package dk.henvis.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.Provenance;
import dk.henvis.catalog.TestOffers;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At start the status line counts with the matching's index instead of reading every offer again (issue 17): it
 * must say exactly what the full read says — the same activities, age and sample badge.
 */
class StartStatusTest {
    @TempDir
    Path dir;

    @Test
    void theIndexsCountTellsTheSameStatusAsReadingEveryOffer() {
        var services = new TestUiServices(dir).sampleSource("eksempel");
        Instant threeDaysAgo = TestUiServices.NOW.minus(Duration.ofDays(3));
        Offer walk = TestOffers.offer("kultunaut", "7", "Gåtur ved fjorden");
        services.with("kommunen", threeDaysAgo, List.of(TestOffers.offer("kommunen", "1", "Seniorkoret"),
                TestOffers.offer("kommunen", "2", "Skak").withStatus(OfferStatus.INACTIVE),
                TestOffers.offer("kommunen", "3", "Gåtur ved fjorden og kaffe")
                        .withProvenance(new Provenance("kommunen", "3", null, null, null, walk.key())),
                TestOffers.offer("kommunen", "4", "Strikkecafé").withStatus(OfferStatus.INACTIVE)
                        .withProvenance(new Provenance("kommunen", "4", null, null, null, new OfferKey("kultunaut", "8")))));
        // the newest change is half a second after a whole second: its text sorts before the older one's
        services.with("eksempel", threeDaysAgo.plusSeconds(60), List.of(TestOffers.offer("eksempel", "1", "Kor")));
        services.with("kultunaut", threeDaysAgo.plusSeconds(60).plusMillis(500), List.of(walk,
                TestOffers.offer("kultunaut", "8", "Strikkecafé"), TestOffers.offer("kultunaut", "9", "Seniorkoret")));
        // a withdrawn offer changed last of all: it neither counts nor dates the catalogue
        services.offers().write("eksempel", OfferStore.Mode.WITHDRAW_MISSING, TestUiServices.NOW, sink -> { });

        ShellViewModel fullRead = new ShellViewModel(services, new SameThreadTaskExecutor());
        fullRead.refreshStatus();
        ShellViewModel counted = new ShellViewModel(services, new SameThreadTaskExecutor());
        counted.refreshStatus(services.matcher().activities().orElseThrow());

        assertThat(fullRead.statusProperty().get()).isEqualTo("Opdateret for 3 dage siden · 2 tilbud");
        assertThat(counted.statusProperty().get()).isEqualTo(fullRead.statusProperty().get());
        assertThat(counted.sampleProperty().get()).isEqualTo(fullRead.sampleProperty().get()).isFalse();
        assertThat(counted.staleProperty().get()).isEqualTo(fullRead.staleProperty().get());
        assertThat(services.offers().newestChange()).contains(threeDaysAgo.plusSeconds(60).plusMillis(500));

        services.with("eksempel", TestUiServices.NOW, List.of(TestOffers.offer("eksempel", "1", "Kor")));
        services.matcher().refresh();
        fullRead.refreshStatus();
        counted.refreshStatus(services.matcher().activities().orElseThrow());
        assertThat(counted.statusProperty().get()).isEqualTo(fullRead.statusProperty().get());
        assertThat(counted.sampleProperty().get()).isEqualTo(fullRead.sampleProperty().get()).isTrue();
    }
}
