package dk.henvis.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.TestOffers;
import dk.henvis.ui.TestUiServices;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AboutViewModelTest {
    @TempDir
    Path folder;

    @Test
    void showsEachSourceWithItsSizeAndAgeAndWhereDataAndLogsAre() {
        TestUiServices services = new TestUiServices(folder)
                .with("kommune", Instant.parse("2026-11-24T08:00:00Z"),
                        List.of(TestOffers.offer("kommune", "1", "Kor"), TestOffers.offer("kommune", "2", "Strik")))
                .with("kultunaut", TestUiServices.NOW, List.of(TestOffers.offer("kultunaut", "k1", "Koncert")));

        AboutViewModel about = AboutViewModel.load(services);

        assertThat(about.version()).matches("Henvis \\d+\\.\\d+\\.\\d+.*");
        assertThat(about.dataFolder()).isEqualTo(folder.toAbsolutePath().toString());
        assertThat(about.logFolder()).isEqualTo(folder.resolve("logs").toAbsolutePath().toString());
        assertThat(about.sourceLines()).containsExactly(
                "kommune: 2 tilbud, opdateret 24. november 2026 (for 3 dage siden)",
                "kultunaut: 1 tilbud, opdateret 27. november 2026 (i dag)");
        assertThat(about.readOnlyNotice()).isEmpty();
        assertThat(about.report()).contains(about.dataFolder()).contains(about.logFolder())
                .contains("kommune: 2 tilbud");
    }

    @Test
    void anEmptyCatalogueAndAReadOnlyFolderAreSaidPlainly() {
        AboutViewModel about = new AboutViewModel("1.2.3", folder, folder.resolve("logs"), true, List.of(),
                java.time.Clock.systemUTC());

        assertThat(about.sourceLines()).containsExactly("Kataloget er tomt");
        assertThat(about.readOnlyNotice()).contains("kan ikke skrives").contains(folder.toAbsolutePath().toString());
    }
}
