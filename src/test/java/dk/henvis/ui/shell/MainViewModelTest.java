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
        assertThat(model.catalog().results()).as("nothing read for the catalogue tab before it is shown").isEmpty();
        model.catalog().shown();
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
        assertThat(model.unit()).contains(StaffUnit.DOEGNPLEJEN.code());
        assertThat(model.unitForm().isFirstStart()).isFalse();
    }

    @Test
    void aWorkerInAUnitTheCoordinatorAddedHasItNamedOnTheHandoutAndInTheReferralAndTheWheelchairNeedPrintsAccess()
            throws Exception {
        TestUiServices services = new TestUiServices(dir).with("kommunen", TestUiServices.NOW,
                List.of(TestOffers.offer("kommunen", "1", "Kor")));
        new dk.henvis.settings.ReferralUnits(services.settings()).add("Aktivitetscentret");
        MainViewModel model = model(services);
        var form = model.unitForm();
        assertThat(form.isFirstStart()).isTrue();
        assertThat(form.addedUnits()).containsExactly("Aktivitetscentret");
        form.unitProperty().set("Aktivitetscentret");
        form.phoneProperty().set("47 35 12 00");
        form.save();
        assertThat(model.unitForm().isFirstStart()).isFalse();
        assertThat(model.unitForm().unitProperty().get()).isEqualTo("Aktivitetscentret");
        assertThat(model.takeUnit()).isTrue();
        model.start();
        assertThat(model.citizen().groups()).as("an added unit has no defaults").isEmpty();

        model.citizen().ageProperty().set("78");
        model.citizen().need(dk.henvis.matching.Need.WHEELCHAIR).set(true);
        model.results().toggleChosen(model.results().matches().get(0));
        Path pdf = dir.resolve("h.pdf");
        model.handout().save(pdf, () -> { });
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
            assertThat(text).contains("Aktivitetscentret, Frederikssund Kommune").contains("47 35 12 00")
                    .contains("Adgang Trinfri adgang").doesNotContain("Center for Sundhed og Forebyggelse");
        }
        assertThat(services.referrals().records(dk.henvis.referrals.DateRange.ALL)).singleElement()
                .extracting(r -> r.unit()).isEqualTo("Aktivitetscentret");
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
