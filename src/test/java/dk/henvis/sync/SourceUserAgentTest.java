package dk.henvis.sync;

import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.cli.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 5: a source is fetched with its own User-Agent (KultuNaut answers 403 to agents it does not know). */
class SourceUserAgentTest {
    static final String AGENT = "Frederikssund Kommune Henvis (kontakt: it@example.invalid)";

    @TempDir
    Path dir;
    TestSourceServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestSourceServer();
        server.on("/perl/export/frederikssund.json", ex -> {
            String agent = ex.getRequestHeaders().getFirst("User-Agent");
            byte[] body = (AGENT.equals(agent)
                    ? "[{\"ArrNr\": 1, \"ArrKunstner\": \"Kor\", \"Startdato\": \"2026-12-03\", \"StedNavn\": \"Slangerup\"}]"
                    : "<html>Forbidden</html>").getBytes(StandardCharsets.ISO_8859_1);
            ex.sendResponseHeaders(AGENT.equals(agent) ? 200 : 403, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theConfiguredUserAgentIsSentAndWithoutItTheFeedRefuses() {
        String db = dir.resolve("henvis.db").toString();
        String url = server.url("/perl/export/frederikssund.json");
        assertThat(run("sources", "add", "--db", db, "--name", "plain", "--kind", "kultunaut-json", "--location", url)
                .code()).isZero();
        CliRun add = run("sources", "add", "--db", db, "--name", "kn", "--kind", "kultunaut-json", "--location", url,
                "--user-agent", AGENT);
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(run("sources", "list", "--db", db, "--json").out()).contains("\"userAgent\" : \"" + AGENT + "\"");

        CliRun plain = run("sync", "--db", db, "--source", "plain");
        CliRun kn = run("sync", "--db", db, "--source", "kn");

        assertThat(plain.code()).isNotZero();
        assertThat(plain.out() + plain.err()).contains("403");
        assertThat(kn.code()).as(kn.out() + kn.err()).isZero();
        CliRun offers = run("offers", "--db", db, "--json");
        assertThat(offers.out()).contains("Kor");
    }

    @Test
    void aUserAgentWithALineBreakIsRefused() {
        CliRun add = run("sources", "add", "--db", dir.resolve("henvis.db").toString(), "--name", "kn", "--kind",
                "kultunaut-json", "--location", "https://example.invalid/x.json", "--user-agent", "a\r\nX-Evil: 1");

        assertThat(add.code()).isEqualTo(2);
        assertThat(add.err()).contains("User-Agent");
    }
}
