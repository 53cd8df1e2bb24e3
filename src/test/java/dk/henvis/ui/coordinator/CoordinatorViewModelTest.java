package dk.henvis.ui.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.TestOffers;
import dk.henvis.curation.Flag;
import dk.henvis.curation.FlagFile;
import dk.henvis.curation.FlagService;
import dk.henvis.publish.FolderPublication;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import dk.henvis.ui.flags.FlagViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Koordinator tab's view-model and the flag dialog's, on a real database without a screen. */
class CoordinatorViewModelTest {
    @TempDir
    Path dir;
    TestUiServices services;
    CoordinatorViewModel model;
    AtomicInteger catalogueChanged = new AtomicInteger();
    Path share;

    @BeforeEach
    void setUp() throws Exception {
        services = new TestUiServices(Files.createDirectories(dir.resolve("data")));
        services.settings().setCoordinatorMode(true);
        services.with("henvis", TestUiServices.NOW, List.of(
                offer("kor", "Seniorkoret", LocalDate.of(2025, 1, 10)),
                offer("laes", "Læseklubben", null),
                offer("gaa", "Gåturen", LocalDate.of(2026, 10, 1))));
        share = Files.createDirectories(dir.resolve("faelles"));
        model = new CoordinatorViewModel(services, new SameThreadTaskExecutor(), catalogueChanged::incrementAndGet);
    }

    @Test
    void publishingAsksFirstWhileSampleOffersAreInTheCatalogue() throws Exception {
        assertThat(model.publishQuestion()).as("no sample offers: nothing to ask").isEmpty();
        TestUiServices withSample = new TestUiServices(Files.createDirectories(dir.resolve("sample"))) {
            @Override
            public dk.henvis.ui.SampleCatalogPort sampleCatalog() {
                return new dk.henvis.ui.SampleCatalogPort() {
                    @Override
                    public int load(java.util.function.BiConsumer<Long, Long> progress) {
                        return 0;
                    }

                    @Override
                    public boolean isSampleSource(String source) {
                        return source.equals("eksempel");
                    }
                };
            }
        };
        withSample.with("eksempel", TestUiServices.NOW, List.of(TestOffers.offer("eksempel", "1", "Kor"),
                TestOffers.offer("eksempel", "2", "Skak")));
        withSample.with("henvis", TestUiServices.NOW, List.of(TestOffers.offer("henvis", "1", "Strikkeklub")));
        CoordinatorViewModel sampleModel = new CoordinatorViewModel(withSample, new SameThreadTaskExecutor(), () -> { });
        assertThat(sampleModel.publishQuestion()).hasValueSatisfying(q -> assertThat(q).contains("2 eksempeltilbud"));
    }

    @Test
    void publishesEveryFormatIntoTheRememberedFolder() throws Exception {
        assertThat(model.canPublish()).isFalse();
        model.setPublishFolder(share);
        model.publish();

        assertThat(model.publishFailedProperty().get()).isFalse();
        assertThat(model.publishMessageProperty().get()).contains("3 tilbud").contains(share.toString());
        assertThat(share.resolve(FolderPublication.JSON_FILE)).isRegularFile();
        assertThat(share.resolve(FolderPublication.PACKAGE_FOLDER).resolve("datapackage.json")).isRegularFile();
        assertThat(share.resolve(FolderPublication.HTML_FOLDER).resolve("index.html")).isRegularFile();
        assertThat(new CoordinatorViewModel(services, new SameThreadTaskExecutor(), () -> { })
                .publishFolderProperty().get()).as("remembered").isEqualTo(share.toAbsolutePath().toString());
    }

    @Test
    void anUnreachableFolderGivesAClearMessageAndLeavesTheEarlierPublication() throws Exception {
        model.setPublishFolder(share);
        model.publish();
        String before = Files.readString(share.resolve(FolderPublication.JSON_FILE));
        model.setPublishFolder(dir.resolve("drev-ikke-tilsluttet"));
        model.publish();

        assertThat(model.publishFailedProperty().get()).isTrue();
        assertThat(model.publishMessageProperty().get()).contains("drev-ikke-tilsluttet").contains("ikke udgivet")
                .contains("urørte");
        assertThat(model.publishingProperty().get()).isFalse();
        assertThat(Files.readString(share.resolve(FolderPublication.JSON_FILE))).isEqualTo(before);
    }

    @Test
    void listsStaleOffersOldestFirstAndMarksOneChecked() {
        model.open();
        assertThat(model.staleOffers()).extracting(s -> s.offer().name()).containsExactly("Læseklubben", "Seniorkoret");
        model.markChecked(model.staleOffers().get(1));
        assertThat(model.staleOffers()).extracting(s -> s.offer().name()).containsExactly("Læseklubben");
        assertThat(services.offers().find(new OfferKey("henvis", "kor")).orElseThrow().lastChecked())
                .isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(catalogueChanged.get()).isEqualTo(1);
        model.monthsProperty().set(1);
        assertThat(model.staleOffers()).extracting(s -> s.offer().name()).containsExactly("Læseklubben", "Gåturen");
    }

    @Test
    void collectsFlagsWhenOpenedListsThemPerOfferAndResolvesThem() throws Exception {
        model.setPublishFolder(share);
        Files.writeString(share.resolve(FlagService.FILE_PREFIX + "laptop-1.json"), FlagFile.write("laptop-1",
                LocalDate.of(2026, 11, 26), List.of(
                        flag("f1", "laes", "Læseklubben", "Holdet er flyttet til torsdag"),
                        flag("f2", "laes", "Læseklubben", "Ny mødeleder: Hanne"),
                        flag("f3", "kor", "Seniorkoret", "Koret holder sommerpause i juli"))));

        model.open();

        assertThat(model.flagsMessageProperty().get()).contains("3 nye");
        assertThat(model.flagGroups()).extracting(CoordinatorViewModel.FlagGroup::offerName)
                .containsExactly("Læseklubben", "Seniorkoret");
        assertThat(model.flagGroups().get(0).flags()).hasSize(2);
        model.resolve(model.flagGroups().get(0));
        assertThat(model.flagGroups()).extracting(CoordinatorViewModel.FlagGroup::offerName)
                .containsExactly("Seniorkoret");
        assertThat(Files.readString(share.resolve(FlagService.RESOLUTIONS_FILE))).contains("f1").contains("f2")
                .doesNotContain("f3");
    }

    @Test
    void theFlagDialogRefusesACprNumberAndSavesAShortText() {
        Offer offer = services.offers().find(new OfferKey("henvis", "laes")).orElseThrow();
        FlagViewModel flag = new FlagViewModel(services.flags(), offer);
        assertThat(flag.canSave().get()).isFalse();
        flag.textProperty().set("Borger 010150-1234 fik ikke plads");
        assertThat(flag.canSave().get()).isTrue();
        assertThat(flag.save()).isFalse();
        assertThat(flag.errorProperty().get()).contains("CPR");
        assertThat(services.flags().all()).isEmpty();

        flag.textProperty().set("Holdet er flyttet til torsdag");
        assertThat(flag.errorProperty().get()).isEmpty();
        assertThat(flag.save()).isTrue();
        assertThat(services.flags().open()).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("Holdet er flyttet til torsdag"));
    }

    private static Offer offer(String id, String name, LocalDate checked) {
        return TestOffers.offer("henvis", id, name).withLastChecked(checked);
    }

    private static Flag flag(String id, String offerId, String name, String text) {
        return new Flag(id, new OfferKey("kommunen", offerId), name, text, LocalDate.of(2026, 11, 26), "doegnplejen",
                "laptop-1", Flag.Status.OPEN, null);
    }

    @Test
    void aFolderJustChosenIsNotAnsweredWithNoFolder() {
        model.open();
        assertThat(model.flagsMessageProperty().get()).startsWith("Der er ingen mappe til fejlmeldinger endnu")
                .doesNotContain("henvis").doesNotContain("--");

        // the publication folder is where the flag files go when no folder of their own is chosen
        model.setPublishFolder(share);
        assertThat(model.flagsFolderProperty().get()).isEqualTo(share.toAbsolutePath().toString());
        assertThat(model.flagsMessageProperty().get()).doesNotContain("ingen mappe").contains("Fejlmeldinger:");
    }
}
