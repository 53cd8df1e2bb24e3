package dk.henvis.cli;

import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.catalog.Offer;
import dk.henvis.core.CoreServices;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 item 5: KultuNaut's per-customer JSON export (…/perl/export/NAME.json), in UTF-8 and ISO-8859-1. */
class KultunautExportImportTest {
    static final String EXPORT = """
            [
              {"ArrNr": 812345, "ArrKunstner": "Julekoncert med Jægerspris Kirkekor",
               "ArrBeskrivelse": "Kom og syng med på de kendte julesalmer.",
               "ArrLangBeskriv": "<p>Kom og syng med.<br>Gratis entré – <b>alle</b> er velkomne.</p>",
               "ArrGenre": "Musik", "ArrUGenre": "Kor", "ArrTidspunkt": "kl. 19:45",
               "Startdato": "2026-12-03", "Slutdato": "2026-12-03", "StedNavn": "Jægerspris Kirke",
               "BilledeUrl": "https://example.invalid/billede.jpg"},
              {"ArrNr": "812346", "ArrKunstner": "Foredrag: Øresund før og nu", "ArrBeskrivelse": "Et foredrag.",
               "ArrGenre": "Foredrag", "ArrTidspunkt": "kl. 14.00", "Startdato": "2026-12-10",
               "Slutdato": "2026-12-10", "StedNavn": "Byens Hus"}
            ]
            """;

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void seed() {
        db = dir.resolve("henvis.db");
    }

    Path write(String name, String text, Charset charset) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(charset));
        return f;
    }

    List<Offer> offers() {
        try (CoreServices s = Services.open(db)) {
            return s.offers().all();
        }
    }

    void importsAsTheExportSays(Charset charset) throws IOException {
        Path file = write("frederikssund.json", EXPORT, charset);

        CliRun r = run("import", "--db", db.toString(), "--source", "kultunaut", file.toString());

        assertThat(r.code()).as(r.err()).isZero();
        Offer concert = offers().stream().filter(o -> o.id().equals("812345")).findFirst().orElseThrow();
        assertThat(concert.name()).isEqualTo("Julekoncert med Jægerspris Kirkekor");
        assertThat(concert.description()).contains("Kom og syng med.").contains("alle er velkomne")
                .doesNotContain("<");
        assertThat(concert.schedules()).hasSize(1);
        assertThat(concert.schedules().get(0).opensAt()).isEqualTo(LocalTime.of(19, 45));
        assertThat(concert.schedules().get(0).date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(concert.primaryLocation().name()).isEqualTo("Jægerspris Kirke");
        assertThat(concert.primaryLocation().postcode()).as("placed by the gazetteer from StedNavn").isEqualTo("3630");
        assertThat(concert.tags()).contains("Musik", "Kor");
        Offer talk = offers().stream().filter(o -> o.id().equals("812346")).findFirst().orElseThrow();
        assertThat(talk.name()).isEqualTo("Foredrag: Øresund før og nu");
        assertThat(talk.schedules().get(0).opensAt()).isEqualTo(LocalTime.of(14, 0));
        assertThat(talk.primaryLocation().postcode()).as("a venue the gazetteer does not know").isNull();
    }

    @Test
    void theUtf8ExportImports() throws IOException {
        importsAsTheExportSays(StandardCharsets.UTF_8);
    }

    @Test
    void theIso88591ExportImportsWithItsDanishLetters() throws IOException {
        importsAsTheExportSays(StandardCharsets.ISO_8859_1);
    }

    @Test
    void anEventWithoutItsTitleIsExitTwoNamingItAndNothingIsStored() throws IOException {
        Path bad = write("kn.json", EXPORT.replace("\"ArrKunstner\": \"Foredrag: Øresund før og nu\", ", ""),
                StandardCharsets.ISO_8859_1);

        CliRun r = run("import", "--db", db.toString(), "--source", "kultunaut", bad.toString());

        assertThat(r.code()).isEqualTo(HenvisCommand.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains("kn.json", "post 2", "ArrKunstner");
        assertThat(offers()).isEmpty();
    }

    @Test
    void aBrokenExportIsExitTwoNamingTheLine() throws IOException {
        Path bad = write("kn.json", EXPORT.replace("\"Slutdato\": \"2026-12-10\",", "\"Slutdato\": ,"),
                StandardCharsets.ISO_8859_1);

        CliRun r = run("import", "--db", db.toString(), "--source", "kultunaut", bad.toString());

        assertThat(r.code()).isEqualTo(HenvisCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("kn.json", "linje");
        assertThat(offers()).isEmpty();
    }

    @Test
    void anHsdsFileInLatin1IsStillRefusedAsNotUtf8() throws IOException {
        Path bad = write("hsds.json", "[{\"id\": \"a\", \"name\": \"Strikkecafé\"}]", StandardCharsets.ISO_8859_1);

        CliRun r = run("import", "--db", db.toString(), bad.toString());

        assertThat(r.code()).isEqualTo(HenvisCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("hsds.json", "UTF-8");
    }
}
