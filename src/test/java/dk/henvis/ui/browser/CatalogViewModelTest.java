package dk.henvis.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.TestOffers;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogViewModelTest {
    @TempDir
    Path dir;
    CatalogViewModel model;
    TestUiServices services;

    @BeforeEach
    void setUp() {
        Offer choir = TestOffers.offer("kommunen", "1", "Seniorkoret");
        Offer chess = moved(TestOffers.offer("kommunen", "2", "Skakklub for alle", "Vi spiller skak"),
                "Jægerspris", Access.NOT_STEP_FREE, new Cost(new BigDecimal("50"), null), FocusLevel.TIDLIG);
        Offer knit = moved(TestOffers.offer("kommunen", "3", "Strikkecafé", "Strik og kaffe"),
                "Slangerup", Access.STEP_FREE, new Cost(BigDecimal.ZERO, null), FocusLevel.STOETTE);
        services = new TestUiServices(dir).with("kommunen", TestUiServices.NOW, List.of(choir, chess, knit));
        model = new CatalogViewModel(services.offers(), new SameThreadTaskExecutor());
        model.shown();
    }

    private static Offer moved(Offer o, String city, Access access, Cost cost, FocusLevel focus) {
        Location l = o.primaryLocation();
        Location nl = new Location(l.id(), l.name(), l.street(), l.postcode(), city, l.latitude(), l.longitude(),
                l.transport(), access, null, false);
        return new Offer(o.key(), o.name(), null, o.description(), null, null, o.status(), o.organisation(),
                List.of(nl), o.schedules(), o.ages(), cost, List.of("Spil"), List.of(), o.languages(), o.contacts(),
                focus, List.of(), o.audienceSex(), null, false, null, null);
    }

    private List<String> names() {
        return model.results().stream().map(Offer::name).toList();
    }

    @Test
    void showsTheWholeCatalogueAndItsTownsAndCategories() {
        assertThat(names()).containsExactlyInAnyOrder("Seniorkoret", "Skakklub for alle", "Strikkecafé");
        assertThat(model.towns()).containsExactly("Frederikssund", "Jægerspris", "Slangerup");
        assertThat(model.categories()).containsExactly("Sang og musik", "Spil");
        assertThat(model.summaryProperty().get()).isEqualTo("3 tilbud");
    }

    @Test
    void searchesAsTheWorkerTypes() {
        model.queryProperty().set("skak");
        assertThat(names()).containsExactly("Skakklub for alle");
        model.queryProperty().set("strik");
        assertThat(names()).containsExactly("Strikkecafé");
    }

    @Test
    void filtersCombine() {
        model.freeOnlyProperty().set(true);
        assertThat(names()).containsExactlyInAnyOrder("Seniorkoret", "Strikkecafé");
        model.stepFreeOnlyProperty().set(true);
        model.townProperty().set("Slangerup");
        assertThat(names()).containsExactly("Strikkecafé");
        model.townProperty().set(null);
        model.focusProperty().set(FocusLevel.FOREBYG);
        assertThat(names()).containsExactly("Seniorkoret");
        model.clearFilters();
        assertThat(names()).hasSize(3);
    }

    @Test
    void keepsTheSelectionWhileItIsStillListed() {
        Offer knit = model.results().stream().filter(o -> o.name().equals("Strikkecafé")).findFirst().orElseThrow();
        model.selectedProperty().set(knit);
        model.categoryProperty().set("Spil");
        assertThat(model.selectedProperty().get()).isEqualTo(knit);
        model.focusProperty().set(FocusLevel.TIDLIG);
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void theTabAndTheStatusBarCountTheSameOffers() {
        // a retired offer and the choir again from a second source: the status bar counted 5, the tab 3
        var services = new TestUiServices(dir.resolve("two")).with("kommunen", TestUiServices.NOW, List.of(
                TestOffers.offer("kommunen", "1", "Seniorkoret"),
                TestOffers.offer("kommunen", "2", "Skakklub for alle", "Vi spiller skak"),
                TestOffers.offer("kommunen", "3", "Strikkecafé").withStatus(dk.henvis.catalog.OfferStatus.INACTIVE)))
                .with("kultunaut", TestUiServices.NOW, List.of(TestOffers.offer("kultunaut", "9", "Seniorkoret")));
        CatalogViewModel browser = new CatalogViewModel(services.offers(), new SameThreadTaskExecutor());
        browser.shown();
        var status = dk.henvis.ui.shell.CatalogStatus.of(services.offers().current(), s -> false);

        assertThat(browser.summaryProperty().get()).isEqualTo("2 tilbud");
        assertThat(status.offers()).isEqualTo(2);
        assertThat(status.text(java.time.Clock.fixed(TestUiServices.NOW, java.time.ZoneId.of("Europe/Copenhagen"))))
                .endsWith("· 2 tilbud");

        // filtered, the tab says of how many
        browser.queryProperty().set("skak");
        browser.search();
        assertThat(browser.summaryProperty().get()).isEqualTo("1 af 2 tilbud");

        // the coordinator's list adds the offers that are not active, and says how many of those there are
        browser.queryProperty().set("");
        browser.includeInactiveProperty().set(true);
        assertThat(browser.results()).hasSize(4);
        assertThat(browser.summaryProperty().get()).isEqualTo("2 tilbud og 1 ikke aktive");
    }

    @Test
    void aSavedOfferKeepsTheFiltersAndIsSelected() {
        model.townProperty().set("Slangerup");
        Offer knit = model.results().get(0);
        Offer edited = new Offer(knit.key(), "Strikkecafé og kaffe", null, knit.description(), null, null,
                knit.status(), knit.organisation(), knit.locations(), knit.schedules(), knit.ages(), knit.cost(),
                knit.categories(), List.of(), knit.languages(), knit.contacts(), knit.focus(), List.of(),
                knit.audienceSex(), null, false, null, null);
        services().with("kommunen", TestUiServices.NOW, List.of(edited));

        model.reveal(edited);
        model.reload();

        assertThat(model.townProperty().get()).isEqualTo("Slangerup");
        assertThat(names()).containsExactly("Strikkecafé og kaffe");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Strikkecafé og kaffe");
        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("1 af 3 tilbud");
    }

    @Test
    void aSavedOfferTheFiltersHideIsNamedNotSilentlyMissing() {
        model.townProperty().set("Slangerup");
        Offer walk = TestOffers.offer("kommunen", "4", "Gåtur ved fjorden");
        services().with("kommunen", TestUiServices.NOW, List.of(walk));

        model.reveal(walk);
        model.reload();

        assertThat(model.townProperty().get()).isEqualTo("Slangerup");
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.noticeProperty().get())
                .isEqualTo("'Gåtur ved fjorden' er gemt, men søgningen eller filtrene skjuler det."
                        + " Vælg Nulstil filtre for at se det.");
        model.clearFilters();
        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(names()).contains("Gåtur ved fjorden");
    }

    private TestUiServices services() {
        return services;
    }

    @Test
    void nothingIsReadBeforeTheTabIsShownAndItsEmptyListSaysItIsReadingMeanwhile() {
        dk.henvis.ui.concurrent.HeldTaskExecutor holding = new dk.henvis.ui.concurrent.HeldTaskExecutor();
        CatalogViewModel browser = new CatalogViewModel(services.offers(), holding);
        browser.reload();
        browser.queryProperty().set("kor");
        assertThat(holding.waiting()).as("the tab is not shown: nothing read").isZero();

        browser.shown();
        assertThat(holding.waiting()).isEqualTo(1);
        assertThat(browser.emptyTextProperty().get()).isEqualTo("Henter kataloget …");
        holding.runNext();
        assertThat(browser.emptyTextProperty().get()).isEqualTo("Ingen tilbud passer til søgningen.");
        assertThat(browser.results()).extracting(Offer::name).containsExactly("Seniorkoret");
    }
}
