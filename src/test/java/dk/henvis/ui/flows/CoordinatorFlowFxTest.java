package dk.henvis.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.ui.offereditor.PriceKind;
import dk.henvis.catalog.Access;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.Schedule;
import dk.henvis.curation.Problem.Field;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.offereditor.CoordinatorActions;
import dk.henvis.ui.offereditor.OfferEditorView;
import dk.henvis.ui.offereditor.OfferEditorViewModel;
import dk.henvis.ui.shell.MainWindow;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The coordinator's flow on the sample catalogue: coordinator mode on, "Nyt tilbud", a reading club in
 * Jægerspris typed into the form (weekly Tuesday 14-16, free, the place picked from the gazetteer), an
 * attempt to save too early shows the messages, saved; then found in the catalogue browser and suggested
 * for a citizen who likes to read. Snapshots of the form go to {@code target/screenshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class CoordinatorFlowFxTest {
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String CLUB = "Læseklub i Jægerspris";

    private final TestUiServices services;
    private MainWindow window;
    private Stage stage;

    CoordinatorFlowFxTest() throws IOException {
        services = SampleServices.create(dk.henvis.ui.TestFolders.create("henvis-coordinator"));
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1280);
        stage.setHeight(860);
        window = new MainWindow(services, new JavaFxTaskExecutor(), (owner, suggested) -> Optional.empty());
        window.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        dk.henvis.ui.FxWindows.closeAll(robot, stage);
    }

    /** Focuses the field as Tab would, in its own window (a closing suggestion pop-up may move the focus). */
    private static void focus(FxRobot robot, Node node) {
        robot.interact(() -> {
            node.getScene().getWindow().requestFocus();
            node.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node inEditor(FxRobot robot, String query) {
        return robot.lookup("#" + OfferEditorView.ID + " " + query).query();
    }

    @Test
    void aCoordinatorAddsAReadingClubThatIsFoundAndSuggested(FxRobot robot) throws Exception {
        robot.interact(() -> window.selectTab("tabCatalog"));
        assertThat(robot.lookup("#" + CoordinatorActions.BAR_ID).query().isVisible())
                .as("no coordinator buttons for staff").isFalse();
        robot.clickOn("#menuSettings");
        robot.clickOn("#menuCoordinatorMode");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shell().coordinatorModeProperty().get()).isTrue();
        assertThat(robot.lookup("#" + CoordinatorActions.BAR_ID).query().isVisible()).isTrue();

        robot.clickOn("#actionNew");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + OfferEditorView.ID).tryQuery()
                .map(n -> ((OfferEditorView) n).model().readyProperty().get()).orElse(false));
        OfferEditorView editor = robot.lookup("#" + OfferEditorView.ID).queryAs(OfferEditorView.class);
        OfferEditorViewModel form = editor.model();

        // saving an empty form says what is missing, next to the fields, and saves nothing
        robot.clickOn("#" + OfferEditorView.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + OfferEditorView.MESSAGE_ID).queryLabeled().getText()).contains("Intet er gemt");
        assertThat(robot.lookup("#editorSchedulesError").queryLabeled().getText())
                .isEqualTo("Angiv mindst én mødetid eller skriv 'efter aftale'.");
        assertThat(robot.lookup(".field-error").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.isVisible() && l.getText().equals("Skriv tilbuddets navn."));

        // type the club as a coordinator would
        focus(robot, inEditor(robot, "#" + OfferEditorView.NAME_ID));
        robot.write(CLUB);
        focus(robot, inEditor(robot, "#editorDescription"));
        robot.write("Vi læser en bog om måneden og snakker om den over en kop kaffe.");
        focus(robot, inEditor(robot, "#editorOrganisation"));
        robot.write("Jægerspris Bibliotek");
        robot.clickOn("#editorAddSchedule");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#scheduleDayTUESDAY");
        focus(robot, inEditor(robot, "#scheduleOpens"));
        robot.write("14:00");
        focus(robot, inEditor(robot, "#scheduleCloses"));
        robot.write("16");
        focus(robot, inEditor(robot, "#placeTown"));
        robot.write("3630");
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.ESCAPE);
        focus(robot, inEditor(robot, "#placeTown"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "3630".equals(form.places().get(0).postcodeProperty().get()));
        focus(robot, inEditor(robot, "#placeName"));
        robot.write("Jægerspris Bibliotek");
        focus(robot, inEditor(robot, "#placeStreet"));
        robot.write("Hovedgaden 18");
        @SuppressWarnings("unchecked")
        ComboBox<Access> access = (ComboBox<Access>) inEditor(robot, "#placeAccess");
        robot.interact(() -> access.setValue(Access.STEP_FREE));
        @SuppressWarnings("unchecked")
        ComboBox<PriceKind> price =
                (ComboBox<PriceKind>) inEditor(robot, "#editorPriceKind");
        robot.interact(() -> price.setValue(PriceKind.FREE));
        focus(robot, inEditor(robot, "#editorTargetGroups"));
        robot.write("senior").type(KeyCode.ESCAPE);
        focus(robot, inEditor(robot, "#editorTargetGroups"));
        robot.type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ComboBox<Object> focusLevel = (ComboBox<Object>) inEditor(robot, "#editorFocus");
        robot.interact(() -> focusLevel.setValue(dk.henvis.catalog.FocusLevel.FOREBYG));
        focus(robot, inEditor(robot, "#editorTags"));
        robot.write("læseklub").type(KeyCode.ESCAPE);
        focus(robot, inEditor(robot, "#editorTags"));
        robot.type(KeyCode.ENTER);
        focus(robot, inEditor(robot, "#editorCategories"));
        robot.write("Læsning og litteratur").type(KeyCode.ESCAPE);
        focus(robot, inEditor(robot, "#editorCategories"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(form.problemCount()).as("all messages gone once the fields are right").isZero();
        assertThat(form.places().get(0).nameProperty().get()).isEqualTo("Jægerspris Bibliotek");
        assertThat(form.tags()).containsExactly("læseklub");
        assertThat(form.categories()).containsExactly("Læsning og litteratur");
        assertThat(form.targetGroups()).containsExactly("senior");
        assertThat(form.places().get(0).postcodeProperty().get()).isEqualTo("3630");
        assertThat(form.places().get(0).latitudeProperty().get()).as("coordinates from the gazetteer").isNotEmpty();
        robot.interact(() -> ((javafx.scene.control.ScrollPane) editor.getCenter()).setVvalue(0));
        snapshot(robot, editor, "offer-editor.png");
        robot.interact(() -> window.shell().setFontSize(24));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.interact(() -> ((javafx.scene.control.ScrollPane) editor.getCenter()).setVvalue(0.45));
        snapshot(robot, editor, "offer-editor-large.png");
        robot.interact(() -> window.shell().setFontSize(16));

        robot.clickOn("#" + OfferEditorView.SAVE_ID);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> form.savedProperty().get() != null);
        Offer saved = form.savedProperty().get();
        assertThat(saved.name()).isEqualTo(CLUB);
        assertThat(saved.key().source()).isEqualTo("kommunen");
        assertThat(saved.schedules()).containsExactly(
                Schedule.weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(14, 0), LocalTime.of(16, 0)));
        assertThat(saved.cost().isFree()).isTrue();
        assertThat(saved.targetGroups()).containsExactly("senior");
        assertThat(saved.focus()).isEqualTo(dk.henvis.catalog.FocusLevel.FOREBYG);
        assertThat(saved.locations().get(0).city()).isEqualTo("Jægerspris");
        assertThat(saved.locations().get(0).hasCoordinates()).isTrue();
        assertThat(robot.lookup("#" + OfferEditorView.MESSAGE_ID).queryLabeled().getText()).contains("er gemt");
        robot.clickOn(editor.closeButton());

        // the catalogue browser finds it
        robot.interact(() -> window.catalogue().queryProperty().set("læseklub jægerspris"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.catalogue().results().stream()
                .anyMatch(o -> o.key().equals(saved.key())));
        // the save's own reload may still land after the search: select until the list has settled on it
        Node edit = robot.lookup("#actionEdit").query();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            robot.interact(() -> {
                Offer shown = window.catalogue().selectedProperty().get();
                if (shown == null || !shown.key().equals(saved.key())) {
                    window.catalogue().results().stream().filter(o -> o.key().equals(saved.key())).findFirst()
                            .ifPresent(o -> window.catalogue().selectedProperty().set(o));
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            return !edit.isDisabled();
        });
        assertThat(robot.lookup("#actionAdopt").query().isDisabled()).as("own offers are not adopted").isTrue();
        snapshot(robot, robot.lookup("#actionEdit").query(), "catalogue-coordinator.png");

        // and a citizen who likes to read in Jægerspris gets it among the suggestions
        robot.interact(() -> {
            window.selectTab("tabCitizen");
            window.citizen().homeProperty().set("3630 Jægerspris");
            window.citizen().interests().add("læse");
        });
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.results().computingProperty().get()
                    && window.results().matches().stream().anyMatch(m -> m.offer().key().equals(saved.key())));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not suggested for " + window.citizen().toProfile() + "; suggested: "
                    + window.results().matches().stream().map(m -> m.offer().name()).toList(), e);
        }
        assertThat(services.offers().find(saved.key())).isPresent();
        assertThat(form.errors().message(Field.NAME)).isEmpty();
    }

    private static void snapshot(FxRobot robot, Node node, String name) throws Exception {
        Files.createDirectories(SHOTS);
        File f = SHOTS.resolve(name).toFile();
        Window w = node.getScene().getWindow();
        var image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", f);
    }
}
