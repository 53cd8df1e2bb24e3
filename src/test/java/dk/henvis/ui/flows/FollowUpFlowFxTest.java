package dk.henvis.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.cli.DataFolderScan;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.FollowUp;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.UclaScore;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.citizen.CitizenScreen;
import dk.henvis.ui.common.FileDialogs;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.followup.FollowUpDialog;
import dk.henvis.ui.shell.MainWindow;
import dk.henvis.ui.stats.StatsView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The follow-up in the window: make a handout for a citizen with a first name, a note and an exact age,
 * type its code (in lower case, without the dash) in "Opfølgning" (Ctrl+U), see a UCLA answer out of
 * range refused beside the field, save, see the statistics count the follow-up, export the status
 * report; afterwards neither the data folder nor the exports hold the name, the note or the age.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpFlowFxTest {
    private static final String NAME = "Ingeborg";
    private static final String NOTE = "Vi ses i koret på tirsdag";
    /** Every two-digit number occurs somewhere in the sample catalogue (house numbers, ids), 103 does not. */
    private static final String AGE = "103";

    private final TestUiServices services;
    private final Path dataFolder;
    private final Path outFolder;
    private MainWindow window;
    private Stage stage;

    FollowUpFlowFxTest() throws IOException {
        dataFolder = dk.henvis.ui.TestFolders.create("henvis-followup-data");
        outFolder = dk.henvis.ui.TestFolders.create("henvis-followup-out");
        services = SampleServices.create(dataFolder);
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        FileDialogs files = new FileDialogs() {
            @Override
            public Optional<Path> savePdf(Window owner, String suggestedName) {
                return Optional.of(outFolder.resolve(suggestedName));
            }

            @Override
            public Optional<Path> save(Window owner, Kind kind, String suggestedName) {
                return Optional.of(outFolder.resolve(suggestedName));
            }

            @Override
            public List<Path> openMany(Window owner, Kind kind) {
                return List.of();
            }
        };
        window = new MainWindow(services, new JavaFxTaskExecutor(), files);
        window.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.close());
    }

    @Test
    void aHandoutsCodeTypedInTheFollowUpDialogShowsInTheStatistics(FxRobot robot) throws Exception {
        // a handout for one citizen, with consent to a follow-up
        robot.interact(() -> {
            window.citizen().ageProperty().set(AGE);
            window.citizen().homeProperty().set("3630");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.results().computingProperty().get()
                && !window.results().matches().isEmpty());
        robot.interact(() -> {
            window.results().toggleChosen(window.results().matches().get(0));
            window.handout().firstNameProperty().set(NAME);
            window.handout().noteProperty().set(NOTE);
        });
        robot.clickOn("#" + CitizenScreen.CONSENT_ID);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.referrals().size() == 1);
        ReferralRecord referral = services.referrals().records(DateRange.ALL).get(0);
        assertThat(referral.followupConsent()).isTrue();
        String code = referral.code().value();

        // Ctrl+U, the code as a worker might type it
        robot.press(KeyCode.CONTROL).type(KeyCode.U).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + FollowUpDialog.CODE_ID).write(code.toLowerCase().replace("-", ""));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#" + FollowUpDialog.SUMMARY_ID).queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#" + FollowUpDialog.SUMMARY_ID).queryAs(Label.class).getText())
                .contains(referral.offers().get(0).name()).doesNotContain(NAME).doesNotContain(AGE);
        robot.clickOn("#followupAttendedYes");
        robot.clickOn("#followupStillGoingYes");
        robot.clickOn("#" + FollowUpDialog.UCLA_PREFIX + "1").write("2");
        robot.clickOn("#" + FollowUpDialog.UCLA_PREFIX + "2").write("4");
        robot.clickOn("#" + FollowUpDialog.UCLA_PREFIX + "3").write("1");
        robot.clickOn("#" + FollowUpDialog.SAVE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + FollowUpDialog.UCLA_ERROR_ID).queryAs(Label.class).getText())
                .isEqualTo("UCLA-spørgsmål 2: svaret 4 ligger ikke mellem 1 og 3");
        assertThat(services.referrals().records(DateRange.ALL).get(0).followUp()).as("nothing saved").isNull();

        robot.doubleClickOn("#" + FollowUpDialog.UCLA_PREFIX + "2").write("1");
        robot.clickOn("#" + FollowUpDialog.SAVE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#" + FollowUpDialog.MESSAGE_ID).queryAs(Label.class).getText().isEmpty());
        assertThat(services.referrals().records(DateRange.ALL).get(0).followUp())
                .isEqualTo(new FollowUp(LocalDate.of(2026, 11, 27), true, true, new UclaScore(2, 1, 1)));

        // the same code again is refused beside the field
        robot.clickOn("#" + FollowUpDialog.CODE_ID).write(code);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#" + FollowUpDialog.CODE_ERROR_ID).queryAs(Label.class).getText().contains("allerede"));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        // the statistics count it at a glance, under the small-count rule like the table (issue 18)
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + StatsView.HEADLINE_ID)
                .queryAs(Label.class).getText().startsWith("<5 henvisninger i dette kvartal"));
        assertThat(robot.lookup("#" + StatsView.HEADLINE_ID).queryAs(Label.class).getText())
                .contains("<5 fulgt op");
        assertThat(window.stats().statisticsProperty().get().followups()).isEqualTo(1);
        assertThat(window.stats().cells()).anySatisfy(c -> assertThat(c.count()).isEqualTo("<5"));

        // export the one-page status report from the Statistik tab
        robot.interact(() -> robot.lookup("#" + StatsView.EXPORT_MENU_ID).queryAs(MenuButton.class).getItems()
                .stream().filter(i -> "exportReportPdf".equals(i.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try (Stream<Path> s = Files.list(outFolder)) {
                return s.anyMatch(p -> p.getFileName().toString().startsWith("statusrapport_"));
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + StatsView.EXPORT_MESSAGE_ID)
                .queryAs(Label.class).getText().startsWith("Gemt: statusrapport_"));

        // nothing about the citizen in any file of the data folder; the name only on the handout
        robot.interact(() -> stage.close());
        for (String secret : List.of(NAME, NOTE)) {
            assertThat(DataFolderScan.filesContaining(dataFolder, secret)).as(secret).isEmpty();
        }
        assertThat(DataFolderScan.filesContainingNumber(dataFolder, AGE)).as("the exact age").isEmpty();
        Path report;
        try (Stream<Path> s = Files.list(outFolder)) {
            report = s.filter(p -> p.getFileName().toString().startsWith("statusrapport_")).findFirst().orElseThrow();
        }
        try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain(NAME).doesNotContain(NOTE)
                    .contains("Henvisninger");
        }
    }
}
