package dk.henvis.cli;

import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.catalog.Offer;
import dk.henvis.core.CoreServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, item 4: links other than http, https, mailto and tel never enter the catalogue. They are left out
 * at import (the offer itself is kept), and the import summary says how many.
 */
class UnsafeLinksAtImportTest {
    @TempDir
    Path dir;

    @Test
    void javascriptVbscriptAndDataLinksAreLeftOutWithANote() throws Exception {
        Path db = dir.resolve("h.db");
        Path file = Files.writeString(dir.resolve("links.json"), "["
                + "{\"id\": \"js\", \"name\": \"Kor\", \"url\": \"javascript:alert(1)\"},"
                + "{\"id\": \"vb\", \"name\": \"Skak\", \"url\": \"VBScript:msgbox(1)\","
                + " \"organization\": {\"id\": \"o\", \"name\": \"Foreningen\", \"url\": \"data:text/html;base64,PHNjcmlwdD4=\"}},"
                + "{\"id\": \"ok\", \"name\": \"Dans\", \"url\": \"https://dans.example.dk\","
                + " \"organization\": {\"id\": \"o2\", \"name\": \"Danseren\", \"url\": \"mailto:dans@example.dk\"}}"
                + "]");

        CliRun r = run("import", "--db", db.toString(), file.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 nye").contains("3 link(s)").contains("http, https, mailto og tel");
        Map<String, Offer> offers;
        try (CoreServices s = Services.open(db)) {
            offers = s.offers().all().stream().collect(Collectors.toMap(o -> o.key().sourceId(), Function.identity()));
        }
        assertThat(offers).containsOnlyKeys("js", "vb", "ok");
        assertThat(offers.get("js").url()).isNull();
        assertThat(offers.get("vb").url()).isNull();
        assertThat(offers.get("vb").organisation().name()).isEqualTo("Foreningen");
        assertThat(offers.get("vb").organisation().url()).isNull();
        assertThat(offers.get("ok").url()).isEqualTo("https://dans.example.dk");
        assertThat(offers.get("ok").organisation().url()).isEqualTo("mailto:dans@example.dk");
    }

    @Test
    void anImportWithOnlySafeLinksHasNoNote() throws Exception {
        Path file = Files.writeString(dir.resolve("ok.json"), "[{\"id\": \"ok\", \"name\": \"Dans\","
                + " \"url\": \"tel:+4512345678\"}]");
        CliRun r = run("import", "--db", dir.resolve("h.db").toString(), file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("link");
    }
}
