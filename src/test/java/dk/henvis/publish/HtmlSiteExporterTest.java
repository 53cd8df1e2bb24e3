package dk.henvis.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.Schedule;
import dk.henvis.formats.CatalogImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citizen web pages: one page per active offer of the whole sample catalogue, an index that lists every
 * active offer and nothing withdrawn or inactive, hostile text escaped, and HTML that parses without a single
 * HTML5 parse error and keeps the accessibility basics (lang, one h1, skip link, unique ids, alt on images).
 */
class HtmlSiteExporterTest {
    static final Path SAMPLE = Path.of("sample-data", "frederikssund-hsds.json");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    OfferStore store;
    CatalogPublisher publisher;

    @BeforeEach
    void importSample() {
        store = new OfferStore(Database.open(dir.resolve("coordinator.db")));
        new CatalogImporter(store, CLOCK).importFiles("frederikssund-hsds", List.of(SAMPLE));
        publisher = new CatalogPublisher(store, CLOCK);
    }

    @Test
    void everyActiveOfferOfTheSampleGetsOnePageAndIsListedInTheIndex() throws IOException {
        Path site = dir.resolve("web");
        int n = publisher.publish(ExportFormat.HTML, null, site);

        List<Offer> active = store.active();
        assertThat(active).isNotEmpty();
        assertThat(n).isEqualTo(active.size());
        try (Stream<Path> pages = Files.list(site.resolve("tilbud"))) {
            assertThat(pages.filter(p -> p.toString().endsWith(".html")).count()).isEqualTo(active.size());
        }
        Document index = parse(site.resolve("index.html"));
        Set<String> linked = new HashSet<>(index.select("main ul.offers a").eachAttr("href"));
        assertThat(linked).hasSize(active.size());
        for (String href : linked) {
            assertThat(site.resolve(href)).isRegularFile();
        }
        List<String> names = index.select("main ul.offers a").eachText();
        for (Offer o : active) {
            assertThat(names).contains(o.name().strip());
        }
        Document categories = parse(site.resolve("kategorier.html"));
        assertThat(new HashSet<>(categories.select("main ul.offers a").eachAttr("href"))).isEqualTo(linked);
        assertThat(site.resolve("henvis.css")).isRegularFile();
    }

    @Test
    void inactiveAndWithdrawnOffersAreNotPublished() throws IOException {
        List<Offer> all = store.current();
        List<String> inactive = all.stream().filter(o -> !o.isActive()).map(o -> o.name().strip()).toList();
        assertThat(inactive).as("the sample holds inactive offers").isNotEmpty();
        Offer gone = all.stream().filter(Offer::isActive).findFirst().orElseThrow();
        store.write("frederikssund-hsds", OfferStore.Mode.WITHDRAW_MISSING, CLOCK.instant(),
                sink -> all.stream().filter(o -> !o.key().equals(gone.key())).forEach(sink));
        assertThat(store.isWithdrawn(gone.key())).isTrue();
        Path site = dir.resolve("web");
        publisher.publish(ExportFormat.HTML, null, site);

        List<String> listed = parse(site.resolve("index.html")).select("main ul.offers a").eachText();
        assertThat(listed).doesNotContain(gone.name().strip());
        for (String name : inactive) {
            if (all.stream().filter(Offer::isActive).noneMatch(o -> o.name().strip().equals(name))) {
                assertThat(listed).doesNotContain(name);
            }
        }
        try (Stream<Path> pages = Files.list(site.resolve("tilbud"))) {
            assertThat(pages.count()).isEqualTo(store.active().size()).isEqualTo(all.size() - inactive.size() - 1);
        }
    }

    @Test
    void hostileTextFromAnOfferIsEscapedEverywhere() throws IOException {
        Offer evil = hostile();
        Path site = dir.resolve("web");
        new HtmlSiteExporter(CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate()).export(List.of(evil), site);

        for (Path page : allPages(site)) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            assertThat(html).as(page.toString()).doesNotContain("<script").doesNotContain("javascript:")
                    .doesNotContain("<img");
            assertThat(Jsoup.parse(html).select("script, img, [onerror]")).isEmpty();
        }
        Document offer = parse(site.resolve("tilbud/test-evil-1.html"));
        assertThat(offer.selectFirst("h1").text()).isEqualTo("Strik <script>alert(1)</script> & kaffe");
        assertThat(offer.selectFirst("textarea").wholeText()).contains("<script>alert(1)</script>");
    }

    @Test
    void theFocusLevelIsNamedInPlainDanishAndTheOfferPageHasTheFacts() throws IOException {
        Path site = dir.resolve("web");
        new HtmlSiteExporter(CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate()).export(List.of(hostile()), site);

        Document index = parse(site.resolve("index.html"));
        assertThat(index.select("main h2").eachText()).contains("Jægerspris");
        assertThat(index.selectFirst("ul.offers .meta").text()).contains("Støtte til særlige behov");
        Document offer = parse(site.resolve("tilbud/test-evil-1.html"));
        assertThat(offer.select("dt").eachText()).contains("Hvornår", "Hvor", "Pris");
        assertThat(offer.select("dd").eachText().stream().map(t -> t.replace('\u00a0', ' ')))
                .contains("Tirsdage kl. 10.00–12.00");
        assertThat(offer.select("section.facebook h2").text()).isEqualTo("Tekst til Facebook");
    }

    @Test
    void everyPageParsesWithoutHtml5ErrorsAndIsAccessible() throws Exception {
        Path site = dir.resolve("web");
        publisher.publish(ExportFormat.HTML, null, site);
        List<Path> pages = allPages(site);
        Path hostileSite = dir.resolve("hostile");
        new HtmlSiteExporter(CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate()).export(List.of(hostile()),
                hostileSite);
        pages.addAll(allPages(hostileSite));

        // validator.nu (nu.validator:validator 20.7.2) cannot run here: it needs an old icu4j and the program
        // ships icu4j 77. jsoup's HTML5 tree builder reports every parse error the HTML5 spec defines instead.
        for (Path page : pages) {
            Parser parser = Parser.htmlParser().setTrackErrors(100);
            Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "", parser);
            assertThat(parser.getErrors()).as(page.toString()).isEmpty();
        }
        for (Path page : pages) {
            Document doc = parse(page);
            assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("da");
            assertThat(doc.select("h1")).as(page.toString()).hasSize(1);
            assertThat(doc.select("meta[name=viewport]")).hasSize(1);
            assertThat(doc.selectFirst("body > a.skip").attr("href")).isEqualTo("#indhold");
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                assertThat(ids.add(e.id())).as("duplicate id " + e.id() + " in " + page).isTrue();
            }
            for (Element img : doc.select("img")) {
                assertThat(img.hasAttr("alt")).as(page.toString()).isTrue();
            }
            for (Element a : doc.select("a[href^=#]")) {
                assertThat(ids).as(page.toString()).contains(a.attr("href").substring(1));
            }
        }
    }

    @Test
    void theStylesheetUsesRelativeUnitsAndHasAPrintBlock() throws IOException {
        Path site = dir.resolve("web");
        publisher.publish(ExportFormat.HTML, null, site);
        String css = Files.readString(site.resolve("henvis.css"));
        assertThat(css).contains("@media print").containsPattern("max-width:\\s*\\d+ch");
        // font sizes in relative units only (print may use pt)
        String screen = css.substring(0, css.indexOf("@media print"));
        assertThat(screen).doesNotContainPattern("font-size:\\s*\\d+px");
    }

    @Test
    void republishingReplacesTheOldPagesWhole() throws IOException {
        Path site = dir.resolve("web");
        publisher.publish(ExportFormat.HTML, null, site);
        Files.writeString(site.resolve("tilbud").resolve("gammel-side.html"), "x");
        publisher.publish(ExportFormat.HTML, null, site);
        assertThat(site.resolve("tilbud").resolve("gammel-side.html")).doesNotExist();
        assertThat(site.resolve("index.html")).isRegularFile();
    }

    private static Offer hostile() {
        Location loc = new Location("l1", "Hal <b>2</b>", "Stationsvej 1", "3630", "Jægerspris", null, null,
                "Bus 312 <i>holder</i>", null, null, false);
        return new Offer(new OfferKey("test", "evil-1"), "Strik <script>alert(1)</script> & kaffe", null,
                "Vi strikker. <img src=x onerror=alert(1)> Kom bare.", "javascript:alert(1)", null,
                OfferStatus.ACTIVE, null, List.of(loc),
                List.of(Schedule.weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(10, 0), LocalTime.of(12, 0))),
                null, null, List.of("Håndarbejde <script>x</script>"), List.of(), List.of(), List.of(),
                FocusLevel.STOETTE, List.of(), null, null, true, null, null);
    }

    private static List<Path> allPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".html")).sorted().toList());
        }
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }
}
