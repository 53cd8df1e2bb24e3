package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferStoreTest {
    private static final Instant T1 = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-02T10:00:00Z");

    @TempDir
    Path dir;
    OfferStore store;

    @BeforeEach
    void open() {
        store = new OfferStore(Database.open(dir.resolve("sub/henvis.db")));
    }

    @Test
    void storedOfferReadsBackEqual() {
        Offer offer = TestOffers.offer("kommunen", "s1", "Sangkor");
        store.write("kommunen", OfferStore.Mode.MERGE, T1, sink -> sink.accept(offer));

        Offer back = store.find(offer.key()).orElseThrow();
        assertThat(back.withProvenance(null)).isEqualTo(offer);
        assertThat(back.provenance().firstSeen()).isEqualTo(T1);
    }

    @Test
    void reimportUpdatesByIdInsteadOfDuplicating() {
        store.write("kommunen", OfferStore.Mode.MERGE, T1, sink -> sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor")));
        ImportSummary second = store.write("kommunen", OfferStore.Mode.MERGE, T2, sink -> {
            sink.accept(TestOffers.offer("kommunen", "s1", "Sangkoret"));
            sink.accept(TestOffers.offer("kommunen", "s2", "Strikkecafé"));
        });

        assertThat(second).isEqualTo(new ImportSummary(1, 1, 0, 0));
        assertThat(store.all()).extracting(Offer::name).containsExactly("Sangkoret", "Strikkecafé");
        Offer changed = store.find(new OfferKey("kommunen", "s1")).orElseThrow();
        assertThat(changed.provenance().firstSeen()).isEqualTo(T1);
        assertThat(changed.provenance().lastChanged()).isEqualTo(T2);
    }

    @Test
    void unchangedOfferIsCountedAndNotRewritten() {
        store.write("kommunen", OfferStore.Mode.MERGE, T1, sink -> sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor")));
        ImportSummary again = store.write("kommunen", OfferStore.Mode.MERGE, T2,
                sink -> sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor")));

        assertThat(again).isEqualTo(new ImportSummary(0, 0, 1, 0));
        assertThat(store.find(new OfferKey("kommunen", "s1")).orElseThrow().provenance().lastChanged()).isEqualTo(T1);
    }

    @Test
    void failureHalfwayLeavesTheCatalogueAsItWas() {
        store.write("kommunen", OfferStore.Mode.MERGE, T1, sink -> sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor")));
        List<Offer> before = store.all();

        assertThatThrownBy(() -> store.write("kommunen", OfferStore.Mode.MERGE, T2, sink -> {
            sink.accept(TestOffers.offer("kommunen", "s1", "Ændret navn"));
            sink.accept(TestOffers.offer("kommunen", "s9", "Nyt tilbud"));
            throw new IOException("linje 40: ugyldig JSON");
        })).isInstanceOf(IOException.class);

        assertThat(store.all()).isEqualTo(before);
    }

    @Test
    void sameIdTwiceInOneWriteFailsWhole() {
        assertThatThrownBy(() -> store.write("kommunen", OfferStore.Mode.MERGE, T1, sink -> {
            sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor"));
            sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor igen"));
        })).isInstanceOf(DuplicateOfferException.class).hasMessageContaining("s1");
        assertThat(store.count()).isZero();
    }

    @Test
    void sameIdFromTwoSourcesIsTwoOffers() {
        store.write("a", OfferStore.Mode.MERGE, T1, sink -> sink.accept(TestOffers.offer("a", "1", "Bridge")));
        store.write("b", OfferStore.Mode.MERGE, T1, sink -> sink.accept(TestOffers.offer("b", "1", "Whist")));
        assertThat(store.findById("1")).hasSize(2);
        assertThat(store.findById("b:1")).extracting(Offer::name).containsExactly("Whist");
    }

    @Test
    void withdrawMissingMarksGoneOffersAndHidesThemFromActive() {
        store.write("k", OfferStore.Mode.MERGE, T1, sink -> {
            sink.accept(TestOffers.offer("k", "1", "Bridge"));
            sink.accept(TestOffers.offer("k", "2", "Whist"));
        });
        ImportSummary sync = store.write("k", OfferStore.Mode.WITHDRAW_MISSING, T2,
                sink -> sink.accept(TestOffers.offer("k", "1", "Bridge")));

        assertThat(sync.withdrawn()).isEqualTo(1);
        assertThat(store.active()).extracting(Offer::name).containsExactly("Bridge");
        assertThat(store.isWithdrawn(new OfferKey("k", "2"))).isTrue();
    }

    @Test
    void fullTextSearchKeepsDanishLettersDistinct() {
        store.write("k", OfferStore.Mode.MERGE, T1, sink -> {
            sink.accept(TestOffers.offer("k", "1", "Gåklub", "Vi går en tur langs fjorden"));
            sink.accept(TestOffers.offer("k", "2", "Gaming for unge", "Konsolspil og snak"));
            sink.accept(TestOffers.offer("k", "3", "Strikkecafé", "Håndarbejde og kaffe"));
        });

        assertThat(store.search("gå")).extracting(Offer::name).containsExactly("Gåklub");
        assertThat(store.search("ga")).extracting(Offer::name).containsExactly("Gaming for unge");
        assertThat(store.search("håndarbejde")).extracting(Offer::name).containsExactly("Strikkecafé");
        assertThat(store.search("\"ugyldig (fts")).isEmpty();
    }

    @Test
    void reopeningAnExistingDatabaseKeepsItsOffers() {
        store.write("k", OfferStore.Mode.MERGE, T1, sink -> sink.accept(TestOffers.offer("k", "1", "Bridge")));
        OfferStore reopened = new OfferStore(Database.open(dir.resolve("sub/henvis.db")));
        assertThat(reopened.count()).isEqualTo(1);
    }

    @Test
    void theActiveFingerprintChangesWithEveryChangeMatchingWouldSee() {
        store.write("kommunen", OfferStore.Mode.MERGE, T1, sink -> {
            sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor"));
            sink.accept(TestOffers.offer("kommunen", "s2", "Strikkecafé"));
        });
        List<String> seen = new java.util.ArrayList<>();
        seen.add(store.activeFingerprint());
        store.write("kommunen", OfferStore.Mode.MERGE, T2, sink -> {
            sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor"));
            sink.accept(TestOffers.offer("kommunen", "s2", "Strikkecafé"));
        });
        assertThat(store.activeFingerprint()).as("the same offers written again").isEqualTo(seen.get(0));

        store.write("kommunen", OfferStore.Mode.MERGE, T2, sink -> sink.accept(TestOffers.offer("kommunen", "s1",
                "Sangkor", "Nu også om torsdagen.")));
        seen.add(store.activeFingerprint());
        store.write("kommunen", OfferStore.Mode.MERGE, T2, sink -> sink.accept(
                TestOffers.offer("kommunen", "s2", "Strikkecafé").withStatus(OfferStatus.TEMPORARILY_CLOSED)));
        seen.add(store.activeFingerprint());
        store.write("kommunen", OfferStore.Mode.MERGE, T2, sink -> sink.accept(TestOffers.offer("kommunen", "s3", "Skak")));
        seen.add(store.activeFingerprint());
        // another source takes s1 over: the original leaves matching although no row of its own changed
        Offer adopted = TestOffers.offer("frivillig", "f1", "Sangkor").withProvenance(
                new Provenance("frivillig", "f1", null, null, null, new OfferKey("kommunen", "s1")));
        store.write("frivillig", OfferStore.Mode.MERGE, T2, sink -> sink.accept(adopted.withStatus(OfferStatus.INACTIVE)));
        assertThat(store.active()).extracting(Offer::id).doesNotContain("s1");
        seen.add(store.activeFingerprint());
        store.write("kommunen", OfferStore.Mode.WITHDRAW_MISSING, T2, sink -> sink.accept(
                TestOffers.offer("kommunen", "s1", "Sangkor", "Nu også om torsdagen.")));
        seen.add(store.activeFingerprint());
        store.removeWithdrawnBefore("kommunen", T2.plusSeconds(1));
        seen.add(store.activeFingerprint());

        assertThat(seen).doesNotHaveDuplicates().allSatisfy(f -> assertThat(f).hasSize(64));
        assertThat(store.activeFingerprint()).isEqualTo(seen.get(seen.size() - 1));
    }

    @Test
    void findCurrentGivesTheOffersAsStoredWithTheirHashesAndLeavesOutWithdrawnAndUnknownOnes() {
        store.write("kommunen", OfferStore.Mode.MERGE, T1, sink -> {
            sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor"));
            sink.accept(TestOffers.offer("kommunen", "s2", "Strikkecafé"));
            sink.accept(TestOffers.offer("kommunen", "s3", "Skak"));
        });
        store.write("kommunen", OfferStore.Mode.WITHDRAW_MISSING, T2, sink -> {
            sink.accept(TestOffers.offer("kommunen", "s1", "Sangkor"));
            sink.accept(TestOffers.offer("kommunen", "s2", "Strikkecafé"));
        });
        OfferKey s1 = new OfferKey("kommunen", "s1");
        OfferKey s2 = new OfferKey("kommunen", "s2");
        var found = store.findCurrent(List.of(s1, s2, new OfferKey("kommunen", "s3"), new OfferKey("andre", "s1")));

        assertThat(found).containsOnlyKeys(s1, s2);
        OfferStore.Hashed active = store.activeHashed();
        assertThat(found.get(s1).offer()).isEqualTo(store.find(s1).orElseThrow());
        assertThat(found.get(s1).contentHash()).isEqualTo(active.contentHashes().get(s1)).hasSize(64);
        assertThat(found.get(s2).contentHash()).isEqualTo(active.contentHashes().get(s2));
        assertThat(store.findCurrent(List.of())).isEmpty();
    }
}
