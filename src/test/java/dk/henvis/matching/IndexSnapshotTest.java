package dk.henvis.matching;

import static dk.henvis.matching.ShownMatches.CLOCK;
import static dk.henvis.matching.ShownMatches.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Database;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferJson;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.OfferStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matching index kept between starts (issue 17, ADR 0024): a start that reads it shows exactly what one that
 * builds it shows, and it is used only for the catalogue it was made from.
 */
class IndexSnapshotTest {
    @TempDir
    Path dir;

    private OfferStore catalogue(String name, Path... files) {
        return ShownMatches.catalogue(dir, name, files);
    }

    private MatchingService service(OfferStore store, Path indexFile) {
        return new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled(), null, indexFile);
    }

    private static MatchingService fresh(OfferStore store) {
        return new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled());
    }

    @Test
    void aStartThatReadsTheKeptIndexShowsExactlyWhatOneThatBuildsItShows() throws Exception {
        // the messy set has duplicates across sources, offers without places, prices only in the text
        for (OfferStore store : List.of(catalogue("sample", Path.of("sample-data/frederikssund-hsds.json")),
                catalogue("messy", MessyMatchQualityTest.MESSY.resolve("offers.json")))) {
            Path file = dir.resolve("cache").resolve("index-" + store.hashCode() + ".bin");
            List<String> built = shown(fresh(store));

            MatchingService first = service(store, file);
            List<String> writing = shown(first);
            assertThat(first.indexKept()).isFalse();
            assertThat(file).isNotEmptyFile();

            MatchingService next = service(store, file);
            List<String> reading = shown(next);
            assertThat(next.indexKept()).as("the second start reads the file").isTrue();
            assertThat(next.warmUp()).isEqualTo(first.warmUp());

            assertThat(writing).isEqualTo(built);
            assertThat(reading).isEqualTo(built);
        }
    }

    @Test
    void anIndexKeptForTheCatalogueAsItWasIsNotUsedOnceItChanged() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path file = dir.resolve("index.bin");
        service(store, file).warmUp();
        CitizenProfile xylophone = xylophonePlayer();
        assertThat(service(store, file).match(xylophone, 50, MatchQualityTest.TODAY).unmatched()).contains("xylofon");

        Offer before = store.active().stream().filter(o -> o.description() != null).findFirst().orElseThrow();
        Offer after = withDescription(before, before.description() + " Vi spiller også xylofon hver gang.");
        store.write(before.key().source(), OfferStore.Mode.MERGE, CLOCK.instant(), sink -> sink.accept(after));

        MatchingService next = service(store, file);
        MatchResult found = next.match(xylophone, 50, MatchQualityTest.TODAY);
        assertThat(next.indexKept()).isFalse();
        assertThat(found.unmatched()).isEmpty();
        assertThat(found.matches().get(0).offer().key()).isEqualTo(before.key());
        assertThat(shown(next)).isEqualTo(shown(fresh(store)));

        // an offer closed: no content of an active offer changed, but the active catalogue did
        MatchingService third = service(store, file);
        third.warmUp();
        assertThat(third.indexKept()).isTrue();
        store.write(before.key().source(), OfferStore.Mode.MERGE, CLOCK.instant(),
                sink -> sink.accept(after.withProvenance(null).withStatus(OfferStatus.TEMPORARILY_CLOSED)));
        MatchingService fourth = service(store, file);
        assertThat(fourth.match(xylophone, 50, MatchQualityTest.TODAY).unmatched()).contains("xylofon");
        assertThat(fourth.indexKept()).isFalse();
        assertThat(shown(fourth)).isEqualTo(shown(fresh(store)));
    }

    @Test
    void anOfferChangedByAnotherProgramAfterTheIndexWasReadIsShownAsItIsWithItsOwnReasons() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path file = dir.resolve("index.bin");
        service(store, file).warmUp();
        CitizenProfile singer = new CitizenProfile(70, "3600", null, List.of("synge"), Set.of(), null, List.of(),
                null, List.of(), List.of());
        MatchingService window = service(store, file);
        window.warmUp();
        assertThat(window.indexKept()).isTrue();
        Offer top = fresh(store).match(singer, 10, MatchQualityTest.TODAY).matches().get(0).offer();

        // the command line (another program, another store on the same file) rewrites the offer the window will
        // show first, without a word about singing; the window has not been told
        OfferStore other = new OfferStore(Database.open(dir.resolve("sample.db")));
        Offer quiet = withDescription(top, "Vi mødes og drikker kaffe.");
        other.write(top.key().source(), OfferStore.Mode.MERGE, CLOCK.instant(), sink -> sink.accept(
                new Offer(quiet.key(), "Kaffeklub", null, quiet.description(), quiet.url(), quiet.email(),
                        quiet.status(), quiet.organisation(), quiet.locations(), quiet.schedules(), quiet.ages(),
                        quiet.cost(), List.of(), List.of(), quiet.languages(), quiet.contacts(), quiet.focus(),
                        quiet.targetGroups(), quiet.audienceSex(), quiet.eligibility(), quiet.openDropIn(),
                        quiet.lastChecked(), null)));

        MatchResult r = window.match(singer, 10, MatchQualityTest.TODAY);
        assertThat(window.indexKept()).as("built again from the catalogue as it is").isFalse();
        assertThat(r.matches()).extracting(m -> m.offer().name()).doesNotContain("Kaffeklub");
        assertThat(r).usingRecursiveComparison().isEqualTo(fresh(store).match(singer, 10, MatchQualityTest.TODAY));
    }

    @Test
    void anIndexBuiltWhileAnotherProgramChangedTheCatalogueIsNotKept() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path file = dir.resolve("index.bin");
        Offer before = store.active().stream().filter(o -> o.description() != null).findFirst().orElseThrow();
        Offer after = withDescription(before, before.description() + " Vi spiller også xylofon hver gang.");
        // the read gives the catalogue as it was; right after it, the command line changes one offer
        MatchingService during = new MatchingService(() -> {
            OfferStore.Hashed read = store.activeHashed();
            store.write(before.key().source(), OfferStore.Mode.MERGE, CLOCK.instant(), sink -> sink.accept(after));
            return new MatchingService.Catalogue(read.offers(), store.count() - read.offers().size(),
                    read.contentHashes());
        }, Gazetteer.bundled(), InterestVocabulary.bundled(), null, file, store);
        during.warmUp();
        assertThat(file).doesNotExist();

        MatchingService next = service(store, file);
        assertThat(next.match(xylophonePlayer(), 50, MatchQualityTest.TODAY).unmatched()).isEmpty();
        assertThat(next.indexKept()).isFalse();
        assertThat(file).isNotEmptyFile();
    }

    @Test
    void aDamagedCutOrForeignFileIsNotUsedAndIsWrittenAnew() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path file = dir.resolve("index.bin");
        List<String> built = shown(fresh(store));
        service(store, file).warmUp();
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[flipped.length / 2] ^= 0x10;
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 3);
        byte[] foreign = "not an index at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte[] bad : List.of(flipped, cut, foreign, new byte[0])) {
            Files.write(file, bad);
            MatchingService s = service(store, file);
            assertThat(shown(s)).isEqualTo(built);
            assertThat(s.indexKept()).isFalse();
            assertThat(service(store, file).indexKept()).as("written anew").isTrue();
        }
    }

    @Test
    void aPlaceWhereNoFileCanBeWrittenCostsOnlyTime() throws Exception {
        OfferStore store = catalogue("sample", Path.of("sample-data/frederikssund-hsds.json"));
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "x");
        MatchingService s = service(store, blocked.resolve("index.bin"));
        assertThat(shown(s)).isEqualTo(shown(fresh(store)));
        assertThat(s.indexKept()).isFalse();
    }

    private static CitizenProfile xylophonePlayer() {
        // a word no offer of the sample uses
        return new CitizenProfile(70, "3600", null, List.of("xylofon"), Set.of(), null, List.of(), null, List.of(),
                List.of());
    }

    private static Offer withDescription(Offer o, String description) throws Exception {
        var json = OfferJson.mapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.valueToTree(o);
        tree.put("description", description);
        return json.treeToValue(tree, Offer.class);
    }
}
