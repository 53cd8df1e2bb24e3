package dk.henvis.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.TestOffers;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the main window's menus and tabs do, on the real services, without a window. */
class MainViewModelTest {
    @TempDir
    Path dir;

    private MainViewModel model(TestUiServices services) {
        return new MainViewModel(services, new SameThreadTaskExecutor());
    }

    @Test
    void theCatalogueShowsActiveOffersAndCoordinatorModeAddsTheRetiredOnes() {
        TestUiServices services = new TestUiServices(dir).with("kommunen", TestUiServices.NOW, List.of(
                TestOffers.offer("kommunen", "1", "Kor"),
                TestOffers.offer("kommunen", "2", "Skak").withStatus(OfferStatus.INACTIVE)));
        MainViewModel model = model(services);
        model.start();
        assertThat(model.catalog().results()).extracting(Offer::name).containsExactly("Kor");
        model.shell().setCoordinatorMode(true);
        assertThat(model.catalog().results()).extracting(Offer::name).containsExactlyInAnyOrder("Kor", "Skak");
    }

    @Test
    void newCitizenForgetsTheFieldsTheChoiceAndTheName() {
        TestUiServices services = new TestUiServices(dir).with("kommunen", TestUiServices.NOW,
                List.of(TestOffers.offer("kommunen", "1", "Kor")));
        MainViewModel model = model(services);
        model.start();
        model.citizen().ageProperty().set("78");
        assertThat(model.results().matches()).extracting(m -> m.offer().name()).containsExactly("Kor");
        model.results().toggleChosen(model.results().matches().get(0));
        model.handout().firstNameProperty().set("Inger");
        assertThat(model.handout().canMake().get()).isTrue();

        model.clearCitizen();
        assertThat(model.citizen().ageProperty().get()).isEmpty();
        assertThat(model.results().chosen()).isEmpty();
        assertThat(model.handout().firstNameProperty().get()).isEmpty();
        assertThat(model.handout().canMake().get()).isFalse();
    }

    @Test
    void theUnitIsTakenOnceItIsSet() {
        TestUiServices services = new TestUiServices(dir);
        MainViewModel model = model(services);
        assertThat(model.takeUnit()).isFalse();
        assertThat(model.unitForm().isFirstStart()).isTrue();
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
        assertThat(model.takeUnit()).isTrue();
        assertThat(model.unit()).contains(StaffUnit.DOEGNPLEJEN);
        assertThat(model.unitForm().isFirstStart()).isFalse();
    }

    @Test
    void anOfferCanBeFlaggedAndAnOffersSourceIsItsOwnUnlessTheResultSaysMore() {
        Offer kor = TestOffers.offer("kommunen", "1", "Kor");
        MainViewModel model = model(new TestUiServices(dir));
        assertThat(model.canFlag(null)).isFalse();
        assertThat(model.canFlag(kor)).isTrue();
        assertThat(model.resultSourcesOf(kor)).containsExactly("kommunen");
    }

    @Test
    void aFlagFolderChosenUnderSettingsIsShownOnTheCoordinatorTab() throws Exception {
        TestUiServices services = new TestUiServices(dir.resolve("data"));
        services.settings().setCoordinatorMode(true);
        MainViewModel model = model(services);
        var coordinator = model.coordinator();
        coordinator.open();
        assertThat(coordinator.flagsMessageProperty().get()).contains("ingen mappe");

        java.nio.file.Path folder = java.nio.file.Files.createDirectories(dir.resolve("faelles"));
        model.setFlagsFolder(folder);
        assertThat(coordinator.flagsFolderProperty().get()).isEqualTo(folder.toString());
        assertThat(coordinator.flagsMessageProperty().get()).doesNotContain("ingen mappe").contains("Fejlmeldinger:");
    }
}
