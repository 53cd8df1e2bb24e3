package dk.henvis.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citizen pages of the whole sample catalogue pass html-validate (npm; presets "standard" — valid HTML
 * and content model — and "a11y"), run as its own process so it never meets the test classpath. CI installs
 * it with {@code .ci/run}; locally: {@code npm install --prefix .ci/node html-validate@9.7.1}. Without it the
 * test is skipped locally and fails under CI.
 */
class HtmlValidateTest {
    static final Path VALIDATOR = Path.of(".ci", "node", "node_modules", ".bin", "html-validate");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @BeforeAll
    static void validatorInstalled() {
        boolean present = Files.isExecutable(VALIDATOR);
        if (System.getenv("CI") != null) {
            assertThat(present).as("html-validate must be installed by .ci/run at " + VALIDATOR).isTrue();
        }
        Assumptions.assumeTrue(present, "html-validate is not installed (npm install --prefix .ci/node html-validate@9.7.1)");
    }

    @Test
    void theCitizenPagesOfTheWholeSampleCatalogueAreValid() throws Exception {
        OfferStore store = new OfferStore(Database.open(dir.resolve("h.db")));
        new CatalogImporter(store, CLOCK).importFiles("frederikssund-hsds",
                List.of(Path.of("sample-data", "frederikssund-hsds.json")));
        Path site = dir.resolve("web");
        int pages = new CatalogPublisher(store, CLOCK).publish(ExportFormat.HTML, null, site);

        List<Path> files = htmlFiles(site);
        assertThat(files).hasSize(pages + 2);
        Result r = validate(files);
        assertThat(r.exit()).as(r.output()).isZero();
    }

    @Test
    void theValidatorCatchesAnInvalidPage() throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!doctype html><html lang=\"da\"><head><title>x</title></head>"
                + "<body><p><div>blok i et afsnit</div></p><img src=\"a.png\"></body></html>");
        Result r = validate(List.of(bad));
        assertThat(r.exit()).isNotZero();
        assertThat(r.output()).contains("bad.html");
    }

    record Result(int exit, String output) {
    }

    private Result validate(List<Path> files) throws IOException, InterruptedException {
        Path config = dir.resolve("htmlvalidate.json");
        Files.writeString(config, "{\"root\": true, \"extends\": [\"html-validate:standard\", \"html-validate:a11y\"]}");
        List<String> cmd = new ArrayList<>(List.of(VALIDATOR.toAbsolutePath().toString(), "--config",
                config.toString(), "--formatter", "text"));
        files.forEach(f -> cmd.add(f.toString()));
        Path out = dir.resolve("validate.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("html-validate did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    private static List<Path> htmlFiles(Path site) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
