package dk.henvis.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.Provenance;
import dk.henvis.catalog.Schedule;
import dk.henvis.catalog.TestOffers;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.InterestVocabulary;
import dk.henvis.matching.Match;
import dk.henvis.matching.MatchingService;
import dk.henvis.publish.CatalogPublisher;
import dk.henvis.publish.ExportFormat;
import dk.henvis.formats.CatalogImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated catalogue: save with checks, duplicate, retire, adopt from KultuNaut, publish and read back. */
class OfferCurationTest {
    static final Path KULTUNAUT = Path.of("sample-data", "kultunaut-events.json");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dir;
    OfferStore store;
    OfferCuration curation;

    @BeforeEach
    void open() {
        store = new OfferStore(Database.open(dir.resolve("coordinator.db")));
        curation = new OfferCuration(store, CLOCK);
    }

    private Offer readingClub(Offer draft) {
        Offer t = TestOffers.offer(OfferCuration.SOURCE, draft.id(), "Læseklub i Jægerspris");
        return new Offer(draft.key(), t.name(), null, "Vi læser en bog om måneden og taler om den over kaffe.",
                null, null, OfferStatus.ACTIVE, t.organisation(),
                List.of(new Location("jaegerspris-bibliotek", "Jægerspris Bibliotek", "Hovedgaden 18", "3630",
                        "Jægerspris", 55.8508, 11.9833, null, Access.STEP_FREE, null, false)),
                List.of(Schedule.weekly(List.of(DayOfWeek.TUESDAY), LocalTime.of(14, 0), LocalTime.of(16, 0))),
                new AgeRange(18, null), t.cost(), List.of("Læsning og litteratur"), List.of("læseklub", "bøger"),
                List.of("da"), t.contacts(), FocusLevel.FOREBYG, List.of("senior"), null, null, false, TODAY, null);
    }

    private static Offer bare(Offer o) {
        return o.withProvenance(null);
    }

    @Test
    void aNewOfferIsSavedAsEnteredAndFoundByFullTextSearch() {
        Offer draft = curation.newOffer();
        assertThat(draft.key().source()).isEqualTo("kommunen");
        assertThat(store.find(draft.key())).as("a draft is not stored").isEmpty();

        Offer saved = curation.save(readingClub(draft));

        assertThat(bare(saved)).isEqualTo(bare(OfferCuration.publishable(readingClub(draft))));
        assertThat(saved.locations().get(0).accessibility()).as("the chosen access in words, as published")
                .isEqualTo("Trinfri adgang");
        assertThat(saved.schedules()).isEqualTo(readingClub(draft).schedules());
        assertThat(store.search("læseklub jæger")).extracting(Offer::key).containsExactly(draft.key());
        assertThat(curation.newOffer().id()).as("the next id is free").isNotEqualTo(draft.id());
    }

    @Test
    void anOfferThatBreaksARuleIsNotSaved() {
        Offer draft = curation.newOffer();
        Offer noTime = readingClub(draft);
        noTime = Offer.builder(noTime.key(), noTime.name()).locations(noTime.locations()).lastChecked(TODAY).build();

        assertThat(curation.check(noTime)).extracting(Problem::message)
                .containsExactly("Angiv mindst én mødetid eller skriv 'efter aftale'.");
        Offer invalid = noTime;
        assertThatThrownBy(() -> curation.save(invalid)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("Læseklub i Jægerspris").hasMessageContaining("mødetid");
        assertThat(store.count()).isZero();

        Offer byAppointment = noTime.toBuilder().schedules(List.of(Schedule.textOnly("Efter aftale"))).build();
        assertThat(curation.check(byAppointment)).isEmpty();
    }

    @Test
    void aDuplicateIsADraftWithANewIdAndKopiInTheName() {
        Offer original = curation.save(readingClub(curation.newOffer()));

        Offer copy = curation.duplicate(original.key());

        assertThat(copy.key()).isNotEqualTo(original.key());
        assertThat(copy.name()).isEqualTo("Læseklub i Jægerspris (kopi)");
        assertThat(copy.schedules()).isEqualTo(original.schedules());
        assertThat(store.find(copy.key())).isEmpty();
        curation.save(copy);
        assertThat(store.active()).hasSize(2);
        assertThat(store.find(original.key()).orElseThrow().name()).isEqualTo("Læseklub i Jægerspris");
    }

    @Test
    void aRetiredOfferIsKeptButNeverMatched() {
        Offer club = curation.save(readingClub(curation.newOffer()));
        MatchingService matching = new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled());
        assertThat(matchedKeys(matching, reader())).contains(club.key());

        Offer retired = curation.retire(club.key());

        assertThat(retired.status()).isEqualTo(OfferStatus.INACTIVE);
        assertThat(store.find(club.key())).isPresent();
        matching.refresh();
        assertThat(matchedKeys(matching, reader())).doesNotContain(club.key());
        assertThat(store.search("læseklub")).isEmpty();
    }

    @Test
    void onlyCuratedOffersAreRetiredOrSavedDirectly() {
        new CatalogImporter(store, Clock.systemUTC()).importFiles("kultunaut", List.of(KULTUNAUT));
        Offer k = store.all().get(0);

        assertThatThrownBy(() -> curation.retire(k.key())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("overtag");
        assertThatThrownBy(() -> curation.save(k)).isInstanceOf(BadInputException.class);
        assertThat(store.find(k.key()).orElseThrow().status()).isEqualTo(OfferStatus.ACTIVE);
    }

    @Test
    void anAdoptedKultunautOfferKeepsItsLinkAndIsMatchedOnceAfterTheSourceSyncsAgain() throws IOException {
        CatalogImporter importer = new CatalogImporter(store, Clock.systemUTC());
        importer.importFiles("kultunaut", List.of(KULTUNAUT));
        OfferKey original = new OfferKey("kultunaut", "4210615");
        MatchingService matching = new MatchingService(store, Gazetteer.bundled(), InterestVocabulary.bundled());
        CitizenProfile filmFan = new CitizenProfile(75, "3600", null, List.of("film"), Set.of(), null, List.of(),
                null, List.of(), List.of());
        assertThat(matchedKeys(matching, filmFan)).as("precondition: the cinema club matches").contains(original);

        Offer draft = curation.adopt(original);
        assertThat(Provenance.adoptedFrom(draft)).isEqualTo(original);
        Location place = draft.locations().get(0);
        Offer enriched = new Offer(draft.key(), draft.name(), null, draft.description(), draft.url(), null,
                OfferStatus.ACTIVE, draft.organisation(),
                List.of(new Location(place.id(), place.name(), place.street(), place.postcode(), place.city(),
                        place.latitude(), place.longitude(), "Bus 312", Access.STEP_FREE, "Niveaufri indgang", false)),
                List.of(Schedule.weekly(List.of(DayOfWeek.WEDNESDAY), LocalTime.of(10, 30), LocalTime.of(12, 30))),
                new AgeRange(60, null), draft.cost(), draft.categories(), draft.tags(), draft.languages(),
                draft.contacts(), FocusLevel.TIDLIG, List.of("senior", "enke"), null, null, false, TODAY,
                draft.provenance());
        Offer saved = curation.save(enriched);
        assertThat(Provenance.adoptedFrom(saved)).isEqualTo(original);

        // KultuNaut changes the event's text and syncs again: the original is updated but stays represented
        // by the coordinator's copy
        Path changed = dir.resolve("kultunaut-changed.json");
        Files.writeString(changed, Files.readString(KULTUNAUT, StandardCharsets.UTF_8)
                .replace("Seniorbio – onsdagsfilm med kaffe", "Seniorbio – onsdagsfilm med kaffe og kage"));
        importer.importFile("kultunaut", changed, null, OfferStore.Mode.WITHDRAW_MISSING);
        assertThat(store.find(original).orElseThrow().name()).endsWith("kage");

        matching.refresh();
        List<OfferKey> matched = matchedKeys(matching, filmFan);
        assertThat(matched).contains(saved.key()).doesNotContain(original);
        Offer shown = store.find(saved.key()).orElseThrow();
        assertThat(shown.focus()).isEqualTo(FocusLevel.TIDLIG);
        assertThat(shown.targetGroups()).containsExactly("senior", "enke");
        assertThat(shown.locations().get(0).access()).isEqualTo(Access.STEP_FREE);
        assertThat(store.active()).extracting(Offer::key).contains(saved.key()).doesNotContain(original);

        // adopting it again opens the same copy rather than a second one
        assertThat(curation.adopt(original).key()).isEqualTo(saved.key());
    }

    @Test
    void aSavedOfferSurvivesPublishingAndReadingBackWithItsLink() {
        new CatalogImporter(store, Clock.systemUTC()).importFiles("kultunaut", List.of(KULTUNAUT));
        Offer club = curation.save(readingClub(curation.newOffer()));
        Offer adopted = curation.save(withTimes(curation.adopt(new OfferKey("kultunaut", "4210615"))));
        Offer retired = curation.retire(curation.save(curation.duplicate(club.key())).key());
        Path json = dir.resolve("katalog.json");

        new CatalogPublisher(store).publish(ExportFormat.HSDS_JSON, "kommunen", json);

        OfferStore laptop = new OfferStore(Database.open(dir.resolve("laptop.db")));
        new CatalogImporter(laptop, Clock.systemUTC()).importFiles("kommunen", List.of(json));
        assertThat(laptop.current().stream().map(OfferCurationTest::bare).toList())
                .containsExactlyInAnyOrder(bare(club), bare(adopted), bare(retired));
        assertThat(Provenance.adoptedFrom(laptop.find(adopted.key()).orElseThrow()))
                .isEqualTo(new OfferKey("kultunaut", "4210615"));
        assertThat(laptop.find(retired.key()).orElseThrow().status()).isEqualTo(OfferStatus.INACTIVE);

        // a laptop that also syncs KultuNaut itself matches the adopted event once
        new CatalogImporter(laptop, Clock.systemUTC()).importFiles("kultunaut", List.of(KULTUNAUT));
        assertThat(laptop.active()).extracting(Offer::key)
                .doesNotContain(new OfferKey("kultunaut", "4210615")).contains(adopted.key());
    }

    @Test
    void publishingEverySourceShowsAnAdoptedOfferOnce() {
        new CatalogImporter(store, Clock.systemUTC()).importFiles("kultunaut", List.of(KULTUNAUT));
        Offer adopted = curation.save(withTimes(curation.adopt(new OfferKey("kultunaut", "4210615"))));

        List<Offer> published = new CatalogPublisher(store).offers(null);

        assertThat(published).extracting(Offer::key).contains(adopted.key())
                .doesNotContain(new OfferKey("kultunaut", "4210615"));
    }

    private static Offer withTimes(Offer o) {
        return o.toBuilder()
                .schedules(List.of(Schedule.weekly(List.of(DayOfWeek.WEDNESDAY), LocalTime.of(10, 30), null))).build();
    }

    private static CitizenProfile reader() {
        return new CitizenProfile(70, "3630", null, List.of("læse"), Set.of(), null, List.of(), null, List.of(),
                List.of());
    }

    private static List<OfferKey> matchedKeys(MatchingService matching, CitizenProfile profile) {
        return matching.match(profile, 50, TODAY).matches().stream().map(Match::offer).map(Offer::key).toList();
    }
}
