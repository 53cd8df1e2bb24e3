package dk.henvis.matching;

import static dk.henvis.matching.ShownMatches.CLOCK;
import static dk.henvis.matching.ShownMatches.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferJson;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.StatedConditions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offers' analysis kept between starts (issue 17, ADR 0022) ranks exactly as a fresh analysis, and is used
 * only for an offer whose texts are as they were.
 */
class AnalysisCacheTest {
    @TempDir
    Path dir;

    private OfferStore catalogue(String name, Path... files) {
        return ShownMatches.catalogue(dir, name, files);
    }

    @Test
    void aStartThatReadsTheAnalysisRanksExactlyAsOneThatAnalyses() throws Exception {
        for (OfferStore store : List.of(catalogue("sample", Path.of("sample-data/frederikssund-hsds.json")),
                catalogue("messy", MessyMatchQualityTest.MESSY.resolve("offers.json")))) {
            Path file = dir.resolve("cache").resolve("analysis-" + store.hashCode() + ".bin");
            List<String> fresh = shown(new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled()));

            List<String> writing = shown(service(store, file));
            assertThat(file).isNotEmptyFile();
            AnalysisCache read = AnalysisCache.open(file, InterestVocabulary.bundled());
            assertThat(store.active()).allSatisfy(o -> assertThat(read.find(o, AnalysisCache.fingerprint(o)))
                    .as(o.id()).isNotNull());
            OfferStore.Hashed hashed = store.activeHashed();
            assertThat(hashed.offers()).allSatisfy(o -> assertThat(read.conditions(o.key(),
                    hashed.contentHashes().get(o.key()))).as(o.id()).isEqualTo(StatedConditions.of(o)));
            List<String> reading = shown(service(store, file));

            assertThat(writing).isEqualTo(fresh);
            assertThat(reading).isEqualTo(fresh);
        }
    }

    @Test
    void anOfferWhoseTextsChangedIsAnalysedAgain() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path file = dir.resolve("analysis.bin");
        service(store, file).warmUp();
        Offer before = store.active().stream().filter(o -> o.description() != null).findFirst().orElseThrow();
        // a word no offer of the sample uses
        CitizenProfile xylophone = new CitizenProfile(70, "3600", null, List.of("xylofon"), Set.of(), null, List.of(),
                null, List.of(), List.of());
        assertThat(service(store, file).match(xylophone, 50, MatchQualityTest.TODAY).unmatched()).contains("xylofon");

        var json = OfferJson.mapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.valueToTree(before);
        tree.put("description", before.description() + " Vi spiller også xylofon hver gang.");
        Offer after = json.treeToValue(tree, Offer.class);
        store.write(before.key().source(), OfferStore.Mode.MERGE, CLOCK.instant(), sink -> sink.accept(after));
        assertThat(AnalysisCache.fingerprint(after)).isNotEqualTo(AnalysisCache.fingerprint(before));

        MatchResult found = service(store, file).match(xylophone, 50, MatchQualityTest.TODAY);
        assertThat(found.unmatched()).isEmpty();
        assertThat(found.matches().get(0).offer().key()).isEqualTo(before.key());
        assertThat(found).usingRecursiveComparison().isEqualTo(
                new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled())
                        .match(xylophone, 50, MatchQualityTest.TODAY));
    }

    @Test
    void anOfferWhosePriceChangedOnlyInItsFeesTextHasItsConditionsReadAgain() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path file = dir.resolve("analysis.bin");
        service(store, file).warmUp();
        Offer before = store.active().stream().filter(o -> StatedConditions.of(o).cost().isFree()).findFirst()
                .orElseThrow();

        // the fees text is not among the analysed texts: the terms are kept, the conditions must not be
        var json = OfferJson.mapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.valueToTree(before);
        tree.putObject("cost").putNull("amountDkk").put("text", "Det koster 50 kr. pr. gang.");
        Offer after = json.treeToValue(tree, Offer.class);
        store.write(before.key().source(), OfferStore.Mode.MERGE, CLOCK.instant(), sink -> sink.accept(after));
        assertThat(AnalysisCache.fingerprint(after)).isEqualTo(AnalysisCache.fingerprint(before));
        assertThat(StatedConditions.of(after).cost().isFree()).isFalse();

        List<String> cached = shown(service(store, file));
        String hash = store.activeHashed().contentHashes().get(before.key());
        assertThat(AnalysisCache.open(file, InterestVocabulary.bundled()).conditions(before.key(), hash))
                .isEqualTo(StatedConditions.of(after));
        assertThat(cached).isEqualTo(shown(new MatchingService(store, Gazetteer.bundled(),
                InterestVocabulary.bundled())));
    }

    @Test
    void everyOffersConditionsSurviveTheFile() {
        for (OfferStore store : List.of(catalogue("sample", Path.of("sample-data/frederikssund-hsds.json")),
                catalogue("messy", MessyMatchQualityTest.MESSY.resolve("offers.json")))) {
            assertThat(store.current()).allSatisfy(o -> {
                StatedConditions c = StatedConditions.of(o);
                try {
                    assertThat(AnalysisCache.decodeConditions(AnalysisCache.encodeConditions(c))).as(o.id())
                            .isEqualTo(c);
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void aDamagedFileIsAnEmptyCacheAndIsWrittenAnew() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path file = dir.resolve("analysis.bin");
        List<String> fresh = shown(new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled()));
        service(store, file).warmUp();
        byte[] whole = Files.readAllBytes(file);
        // cut in the middle of an entry, as a full disk would have left it without the atomic write
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(shown(service(store, file))).isEqualTo(fresh);
        assertThat(Files.size(file)).isEqualTo(whole.length);
        Files.writeString(file, "not a cache");
        assertThat(shown(service(store, file))).isEqualTo(fresh);
        assertThat(Files.size(file)).isEqualTo(whole.length);
    }

    @Test
    void aFileWhoseCountsOrLengthsAreHugeIsAnEmptyCacheNotAnExhaustedMemory() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path file = dir.resolve("analysis.bin");
        List<String> fresh = shown(new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled()));
        service(store, file).warmUp();
        byte[] whole = Files.readAllBytes(file);
        // the magic number and the version as this build writes them, then damage
        int header = 4 + 2 + (((whole[4] & 0xFF) << 8) | (whole[5] & 0xFF));
        for (int[] damage : List.of(new int[] {Integer.MAX_VALUE}, new int[] {1, Integer.MAX_VALUE})) {
            var bytes = new java.io.ByteArrayOutputStream();
            var out = new java.io.DataOutputStream(bytes);
            out.write(whole, 0, header);
            out.writeInt(damage[0]);
            if (damage.length > 1) {
                out.writeUTF("frederikssund-hsds");
                out.writeUTF("x");
                out.writeLong(1);
                out.writeInt(damage[1]);
            }
            Files.write(file, bytes.toByteArray());
            assertThat(shown(service(store, file))).isEqualTo(fresh);
            assertThat(Files.size(file)).isEqualTo(whole.length);
        }
    }

    @Test
    void aCacheThatCannotBeWrittenCostsOnlyTime() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path underAFile = Files.writeString(dir.resolve("a-file"), "x").resolve("analysis.bin");
        List<String> fresh = shown(new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled()));
        assertThat(shown(service(store, underAFile))).isEqualTo(fresh);
        assertThat(Files.exists(underAFile)).isFalse();
    }

    private static MatchingService service(OfferStore store, Path file) {
        return new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled(), file);
    }

    @Test
    void codeFromOneJarIsVersionedByTheJarAndCodeFromFoldersByItsBytes() throws Exception {
        // a copy of a dependency's jar, loaded on its own: the installed app's case
        Path original = Path.of(com.fasterxml.jackson.core.JsonFactory.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path jar = dir.resolve("code.jar");
        Files.copy(original, jar);
        String first;
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            first = AnalysisCache.codeVersion(List.of(loader.loadClass("com.fasterxml.jackson.core.JsonFactory"),
                    loader.loadClass("com.fasterxml.jackson.core.Version")));
            assertThat(first).startsWith("jar-");
            assertThat(AnalysisCache.codeVersion(List.of(loader.loadClass("com.fasterxml.jackson.core.Version"))))
                    .isEqualTo(first);
        }
        // a new build of the jar (another time) is another version
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() - 60_000));
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            assertThat(AnalysisCache.codeVersion(List.of(loader.loadClass("com.fasterxml.jackson.core.Version"))))
                    .startsWith("jar-").isNotEqualTo(first);
        }
        // classes from folders (tests, the IDE), or from more than one place: their bytes are hashed
        assertThat(AnalysisCache.codeVersion(List.of(OfferIndex.class))).doesNotStartWith("jar-");
        assertThat(AnalysisCache.codeVersion(List.of(OfferIndex.class, com.fasterxml.jackson.core.Version.class)))
                .doesNotStartWith("jar-").isNotEqualTo(AnalysisCache.codeVersion(List.of(OfferIndex.class)));
    }
}
