package dk.henvis.handout;

import static dk.henvis.handout.HandoutFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HandoutRendererTest {
    private static final String CODE = "K7M-4TR";
    private static HandoutRenderer renderer;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        renderer = new HandoutRenderer(HandoutSettings.defaults().withUnitPhone("47 35 10 00"));
    }

    static Stream<Offer> everyOffer() {
        return HandoutFixtures.all().stream();
    }

    /**
     * A third of all combinations of three fixtures (40 of 120, spread evenly), always including the
     * two synthetic offers with 2,000-character descriptions and 300-character names together.
     */
    static Stream<List<Offer>> threes() {
        List<Offer> all = HandoutFixtures.all();
        List<List<Offer>> combos = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                for (int k = j + 1; k < all.size(); k++) {
                    boolean bothHuge = all.get(j).id().startsWith("lang") && all.get(k).id().startsWith("lang");
                    if ((i + j + k) % 3 == 0 || bothHuge) {
                        combos.add(List.of(all.get(i), all.get(j), all.get(k)));
                    }
                }
            }
        }
        return combos.stream();
    }

    private static HandoutRequest request(List<Offer> offers, String name, String note, boolean large) {
        return new HandoutRequest(offers, name, note, CODE, TODAY, large);
    }

    @ParameterizedTest
    @MethodSource("everyOffer")
    void everyOfferAloneGivesOneCompletePage(Offer offer) {
        byte[] pdf = renderer.render(request(List.of(offer), "Inger", "Jeg ringer til dig på fredag", false)).pdf();
        assertThat(assertOnePageWithEverything(pdf, List.of(offer), "Inger").smallestTextSize())
                .isGreaterThanOrEqualTo(11f);
    }

    @ParameterizedTest
    @MethodSource("threes")
    void everyThreeFitOnePageAtElevenPointOrMore(List<Offer> offers) {
        byte[] pdf = renderer.render(request(offers, null, null, false)).pdf();
        assertThat(assertOnePageWithEverything(pdf, offers, null).smallestTextSize()).isGreaterThanOrEqualTo(11f);
    }

    @Test
    void longestTextsEverywhereStillFitWithoutOverflow() {
        String name = HandoutFixtures.repeat("Anne-Marie ", 300);
        String note = HandoutFixtures.repeat("Husk de gode sko, og ring endelig hvis du har spørgsmål. ", 2000);
        List<Offer> huge = List.of(HandoutFixtures.huge("a"), HandoutFixtures.huge("b"), HandoutFixtures.huge("c"));
        Handout h = renderer.render(request(huge, name, note, false));
        PdfChecks.Reading r = assertOnePageWithEverything(h.pdf(), huge, null);
        assertThat(r.smallestTextSize()).isGreaterThanOrEqualTo(11f);
        String text = r.text();
        assertThat(text).contains("Anne-Marie").contains("…");
        // shortened at word boundaries: every line that ends in "…" ends a whole word before it
        for (String line : h.lines()) {
            if (line.endsWith(LineBreaker.ELLIPSIS)) {
                String before = line.substring(0, line.length() - 1);
                String lastWord = before.substring(before.lastIndexOf(' ') + 1).replace('\u00A0', ' ');
                assertThat(wordsOfAll(huge, name, note)).as(line).contains(lastWord);
            }
        }
    }

    private static List<String> wordsOfAll(List<Offer> offers, String name, String note) {
        List<String> words = new ArrayList<>();
        StringBuilder all = new StringBuilder(name).append(' ').append(note);
        for (Offer o : offers) {
            OfferText t = HandoutTexts.of(o, TODAY);
            all.append(' ').append(t.name()).append(' ').append(t.summary()).append(' ').append(t.where())
                    .append(' ').append(t.transport()).append(' ').append(t.price()).append(' ')
                    .append(String.join(", ", t.contact()));
        }
        for (String w : all.toString().replace('\u00A0', ' ').split(" +")) {
            words.add(w.replaceAll("[,;:.]+$", ""));
        }
        return words;
    }

    @Test
    void largePrintHasNoTextBelowSixteenPoint() {
        List<List<Offer>> pairs = List.of(List.of(HandoutFixtures.choir(), HandoutFixtures.cafe()),
                List.of(HandoutFixtures.huge("a"), HandoutFixtures.huge("b")),
                List.of(HandoutFixtures.arabic(), HandoutFixtures.walk()), List.of(HandoutFixtures.knitting()));
        for (List<Offer> offers : pairs) {
            Handout h = renderer.render(request(offers, "Inger", "Jeg ringer til dig på fredag", true));
            PdfChecks.Reading r = assertOnePageWithEverything(h.pdf(), offers, "Inger");
            assertThat(h.bodySize()).isGreaterThanOrEqualTo(16f);
            assertThat(r.smallestTextSize()).isGreaterThanOrEqualTo(16f);
        }
    }

    @Test
    void tooManyOffersIsBadInput() {
        List<Offer> four = List.of(HandoutFixtures.choir(), HandoutFixtures.walk(), HandoutFixtures.cafe(),
                HandoutFixtures.knitting());
        assertThatThrownBy(() -> request(four, null, null, false)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("4");
        assertThatThrownBy(() -> request(four.subList(0, 3), null, null, true)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("--large-print");
        assertThatThrownBy(() -> request(List.of(), null, null, false)).isInstanceOf(BadInputException.class);
    }

    @Test
    void qrCodesDecodeToTheOfferPages() {
        Offer choir = HandoutFixtures.choir();
        byte[] one = renderer.render(request(List.of(choir), null, null, false)).pdf();
        assertThat(PdfChecks.qrCodes(one)).containsExactly(choir.url());

        List<Offer> three = List.of(HandoutFixtures.walk(), HandoutFixtures.cafe(), HandoutFixtures.huge("qr"));
        byte[] pdf = renderer.render(request(three, null, null, false)).pdf();
        // the café has no web page, so no QR code
        assertThat(PdfChecks.qrCodes(pdf)).containsExactlyInAnyOrder(three.get(0).url(), three.get(2).url());

        byte[] large = renderer.render(request(List.of(choir, HandoutFixtures.walk()), null, null, true)).pdf();
        assertThat(PdfChecks.qrCodes(large)).containsExactlyInAnyOrder(choir.url(), HandoutFixtures.walk().url());
    }

    @Test
    void theHandoutSaysWhenWhereAndWhatItCosts() {
        byte[] pdf = renderer.render(request(List.of(HandoutFixtures.choir(), HandoutFixtures.walk(),
                HandoutFixtures.cafe()), "Inger", "Jeg ringer til dig på fredag", false)).pdf();
        assertThat(PdfChecks.text(pdf))
                .contains("Fællesskaber til dig, Inger")
                .contains("Jeg ringer til dig på fredag")
                .contains("Tirsdage kl. 10.00–12.00")
                .contains("Næste gang: tirsdag den 1. december")
                .contains("Hver anden torsdag kl. 14.00–15.30")
                .contains("Næste gang: torsdag den 10. december")
                .contains("Første tirsdag i måneden kl. 19.00–21.00")
                .contains("Medborgerhuset, Jernbanegade 5, 3600 Frederikssund")
                .contains("Bus 312")
                .contains("Gratis").contains("Spørg arrangøren").contains("20 kr. for kaffe og kage")
                .contains("Bente Hansen, tlf. 12 34 56 78")
                .contains("Du kan bare møde op")
                .contains("Center for Sundhed og Forebyggelse, Frederikssund Kommune")
                .contains("sundhedogforebyggelse@frederikssund.dk")
                .contains("Tlf. 47 35 10 00")
                .contains("Udleveret fredag den 27. november 2026")
                .contains("Din kode").contains(CODE);
    }

    @Test
    void cyrillicAndArabicNamesComeBackAndUnknownCharactersAreReplaced() {
        List<Offer> offers = List.of(HandoutFixtures.cyrillic(), HandoutFixtures.arabic());
        Handout h = renderer.render(request(offers, "Олена", "Vi ses på tirsdag 你好", false));
        String text = PdfChecks.text(h.pdf());
        assertThat(text).contains("Клуб «Самовар» для украинских семей").contains("Олена")
                .contains("Vi ses på tirsdag □□").doesNotContain("你好");
        assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)).contains("نادي النساء العربيات");
        assertThat(PdfChecks.pages(h.pdf())).isEqualTo(1);

        Handout named = renderer.render(request(List.of(HandoutFixtures.choir()), "فاطمة", null, false));
        assertThat(java.text.Normalizer.normalize(PdfChecks.text(named.pdf()), java.text.Normalizer.Form.NFKC))
                .contains("فاطمة");
    }

    @Test
    void documentIsDescribedAndInDanish() throws Exception {
        byte[] pdf = renderer.render(request(List.of(HandoutFixtures.choir()), null, null, false)).pdf();
        try (PDDocument doc = PdfChecks.load(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Fællesskaber til dig");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Frederikssund Kommune");
            assertThat(doc.getDocumentInformation().getCreationDate()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
        }
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path out = dir.resolve("h.pdf");
        Files.writeString(out, "old");
        renderer.write(request(List.of(HandoutFixtures.choir()), null, null, false), out);
        assertThat(PdfChecks.pages(Files.readAllBytes(out))).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void unwritablePlacesAreBadInputAndLeaveNothing() throws Exception {
        HandoutRequest req = request(List.of(HandoutFixtures.choir()), null, null, false);
        Path missing = dir.resolve("no/such/folder/h.pdf");
        assertThatThrownBy(() -> renderer.write(req, missing)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("h.pdf");
        Path file = dir.resolve("file.txt");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> renderer.write(req, file.resolve("h.pdf"))).isInstanceOf(BadInputException.class);
        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThatThrownBy(() -> renderer.write(req, folder)).isInstanceOf(BadInputException.class);
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(file);
        }
    }

    private static PdfChecks.Reading assertOnePageWithEverything(byte[] pdf, List<Offer> offers, String firstName) {
        PdfChecks.Reading r = PdfChecks.read(pdf);
        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded, "embedded");
        String text = java.text.Normalizer.normalize(r.text(), java.text.Normalizer.Form.NFKC);
        assertThat(text).contains(CODE);
        if (firstName != null) {
            assertThat(text).contains(firstName);
        }
        for (Offer o : offers) {
            OfferText t = HandoutTexts.of(o, TODAY);
            assertThat(text).as("name of %s", o.id()).contains(start(t.name()));
            if (!t.when().isEmpty()) {
                assertThat(text).as("time of %s", o.id()).contains(start(t.when().get(0)));
            }
            Location loc = o.primaryLocation();
            if (loc != null && !loc.online()) {
                assertThat(text).as("address of %s", o.id()).contains(start(t.where()));
            }
        }
        return r;
    }

    /** The text, or its first few words when it is long enough that the layout may shorten it. */
    private static String start(String s) {
        String n = java.text.Normalizer.normalize(PdfChecks.normalize(s), java.text.Normalizer.Form.NFKC);
        String[] words = n.split(" ");
        return words.length <= 4 ? n : String.join(" ", Arrays.copyOf(words, 4));
    }
}
