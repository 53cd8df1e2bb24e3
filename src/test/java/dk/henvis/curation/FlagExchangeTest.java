package dk.henvis.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.TestOffers;
import dk.henvis.settings.CoordinatorSettings;
import dk.henvis.settings.Settings;
import dk.henvis.settings.StaffUnit;
import dk.henvis.sync.SourceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags travel from a worker's database through the shared folder to the coordinator's and back resolved. */
class FlagExchangeTest {
    static final Instant DAY1 = Instant.parse("2026-11-27T09:00:00Z");
    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    @TempDir
    Path dir;
    Path share;
    Installation worker;
    Installation coordinator;

    /** One laptop: its database, settings and flag service. */
    record Installation(FlagStore store, OfferStore offers, Settings settings, FlagService flags) {
    }

    Installation installation(String name, boolean coordinatorMode, Clock clock) {
        Path home = dir.resolve(name);
        Database db = Database.open(home.resolve("henvis.db"));
        OfferStore offers = new OfferStore(db);
        Settings settings = Settings.in(home);
        settings.setCoordinatorMode(coordinatorMode);
        FlagStore store = new FlagStore(db);
        return new Installation(store, offers, settings,
                new FlagService(store, offers, new SourceStore(db), new CoordinatorSettings(settings), clock));
    }

    @BeforeEach
    void setUp() throws Exception {
        share = Files.createDirectories(dir.resolve("share"));
        Clock clock = Clock.fixed(DAY1, CPH);
        worker = installation("worker", false, clock);
        worker.settings().setUnit(StaffUnit.values()[0], null);
        coordinator = installation("coordinator", true, clock);
        // the worker syncs the coordinator's publication as source "kommunen"; the coordinator curates it as "henvis"
        worker.offers().write("kommunen", OfferStore.Mode.MERGE, DAY1, sink -> sink.accept(
                TestOffers.offer("kommunen", "laeseklub-1", "Læseklubben på biblioteket")));
        coordinator.offers().write("henvis", OfferStore.Mode.MERGE, DAY1, sink -> sink.accept(
                TestOffers.offer("henvis", "laeseklub-1", "Læseklubben på biblioteket")));
    }

    @Test
    void aFlagRaisedInAUnitTheCoordinatorAddedNamesThatUnit() {
        new dk.henvis.settings.ReferralUnits(worker.settings()).add("Aktivitetscentret");
        worker.settings().setUnit("aktivitetscentret", null);
        assertThat(worker.flags().raise(new OfferKey("kommunen", "laeseklub-1"), "Ny leder").unit())
                .isEqualTo("Aktivitetscentret");
    }

    @Test
    void aFlagTravelsToTheCoordinatorAndComesBackResolved() throws Exception {
        Flag raised = worker.flags().raise(new OfferKey("kommunen", "laeseklub-1"), "  Holdet er flyttet til torsdag ");
        assertThat(raised.text()).isEqualTo("Holdet er flyttet til torsdag");
        assertThat(raised.unit()).isEqualTo(StaffUnit.values()[0].code());

        FlagExchangeReport sent = worker.flags().send(share);
        FlagExchangeReport sentAgain = worker.flags().send(share);
        assertThat(sent.sent()).isEqualTo(1);
        assertThat(sentAgain.ok()).isTrue();
        assertThat(files()).containsExactly("fejlmeldinger-" + worker.flags().installationId() + ".json");

        FlagExchangeReport collected = coordinator.flags().collect(share);
        assertThat(collected.imported()).isEqualTo(1);
        assertThat(coordinator.flags().collect(share).imported()).as("the same file twice is one flag").isZero();
        List<Flag> atCoordinator = coordinator.flags().open();
        assertThat(atCoordinator).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(raised.id());
            assertThat(f.offer()).as("filed under the coordinator's own offer").isEqualTo(
                    new OfferKey("henvis", "laeseklub-1"));
            assertThat(f.text()).isEqualTo("Holdet er flyttet til torsdag");
        });

        assertThat(coordinator.flags().resolveOffer(new OfferKey("henvis", "laeseklub-1"))).isEqualTo(1);
        assertThat(coordinator.flags().collect(share).resolved()).isEqualTo(1);
        assertThat(files()).contains(FlagService.RESOLUTIONS_FILE);
        assertThat(coordinator.flags().open()).as("the worker's file still says open; resolved stays resolved")
                .isEmpty();

        FlagExchangeReport back = worker.flags().send(share);
        assertThat(back.resolved()).isEqualTo(1);
        assertThat(worker.store().find(raised.id()).orElseThrow().status()).isEqualTo(Flag.Status.RESOLVED);
        assertThat(FlagFile.read("x", Files.readString(share.resolve(
                "fejlmeldinger-" + worker.flags().installationId() + ".json"))).flags())
                .as("the resolved flag has left the worker's file").isEmpty();
    }

    @Test
    void aFlagHoldsOnlyTheOfferTextAndCannotCarryACprNumber() throws Exception {
        OfferKey key = new OfferKey("kommunen", "laeseklub-1");
        assertThatThrownBy(() -> worker.flags().raise(key, "   ")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> worker.flags().raise(key, "Borgeren 010150-1234 kom ikke ind"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("CPR");
        assertThatThrownBy(() -> worker.flags().raise(key, "x".repeat(FlagFile.MAX_TEXT + 1)))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> worker.flags().raise(new OfferKey("kommunen", "findes-ikke"), "Lukket"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("findes-ikke");
        assertThat(worker.store().all()).isEmpty();

        worker.flags().raise(key, "Ring på 47 35 10 00 i stedet");
        worker.flags().send(share);
        String file = Files.readString(share.resolve("fejlmeldinger-" + worker.flags().installationId() + ".json"));
        assertThat(file).contains("\"format\" : \"henvis-flags\"").contains("\"version\" : 1")
                .contains("Ring på 47 35 10 00 i stedet").contains("laeseklub-1");
    }

    @Test
    void aMalformedOrNewerFileIsReportedByNameAndNothingOfItIsImported() throws Exception {
        worker.flags().raise(new OfferKey("kommunen", "laeseklub-1"), "Holdet er flyttet til torsdag");
        worker.flags().send(share);
        Files.writeString(share.resolve("fejlmeldinger-ny.json"), """
                {"format": "henvis-flags", "version": 2, "installation": "ny", "written": "2026-11-27",
                 "flags": [{"id": "a", "source": "k", "offerId": "laeseklub-1", "offerName": "L", "text": "T",
                            "created": "2026-11-27"}]}""");
        Files.writeString(share.resolve("fejlmeldinger-halv.json"), """
                {"format": "henvis-flags", "version": 1, "installation": "halv", "written": "2026-11-27",
                 "flags": [{"id": "b", "source": "k", "offerId": "laeseklub-1", "offerName": "L", "text": "god",
                            "created": "2026-11-27"},
                           {"id": "c", "source": "k", "offerId": "laeseklub-1", "offerName": "L", "text": "",
                            "created": "2026-11-27"}]}""");
        Files.writeString(share.resolve("fejlmeldinger-brudt.json"), "{\"format\": \"henvis-flags\", \"vers");

        FlagExchangeReport r = coordinator.flags().collect(share);

        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.problems()).hasSize(3);
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("fejlmeldinger-ny.json").contains("nyere"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("fejlmeldinger-halv.json")
                .contains("fejlmelding 2").contains("'text'"));
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("fejlmeldinger-brudt.json").contains("JSON"));
        assertThat(coordinator.store().all()).extracting(Flag::id).doesNotContain("a", "b", "c");
    }

    @Test
    void importOfNamedFilesIsAllOrNothing() throws Exception {
        worker.flags().raise(new OfferKey("kommunen", "laeseklub-1"), "Holdet er flyttet til torsdag");
        Path good = dir.resolve("good.json");
        worker.flags().exportTo(good);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[]");

        assertThatThrownBy(() -> coordinator.flags().importFiles(List.of(good, bad)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bad.json");
        assertThat(coordinator.store().all()).isEmpty();
        assertThat(coordinator.flags().importFiles(List.of(good, good))).isEqualTo(1);
    }

    @Test
    void theFolderDefaultsToTheFolderOfAFileSourceOrTheCoordinatorsPublishFolder() throws Exception {
        Path home = dir.resolve("w2");
        Database db = Database.open(home.resolve("henvis.db"));
        Settings settings = Settings.in(home);
        SourceStore sources = new SourceStore(db);
        FlagService flags = new FlagService(new FlagStore(db), new OfferStore(db), sources,
                new CoordinatorSettings(settings), Clock.fixed(DAY1, CPH));
        assertThat(flags.folder()).isEmpty();
        assertThat(flags.exchange().folder()).isNull();
        sources.add("web", "hsds-json", "https://example.dk/services.json");
        sources.add("drev", "hsds-json", share.resolve("henvis-katalog.json").toString());
        assertThat(flags.folder()).contains(share.toAbsolutePath());
        Path publish = Files.createDirectories(dir.resolve("udgivet"));
        new CoordinatorSettings(settings).setPublishFolder(publish);
        settings.setCoordinatorMode(true);
        assertThat(flags.folder()).contains(publish.toAbsolutePath());
        flags.setFolder(dir.resolve("valgt"));
        assertThat(flags.folder()).contains(dir.resolve("valgt").toAbsolutePath());
    }

    @Test
    void anUnreachableFolderIsReportedAndTheFlagStaysForTheNextSync() {
        worker.flags().raise(new OfferKey("kommunen", "laeseklub-1"), "Holdet er flyttet til torsdag");
        FlagExchangeReport r = worker.flags().send(dir.resolve("ikke-tilsluttet"));
        assertThat(r.ok()).isFalse();
        assertThat(r.problems().get(0)).contains("ikke-tilsluttet");
        assertThat(worker.flags().open()).hasSize(1);
        assertThat(worker.flags().send(share).sent()).isEqualTo(1);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(share)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static LocalDate day1() {
        return LocalDate.ofInstant(DAY1, CPH);
    }
}
