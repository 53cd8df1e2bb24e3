package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import static dk.henvis.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.catalog.Offer;
import dk.henvis.formats.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code henvis import}: the happy path, and every bad input of issue 2 — each exits 2 with one stderr line
 * naming the file and the record or line, and leaves the stored offers exactly as they were.
 */
class ImportCommandTest {
    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void seed() {
        db = dir.resolve("henvis.db");
        CliRun seeded = run("import", "--db", db.toString(), Fixtures.path("hsds-messy.json").toString());
        assertThat(seeded.code()).as(seeded.err()).isZero();
    }

    List<Offer> offers() {
        try (CoreServices s = Services.open(db)) {
            return s.offers().all();
        }
    }

    @Test
    void importPrintsADanishSummaryAndNamesTheSourceAfterTheFile() {
        CliRun first = run("import", "--db", db.toString(), Fixtures.path("kultunaut.json").toString(),
                Fixtures.path("kultunaut.xml").toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out().strip()).isEqualTo("5 nye, 0 ændrede og 0 uændrede tilbud i kilden 'kultunaut'");
        assertThat(offers()).filteredOn(o -> o.key().source().equals("kultunaut")).hasSize(5);
        assertThat(offers()).filteredOn(o -> o.key().source().equals("hsds-messy")).hasSize(3);

        CliRun again = run("import", "--db", db.toString(), "--source", "hsds-messy",
                Fixtures.path("hsds-messy.json").toString());
        assertThat(again.out().strip()).isEqualTo("0 nye, 0 ændrede og 3 uændrede tilbud i kilden 'hsds-messy'");
    }

    /** Runs the import of {@code file} and checks the contract's bad-input behaviour; returns the stderr line. */
    private String rejects(Path file) {
        List<Offer> before = offers();
        CliRun r = run("import", "--db", db.toString(), "--source", "hsds-messy", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(HenvisCommand.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains(file.getFileName().toString());
        assertThat(offers()).isEqualTo(before);
        return r.err().strip();
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    /** A valid first record that would change the stored catalogue if the import were not all or nothing. */
    private static final String CHANGES = "{\"id\": \"minimal\", \"name\": \"Ændret navn\"}, {\"id\": \"ny\", \"name\": \"Ny\"}";

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        String err = rejects(write("malformed.json", "[" + CHANGES + ",\n{\"id\": \"b\", \"name\": }\n]"));
        assertThat(err).contains("ugyldig JSON", "post 3", "linje 2");
    }

    @Test
    void knownFieldOfTheWrongTypeNamesRecordIdAndField() throws IOException {
        String err = rejects(write("wrongtype.json", "[" + CHANGES
                + ", {\"id\": \"a\", \"name\": \"A\", \"minimum_age\": \"tres\"}]"));
        assertThat(err).contains("post 3", "id 'a'", "minimum_age", "\"tres\"");
    }

    @Test
    void nestedFieldOfTheWrongTypeNamesItsPath() throws IOException {
        String err = rejects(write("nested.json", "[" + CHANGES + ", {\"id\": \"a\", \"name\": \"A\","
                + " \"service_at_locations\": [{\"location\": {\"latitude\": {\"x\": 1}}}]}]"));
        assertThat(err).contains("post 3", "service_at_locations[0].location.latitude");
    }

    @Test
    void serviceWithoutIdOrName() throws IOException {
        assertThat(rejects(write("noid.json", "[" + CHANGES + ", {\"name\": \"Uden id\"}]")))
                .contains("post 3", "'id'");
        assertThat(rejects(write("noname.json", "[" + CHANGES + ", {\"id\": \"x\", \"name\": \"  \"}]")))
                .contains("post 3", "id 'x'", "'name'");
    }

    @Test
    void sameIdTwiceInOneFile() throws IOException {
        String err = rejects(write("dupe.json", "[" + CHANGES + ", {\"id\": \"ny\", \"name\": \"Igen\"}]"));
        assertThat(err).contains("post 3", "'ny'", "to gange");
    }

    @Test
    void unknownFormat() throws IOException {
        assertThat(rejects(write("notes.json", "Kære kollega, her er listen."))).contains("ukendt format");
        assertThat(rejects(write("object.json", "{\"items\": [{\"id\": 1, \"name\": \"x\"}]}")))
                .contains("ukendt format");
        assertThat(rejects(write("other.xml", "<?xml version=\"1.0\"?><rss><channel/></rss>")))
                .contains("ukendt format");
        assertThat(rejects(write("array.json", "[1, 2, 3]"))).contains("ukendt format");
    }

    @Test
    void fileThatIsNotUtf8NamesByteOffsetAndLine() throws IOException {
        Path latin1 = dir.resolve("latin1.json");
        String ascii = "{\"id\": \"minimal\", \"name\": \"Changed\"}";
        Files.write(latin1, ("[" + ascii + ",\n{\"id\": \"s\", \"name\": \"Sølvstænk\"}]")
                .getBytes(StandardCharsets.ISO_8859_1));
        String err = rejects(latin1);
        int offset = ("[" + ascii + ",\n{\"id\": \"s\", \"name\": \"S").length();
        assertThat(err).contains("ikke UTF-8", "position " + offset, "linje 2");
    }

    @Test
    void xmlWithExternalEntityIsRefusedNeverResolved() throws IOException {
        Path secret = write("secret.txt", "hemmeligt");
        String err = rejects(write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE arrlist [\n"
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<arrlist><arr><overskrift>&xxe;</overskrift></arr></arrlist>"));
        assertThat(err).contains("DOCTYPE", "linje").doesNotContain("hemmeligt");
    }

    @Test
    void xmlEntityExpansionBombIsRefused() throws IOException {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doc.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                doc.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            doc.append("\">\n");
        }
        doc.append("]>\n<arrlist><arr><overskrift>&lol9;</overskrift></arr></arrlist>");
        assertThat(rejects(write("bomb.xml", doc.toString()))).contains("DOCTYPE");
    }

    @Test
    void xmlEntityReferenceWithoutDoctypeIsRefused() throws IOException {
        String err = rejects(write("entity.xml", "<?xml version=\"1.0\"?>\n<arrlist>\n<arr><overskrift>Banko</overskrift>"
                + "</arr>\n<arr><overskrift>&xxe;</overskrift></arr></arrlist>"));
        assertThat(err).contains("linje 4");
    }

    @Test
    void malformedXmlNamesTheLine() throws IOException {
        String err = rejects(write("broken.xml", "<?xml version=\"1.0\"?>\n<arrlist>\n<arr><overskrift>Banko"
                + "</overskrft></arr>\n</arrlist>"));
        assertThat(err).contains("ugyldig XML", "linje 3");
    }

    @Test
    void truncatedZip() throws IOException {
        Path zip = Fixtures.packageZip(dir);
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(rejects(truncated)).contains("zip");
    }

    @Test
    void zipWithoutDatapackageIsAnUnknownFormat() throws IOException {
        Path zip = dir.resolve("other.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            z.write("hej".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertThat(rejects(zip)).contains("ukendt format");
    }

    @Test
    void brokenCsvInADataPackageNamesTableAndLine() throws IOException {
        Path pkg = Files.createDirectory(dir.resolve("pakke"));
        Files.writeString(pkg.resolve("datapackage.json"), "{\"resources\": []}");
        Files.writeString(pkg.resolve("services.csv"), "id,name\nminimal,Ændret\nx,\"uafsluttet\n");
        String err = rejects(pkg);
        assertThat(err).contains("services.csv", "CSV");
        Files.writeString(pkg.resolve("services.csv"), "id,name,minimum_age\nminimal,Ændret,\ny,Y,tres\n");
        assertThat(rejects(pkg)).contains("post 2", "id 'y'", "minimum_age");
    }

    @Test
    void kultunautDateThatIsNoDate() throws IOException {
        String err = rejects(write("kn.json", "{\"result\": [{\"Id\": 1, \"Title\": \"A\"},"
                + " {\"Id\": 2, \"Title\": \"B\", \"Startdate\": \"i morgen\"}]}"));
        assertThat(err).contains("post 2", "id '2'", "Startdate", "DD-MM-ÅÅÅÅ");
    }

    @Test
    void missingFile() {
        assertThat(rejects(dir.resolve("findes-ikke.json"))).contains("findes ikke");
    }

    @Test
    void aBadFileAmongGoodOnesChangesNothing() throws IOException {
        List<Offer> before = offers();
        Path bad = write("bad.json", "[{\"id\": \"q\"}]");
        CliRun r = run("import", "--db", db.toString(), Fixtures.path("kultunaut.json").toString(), bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json", "post 1", "'name'");
        assertThat(offers()).isEqualTo(before);
    }
}
