package dk.henvis.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 item 6: the citizen pages of the whole sample catalogue in a real browser (Debian's headless chromium,
 * installed by .ci/run) at phone width (390 px) and desktop width (1280 px): no page scrolls sideways, the
 * browser logs no error, every local link leads to a file that exists; phone numbers and e-mail addresses are
 * tel: and mailto: links. Without chromium the test is skipped on a developer's machine and fails on CI.
 */
class CitizenPagesBrowserTest {
    static final Path SAMPLE = Path.of("sample-data", "frederikssund-hsds.json");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    static final int PHONE = 390;
    static final int DESKTOP = 1280;

    @TempDir
    Path dir;

    @BeforeEach
    void needsChromium() {
        if (HeadlessChromium.binary() == null) {
            if (System.getenv("CI") != null) {
                fail("chromium is missing: .ci/run installs it (apt-get install chromium)");
            }
            org.junit.jupiter.api.Assumptions.abort("no chromium on this machine (apt-get install chromium)");
        }
    }

    @Test
    void everyPageFitsAPhoneAndADesktopWithoutErrorsOrBrokenLinks() throws Exception {
        OfferStore store = new OfferStore(Database.open(dir.resolve("coordinator.db")));
        new CatalogImporter(store, CLOCK).importFiles("frederikssund-hsds", List.of(SAMPLE));
        Path site = dir.resolve("site");
        new CatalogPublisher(store, CLOCK).publish(ExportFormat.HTML, null, site);
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(100);

        Map<String, String> problems = new TreeMap<>();
        List<String> allLinks = new ArrayList<>();
        try (HeadlessChromium browser = new HeadlessChromium(dir.resolve("profile"))) {
            for (Path page : pages) {
                for (int width : List.of(PHONE, DESKTOP)) {
                    HeadlessChromium.PageReport r = browser.load(page, width);
                    String where = site.relativize(page) + " @" + width + "px";
                    if (r.overflowPx() > 0) {
                        problems.put(where + " overflow", r.overflowPx() + " px sideways");
                    }
                    if (!r.errors().isEmpty()) {
                        problems.put(where + " errors", String.join("; ", r.errors()));
                    }
                    if (width == PHONE) {
                        allLinks.addAll(r.links());
                        for (String href : r.links()) {
                            if (isLocal(href) && !Files.exists(target(page, href))) {
                                problems.put(where + " link " + href, "no such file");
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(allLinks).anyMatch(h -> h.startsWith("tel:+45")).anyMatch(h -> h.startsWith("mailto:"));
    }

    @Test
    void theCheckFindsASidewaysScrollAMissingStylesheetAndABrokenLink() throws Exception {
        Path page = dir.resolve("bad.html");
        Files.writeString(page, "<!doctype html><html lang=da><head><meta charset=utf-8>"
                + "<meta name=viewport content='width=device-width, initial-scale=1'><title>x</title>"
                + "<link rel=stylesheet href=mangler.css></head><body>"
                + "<h1>Pårørendestøttegruppeformiddagsmødearrangementskoordinatorerne</h1>"
                + "<a href=findes-ikke.html>x</a></body></html>");
        try (HeadlessChromium browser = new HeadlessChromium(dir.resolve("profile"))) {
            HeadlessChromium.PageReport r = browser.load(page, PHONE);

            assertThat(r.overflowPx()).isPositive();
            assertThat(r.errors()).isNotEmpty();
            assertThat(r.links()).contains("findes-ikke.html");
            assertThat(Files.exists(target(page, "findes-ikke.html"))).isFalse();
        }
    }

    static boolean isLocal(String href) {
        String h = href.toLowerCase(java.util.Locale.ROOT);
        return !(h.startsWith("http:") || h.startsWith("https:") || h.startsWith("mailto:") || h.startsWith("tel:")
                || h.startsWith("#") || h.isEmpty());
    }

    static Path target(Path page, String href) {
        String path = href.replaceAll("[#?].*$", "");
        return page.getParent().resolve(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8))
                .normalize();
    }
}
