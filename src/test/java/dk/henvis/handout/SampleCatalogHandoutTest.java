package dk.henvis.handout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.formats.CatalogImporter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every offer of the bundled sample catalogue fits a handout alone, and in threes. */
class SampleCatalogHandoutTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String CODE = "K7M-4TR";
    private static final HandoutRenderer RENDERER = new HandoutRenderer(HandoutSettings.defaults());
    private static List<Offer> sample;

    static synchronized List<Offer> sample() {
        if (sample == null) {
            CatalogImporter importer = new CatalogImporter(null, Clock.systemUTC());
            List<Offer> all = new ArrayList<>();
            all.addAll(importer.readAll("kommunen", Path.of("sample-data/frederikssund-hsds.json"), null));
            all.addAll(importer.readAll("kultunaut", Path.of("sample-data/kultunaut-events.json"), null));
            sample = all.stream().filter(Offer::isActive).toList();
        }
        return sample;
    }

    static Stream<Offer> everySampleOffer() {
        return sample().stream();
    }

    /** Consecutive threes through the catalogue, and the three longest descriptions together. */
    static Stream<List<Offer>> sampleThrees() {
        List<Offer> all = sample();
        List<List<Offer>> threes = new ArrayList<>();
        for (int i = 0; i + 2 < all.size(); i += 9) {
            threes.add(List.of(all.get(i), all.get(i + 1), all.get(i + 2)));
        }
        List<Offer> longest = all.stream().sorted((a, b) -> Integer.compare(length(b), length(a))).limit(3).toList();
        threes.add(longest);
        return threes.stream();
    }

    private static int length(Offer o) {
        return (o.description() == null ? 0 : o.description().length()) + o.name().length();
    }

    @ParameterizedTest
    @MethodSource("everySampleOffer")
    void everySampleOfferAloneFitsOnePage(Offer offer) {
        check(List.of(offer), "Inger");
    }

    @ParameterizedTest
    @MethodSource("sampleThrees")
    void sampleOffersInThreesFitOnePage(List<Offer> offers) {
        check(offers, null);
    }

    /** With the wheelchair need every offer also gets its access row, and the page is still one page. */
    @ParameterizedTest
    @MethodSource("sampleThrees")
    void sampleOffersInThreesWithTheWheelchairNeedFitOnePageAndSayTheirAccess(List<Offer> offers) {
        check(offers, null, true);
    }

    private static void check(List<Offer> offers, String name) {
        check(offers, name, false);
    }

    private static void check(List<Offer> offers, String name, boolean wheelchair) {
        Handout h = RENDERER.render(new HandoutRequest(offers, name, "Jeg ringer til dig på fredag", CODE, TODAY, false,
                wheelchair));
        PdfChecks.Reading r = PdfChecks.read(h.pdf());
        assertThat(r.pages()).isEqualTo(1);
        assertThat(r.allFontsEmbedded()).isTrue();
        assertThat(r.smallestTextSize()).isGreaterThanOrEqualTo(11f);
        String text = Normalizer.normalize(r.text(), Normalizer.Form.NFKC);
        assertThat(text).contains(CODE);
        if (name != null) {
            assertThat(text).contains(name);
        }
        for (Offer o : offers) {
            OfferText t = HandoutTexts.of(o, TODAY, wheelchair);
            assertThat(text).as("name of %s", o.id()).contains(start(t.name()));
            if (!t.when().isEmpty()) {
                assertThat(text).as("time of %s", o.id()).contains(start(t.when().get(0)));
            }
            Location loc = o.primaryLocation();
            if (loc != null && !loc.online() && t.where() != null) {
                assertThat(text).as("address of %s", o.id()).contains(start(t.where()));
            }
            if (wheelchair && t.access() != null) {
                assertThat(text).as("access of %s", o.id()).contains(start(t.access()));
            }
        }
    }

    private static String start(String s) {
        String n = Normalizer.normalize(PdfChecks.normalize(s), Normalizer.Form.NFKC);
        String[] words = n.split(" ");
        return words.length <= 3 ? n : String.join(" ", Arrays.copyOf(words, 3));
    }
}
