package dk.henvis.ui.handoutpreview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.TestOffers;
import dk.henvis.matching.Match;
import dk.henvis.referrals.DateRange;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutViewModelTest {
    @TempDir
    Path dir;

    private final List<String> rendered = new ArrayList<>();

    /** Records what the renderer was asked for and returns a one-page PDF. */
    private byte[] render(List<dk.henvis.catalog.Offer> offers, String name, String note, String code) {
        rendered.add(name + "|" + note + "|" + code + "|" + offers.size());
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void savingWritesThePdfAndRecordsOneAnonymousReferral() throws Exception {
        TestUiServices services = new TestUiServices(dir.resolve("data"));
        ObservableList<Match> chosen = FXCollections.observableArrayList();
        HandoutViewModel model = new HandoutViewModel((o, n, t, c, d, s) -> render(o, n, t, c), services.referrals(),
                new SameThreadTaskExecutor(), chosen,
                () -> new HandoutViewModel.ReferralFacts("doegnplejen", FocusLevel.TIDLIG, 78, "3630"));
        assertThat(model.canMake().get()).isFalse();
        chosen.add(new Match(TestOffers.offer("k", "1", "Seniorkor"), 0.9, 2.0, null, List.of("kor")));
        chosen.add(new Match(TestOffers.offer("k", "2", "Strikkecafé"), 0.8, 3.0, null, List.of("strik")));
        model.firstNameProperty().set("Inger");
        model.noteProperty().set("Jeg ringer på fredag");
        Path out = dir.resolve("folder.pdf");
        model.save(out, () -> { });
        assertThat(Files.size(out)).isPositive();
        assertThat(rendered).singleElement().asString().startsWith("Inger|Jeg ringer på fredag|").endsWith("|2");
        model.save(dir.resolve("again.pdf"), () -> { });
        assertThat(services.referrals().size()).as("the same handout saved twice is one referral").isEqualTo(1);
        var record = services.referrals().records(DateRange.ALL).get(0);
        assertThat(record.code().value()).isEqualTo(model.referralCode());
        assertThat(record.offers()).hasSize(2);
        assertThat(record.toString()).doesNotContain("Inger").doesNotContain("fredag");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void newCitizenForgetsNameNoteAndTheUnsavedReferral() {
        TestUiServices services = new TestUiServices(dir);
        ObservableList<Match> chosen = FXCollections.observableArrayList(
                new Match(TestOffers.offer("k", "1", "Seniorkor"), 0.9, 2.0, null, List.of("kor")));
        HandoutViewModel model = new HandoutViewModel((o, n, t, c, d, s) -> render(o, n, t, c), services.referrals(),
                new SameThreadTaskExecutor(), chosen, () -> new HandoutViewModel.ReferralFacts(null, null, null, null));
        model.firstNameProperty().set("Inger");
        model.noteProperty().set("Ses");
        model.preview(() -> { });
        assertThat(model.pageProperty().get()).isNotNull();
        model.clear();
        assertThat(model.firstNameProperty().get()).isEmpty();
        assertThat(model.noteProperty().get()).isEmpty();
        assertThat(model.pageProperty().get()).isNull();
        assertThat(model.referralCode()).isNull();
        assertThat(services.referrals().size()).isZero();
    }

    @Test
    void consentAndTheUclaItemsGoWithTheReferralAndABadAnswerStopsTheSave() {
        TestUiServices services = new TestUiServices(dir.resolve("data"));
        ObservableList<Match> chosen = FXCollections.observableArrayList(
                new Match(TestOffers.offer("k", "1", "Seniorkor"), 0.9, 2.0, null, List.of("kor")));
        HandoutViewModel model = new HandoutViewModel((o, n, t, c, d, s) -> render(o, n, t, c), services.referrals(),
                new SameThreadTaskExecutor(), chosen, () -> new HandoutViewModel.ReferralFacts(null, null, null, null));
        model.followupConsentProperty().set(true);
        model.ucla().item(1).set("3");
        model.ucla().item(2).set("5");
        model.ucla().item(3).set("2");

        model.save(dir.resolve("h.pdf"), () -> { });
        assertThat(model.messageProperty().get()).isEqualTo("UCLA-spørgsmål 2: svaret 5 ligger ikke mellem 1 og 3");
        assertThat(Files.exists(dir.resolve("h.pdf"))).isFalse();
        assertThat(services.referrals().size()).isZero();

        model.ucla().item(2).set("3");
        model.save(dir.resolve("h.pdf"), () -> { });
        var record = services.referrals().records(DateRange.ALL).get(0);
        assertThat(record.followupConsent()).isTrue();
        assertThat(record.ucla()).isEqualTo(new dk.henvis.referrals.UclaScore(3, 3, 2));

        model.clear();
        assertThat(model.followupConsentProperty().get()).isFalse();
        assertThat(model.ucla().isBlank()).isTrue();
    }

    @Test
    void theWheelchairNeedPrintsEachOffersStepFreeAccessAndAPageMadeBeforeItChangedIsMadeAgain() throws Exception {
        TestUiServices services = new TestUiServices(dir.resolve("data"));
        dk.henvis.catalog.Offer unknownAccess = TestOffers.offer("k", "2", "Strikkecafé").toBuilder()
                .locations(List.of(new dk.henvis.catalog.Location("l2", "Biblioteket", "Østergade 8", "3600",
                        "Frederikssund", 55.84, 12.07, null, dk.henvis.catalog.Access.UNKNOWN, null, false)))
                .build();
        ObservableList<Match> chosen = FXCollections.observableArrayList(
                new Match(TestOffers.offer("k", "1", "Seniorkor"), 0.9, 2.0, null, List.of("kor")),
                new Match(unknownAccess, 0.8, 3.0, null, List.of("strik")));
        javafx.beans.property.BooleanProperty wheelchair = new javafx.beans.property.SimpleBooleanProperty(false);
        HandoutViewModel model = new HandoutViewModel(services.handout(), services.referrals(),
                new SameThreadTaskExecutor(), chosen, () -> new HandoutViewModel.ReferralFacts(null, null, null, null),
                wheelchair);
        assertThat(text(model.pdfForPrinting())).doesNotContain("Adgang").doesNotContain("ring og spørg");

        wheelchair.set(true);
        String withNeed = text(model.pdfForPrinting());
        assertThat(withNeed).contains("Adgang Trinfri adgang").contains("Adgang For kørestol ikke oplyst – ring og spørg");
        Path out = dir.resolve("h.pdf");
        model.save(out, () -> { });
        assertThat(text(Files.readAllBytes(out))).contains("ring og spørg");
    }

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0]+", " ");
        }
    }
}
