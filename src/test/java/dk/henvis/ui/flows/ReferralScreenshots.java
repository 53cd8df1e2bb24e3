package dk.henvis.ui.flows;

import static dk.henvis.ui.flows.ScreenshotSupport.OUT;
import static dk.henvis.ui.flows.ScreenshotSupport.showMainWindow;
import static dk.henvis.ui.flows.ScreenshotSupport.startHeadless;
import static dk.henvis.ui.flows.ScreenshotSupport.fx;
import static dk.henvis.ui.flows.ScreenshotSupport.snapshot;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Offer;
import dk.henvis.referrals.AgeBand;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.ReferredOffer;
import dk.henvis.referrals.StatusReportPdf;
import dk.henvis.referrals.UclaScore;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.JavaFxTaskExecutor;
import dk.henvis.ui.followup.FollowUpDialog;
import dk.henvis.ui.followup.FollowUpViewModel;
import dk.henvis.ui.retention.RetentionDialog;
import dk.henvis.ui.retention.RetentionViewModel;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import dk.henvis.ui.flows.ScreenshotSupport.Shown;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes the referral screens' PNGs to {@code src/site/screenshots/}: the Statistik tab, the follow-up
 * dialog, the retention setting and the one-page status report, on an illustrative log of 60 anonymous
 * referrals to sample-catalogue offers:
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=dk.henvis.ui.flows.ReferralScreenshots}
 */
public final class ReferralScreenshots {
    private static final List<String> UNITS = List.of("doegnplejen", "doegnplejen", "doegnplejen", "jobcentret",
            "jobcentret", "socialpsykiatrien", "genoptraening", "andet");

    private ReferralScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        TestUiServices services = SampleServices.create(Files.createTempDirectory("henvis-refshots"));
        services.settings().setUnit(StaffUnit.DOEGNPLEJEN, "47 35 10 00");
        ReferralLog log = services.referrals();
        ReferralRecord open = illustrativeLog(log, services.offers().active());

        byte[] pdf = new StatusReportPdf().render(log.statistics(new DateRange(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31))), log.today());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 80), "png",
                    OUT.resolve("status-report.png").toFile());
        }

        startHeadless("1600x1200-32");
        Shown shown = showMainWindow(services, 1100);
        fx(() -> shown.window().selectTab("tabStats"));
        Thread.sleep(2500);
        snapshot(shown.stage().getScene(), "statistics.png");
        CompletableFuture<Void> whole = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                javafx.scene.Node content = ((javafx.scene.control.ScrollPane) shown.stage().getScene()
                        .lookup(".stats-view")).getContent();
                ImageIO.write(SwingFXUtils.fromFXImage(content.snapshot(null, null), null), "png",
                        OUT.resolve("statistics-all.png").toFile());
                whole.complete(null);
            } catch (Exception e) {
                whole.completeExceptionally(e);
            }
        });
        whole.get(30, TimeUnit.SECONDS);

        FollowUpDialog[] dialog = new FollowUpDialog[1];
        fx(() -> {
            FollowUpViewModel model = new FollowUpViewModel(log, new JavaFxTaskExecutor());
            dialog[0] = new FollowUpDialog(shown.stage(), model);
            dialog[0].show();
            model.codeProperty().set(open.code().value().toLowerCase().replace("-", " "));
        });
        Thread.sleep(1200);
        fx(() -> {
            ((javafx.scene.control.RadioButton) dialog[0].getDialogPane().lookup("#followupAttendedYes")).fire();
            ((javafx.scene.control.RadioButton) dialog[0].getDialogPane().lookup("#followupStillGoingYes")).fire();
            ((javafx.scene.control.TextField) dialog[0].getDialogPane().lookup("#followupUcla1")).setText("2");
            ((javafx.scene.control.TextField) dialog[0].getDialogPane().lookup("#followupUcla2")).setText("4");
            ((javafx.scene.control.TextField) dialog[0].getDialogPane().lookup("#followupUcla3")).setText("1");
            ((javafx.scene.control.Button) dialog[0].getDialogPane().lookup("#followupSave")).fire();
        });
        Thread.sleep(800);
        snapshot(dialog[0].getDialogPane().getScene(), "followup-dialog.png");
        fx(() -> dialog[0].close());

        RetentionDialog[] retention = new RetentionDialog[1];
        fx(() -> {
            RetentionViewModel model = new RetentionViewModel(log, new JavaFxTaskExecutor());
            retention[0] = new RetentionDialog(shown.stage(), model);
            retention[0].show();
            model.monthsProperty().set(1);
        });
        Thread.sleep(1000);
        snapshot(retention[0].getDialogPane().getScene(), "retention-dialog.png");
        fx(() -> retention[0].close());
        fx(() -> shown.stage().close());
        Platform.exit();
        System.exit(0);
    }

    /**
     * 60 referrals from October and November 2026 to sample offers, two in three asked the UCLA items,
     * 30 followed up; returns one with consent and no follow-up yet.
     */
    private static ReferralRecord illustrativeLog(ReferralLog log, List<Offer> offers) {
        SplittableRandom random = new SplittableRandom(7);
        ReferralRecord open = null;
        for (int i = 0; i < 60; i++) {
            LocalDate date = LocalDate.of(2026, 10, 1).plusDays(random.nextInt(57));
            Offer offer = offers.get(random.nextInt(Math.min(offers.size(), 14)));
            boolean consent = i % 5 != 0;
            UclaScore ucla = i % 3 == 0 ? null : new UclaScore(random.nextInt(1, 4), random.nextInt(2, 4),
                    random.nextInt(1, 4));
            ReferralRecord r = new ReferralRecord(log.newCode(), date, UNITS.get(random.nextInt(UNITS.size())),
                    FocusLevel.values()[random.nextInt(3)], AgeBand.values()[1 + random.nextInt(5)], "3630", consent,
                    ucla, List.of(ReferredOffer.of(offer)), null);
            log.record(r);
            if (consent && i % 2 == 0) {
                boolean went = random.nextInt(10) < 7;
                log.followUp(r.code().value(), went, went ? random.nextBoolean() : Boolean.FALSE,
                        ucla == null ? null : new UclaScore(random.nextInt(1, 3), random.nextInt(1, 4),
                                random.nextInt(1, 3)));
            } else if (consent && open == null) {
                open = r;
            }
        }
        return open;
    }
}
