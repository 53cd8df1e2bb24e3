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

    @BeforeEach
    void setUp() {
        Offer choir = TestOffers.offer("kommunen", "1", "Seniorkoret");
        Offer chess = moved(TestOffers.offer("kommunen", "2", "Skakklub for alle", "Vi spiller skak"),
                "Jægerspris", Access.NOT_STEP_FREE, new Cost(new BigDecimal("50"), null), FocusLevel.TIDLIG);
        Offer knit = moved(TestOffers.offer("kommunen", "3", "Strikkecafé", "Strik og kaffe"),
                "Slangerup", Access.STEP_FREE, new Cost(BigDecimal.ZERO, null), FocusLevel.STOETTE);
        var services = new TestUiServices(dir).with("kommunen", TestUiServices.NOW, List.of(choir, chess, knit));
        model = new CatalogViewModel(services.offers(), new SameThreadTaskExecutor());
        model.reload();
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
}
