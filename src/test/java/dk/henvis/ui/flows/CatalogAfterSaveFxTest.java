package dk.henvis.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.browser.CatalogView;
import dk.henvis.ui.browser.CatalogViewModel;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.offereditor.OfferEditorView;
import dk.henvis.ui.offereditor.OfferEditorViewModel;
import dk.henvis.ui.offereditor.PriceKind;
import dk.henvis.ui.offereditor.ScheduleRow;
import dk.henvis.ui.shell.MainWindow;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The catalogue tab after the coordinator saved an offer (issue 16): the town and category filters keep their
 * choices, the saved offer is selected when it fits them and named when it does not, and the tab's count is
 * the status bar's.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogAfterSaveFxTest {
    private final TestUiServices services;
    private MainWindow window;
    private Stage stage;

    CatalogAfterSaveFxTest() throws IOException {
        services = SampleServices.create(dk.henvis.ui.TestFolders.create("henvis-catalog-save"));
        services.settings().setUnit(dk.henvis.settings.StaffUnit.DOEGNPLEJEN, "47 35 10 00");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1366);
        stage.setHeight(768);
        window = new MainWindow(services, new JavaFxTaskExecutor(), (owner, suggested) -> Optional.empty());
        window.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        dk.henvis.ui.FxWindows.closeAll(robot, stage);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Object> combo(FxRobot robot, String id) {
        return (ComboBox<Object>) robot.lookup("#" + id).query();
    }

    /** Picks {@code text} in the combo box's list, as the worker does with the mouse. */
    private static void choose(FxRobot robot, String id, String text) {
        ComboBox<Object> box = combo(robot, id);
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> popup = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        int index = box.getItems().stream().map(o -> box.getConverter().toString(o)).toList().indexOf(text);
        robot.interact(() -> popup.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(popup).lookup(".list-cell").lookup((javafx.scene.control.ListCell<?> c) ->
                text.equals(c.getText())).queryAs(javafx.scene.control.ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getConverter().toString(box.getValue())).isEqualTo(text);
    }

    /** Coordinator mode, the catalogue tab, town Jægerspris and one of its categories chosen; the category. */
    private String filterOnJaegerspris(FxRobot robot) throws Exception {
        robot.interact(() -> window.shell().setCoordinatorMode(true));
        robot.interact(() -> window.selectTab("tabCatalog"));
        CatalogViewModel catalogue = window.catalogue();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> catalogue.towns().contains("Jægerspris"));
        choose(robot, "filterTown", "Jægerspris");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !catalogue.results().isEmpty()
                && catalogue.results().stream().allMatch(o -> "Jægerspris".equals(o.primaryLocation().city())));
        String category = catalogue.results().stream().flatMap(o -> o.categories().stream()).findFirst().orElseThrow();
        choose(robot, "filterCategory", category);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> catalogue.results().stream()
                .allMatch(o -> o.categories().contains(category)));
        return category;
    }

    /** "Nyt tilbud", a walk in {@code postcodeTown} typed into the form, saved; the saved offer. */
    private Offer saveWalk(FxRobot robot, String name, String postcodeTown, String category) throws Exception {
        javafx.scene.control.Button create = robot.lookup("#actionNew").queryButton();
        assertThat(create.isVisible()).isTrue();
        robot.interact(create::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + OfferEditorView.ID).tryQuery()
                .map(n -> ((OfferEditorView) n).model().readyProperty().get()).orElse(false));
        OfferEditorView editor = robot.lookup("#" + OfferEditorView.ID).queryAs(OfferEditorView.class);
        OfferEditorViewModel form = editor.model();
        robot.interact(() -> {
            form.nameProperty().set(name);
            form.descriptionProperty().set("Vi går en time i roligt tempo og drikker kaffe bagefter.");
            form.organisationProperty().set("Ældresagen");
            form.priceKindProperty().set(PriceKind.FREE);
            form.focusProperty().set(dk.henvis.catalog.FocusLevel.FOREBYG);
            form.categoryDraftProperty().set(category);
            form.addCategory();
            form.places().get(0).nameProperty().set("Torvet");
            form.places().get(0).pick(form.resolvePlace(postcodeTown).orElseThrow());
            form.schedules().add(ScheduleRow.weekly(DayOfWeek.THURSDAY, "10:00", "11"));
        });
        robot.clickOn("#" + OfferEditorView.SAVE_ID);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> form.savedProperty().get() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved: " + form.messageProperty().get(), e);
        }
        Offer saved = form.savedProperty().get();
        robot.clickOn(editor.closeButton());
        WaitForAsyncUtils.waitForFxEvents();
        return saved;
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void aSavedOfferThatFitsTheFiltersIsSelectedAndTheFiltersStay(FxRobot robot) throws Exception {
        String category = filterOnJaegerspris(robot);
        Offer saved = saveWalk(robot, "Gåtur fra Jægerspris Torv", "3630 Jægerspris", category);

        CatalogViewModel catalogue = window.catalogue();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> catalogue.selectedProperty().get() != null
                && catalogue.selectedProperty().get().key().equals(saved.key()));
        assertThat(combo(robot, "filterTown").getValue()).isEqualTo("Jægerspris");
        assertThat(combo(robot, "filterCategory").getValue()).isEqualTo(category);
        assertThat(catalogue.townProperty().get()).isEqualTo("Jægerspris");
        assertThat(catalogue.categoryProperty().get()).isEqualTo(category);
        ListView<?> list = robot.lookup("#" + CatalogView.LIST_ID).queryAs(ListView.class);
        assertThat(list.getSelectionModel().getSelectedItem()).isSameAs(catalogue.selectedProperty().get());
        assertThat(robot.lookup("#" + CatalogView.NOTICE_ID).query().isVisible()).isFalse();
    }

    @Test
    void aSavedOfferTheFiltersHideIsNamedAndTheCountsAgree(FxRobot robot) throws Exception {
        String category = filterOnJaegerspris(robot);
        saveWalk(robot, "Gåtur fra Slangerup Torv", "3550 Slangerup", "Gåture ved vandet");

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#" + CatalogView.NOTICE_ID).query().isVisible());
        assertThat(label(robot, CatalogView.NOTICE_ID)).contains("'Gåtur fra Slangerup Torv' er gemt")
                .contains("filtrene skjuler det");
        assertThat(combo(robot, "filterTown").getValue()).isEqualTo("Jægerspris");
        assertThat(combo(robot, "filterCategory").getValue()).isEqualTo(category);

        // unfiltered, the tab's count is the status bar's
        robot.interact(() -> window.shell().setCoordinatorMode(false));
        robot.interact(() -> window.catalogue().clearFilters());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !label(robot, CatalogView.SUMMARY_ID).contains(" af "));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> label(robot, MainWindow.STATUS_ID).contains("tilbud"));
        String tab = label(robot, CatalogView.SUMMARY_ID);
        String status = label(robot, MainWindow.STATUS_ID);
        assertThat(status).endsWith("· " + tab);
        assertThat(robot.lookup("#" + CatalogView.NOTICE_ID).query().isVisible()).isFalse();
    }
}
