package dk.henvis.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.app.Services;
import dk.henvis.catalog.Access;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Schedule;
import dk.henvis.curation.Flag;
import dk.henvis.matching.Match;
import dk.henvis.publish.FolderPublication;
import dk.henvis.sources.ProgressListener;
import dk.henvis.sources.SyncReport;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import dk.henvis.ui.coordinator.CoordinatorViewModel;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's "done when": the coordinator adds a reading club and publishes from the Koordinator tab; a staff
 * laptop synced from the published folder finds it in matching; the citizen pages list it; a flag raised on
 * the laptop travels to the coordinator and comes back resolved. Two real databases, the real services.
 */
class CoordinatorEndToEndTest {
    @TempDir
    Path dir;
    Services coordinator;
    Services laptop;

    @AfterEach
    void close() {
        if (coordinator != null) {
            coordinator.close();
        }
        if (laptop != null) {
            laptop.close();
        }
    }

    @Test
    void aNewReadingClubIsPublishedSyncedMatchedListedAndFlaggedBackAndForth() throws Exception {
        Path share = Files.createDirectories(dir.resolve("faelles/henvis"));
        coordinator = Services.open(Files.createDirectories(dir.resolve("koordinator")).resolve("henvis.db"));
        coordinator.settings().setCoordinatorMode(true);
        CoordinatorViewModel tab = new CoordinatorViewModel(coordinator, new SameThreadTaskExecutor(), () -> { });

        // 1. the coordinator adds a new reading club to the curated catalogue
        Offer club = readingClub();
        coordinator.offers().write("henvis", OfferStore.Mode.MERGE, Instant.now(), sink -> sink.accept(club));

        // 2. ... and publishes it from the Koordinator tab
        tab.setPublishFolder(share);
        tab.publish();
        assertThat(tab.publishFailedProperty().get()).as(tab.publishMessageProperty().get()).isFalse();

        // 3. a staff laptop syncs the published folder and finds the club for a citizen who likes to read
        laptop = Services.open(Files.createDirectories(dir.resolve("laptop")).resolve("henvis.db"));
        laptop.sources().add("kommunen", "hsds-json", share.resolve(FolderPublication.JSON_FILE).toString());
        SyncReport sync = laptop.sync().syncAll(ProgressListener.NONE);
        assertThat(sync.allOk()).as(sync.toString()).isTrue();
        List<Match> matches = laptop.matching().match(laptop.profileReader().parse("""
                {"age": 71, "postcode": "3600", "interests": ["læse bøger"]}""", "profil"), 10,
                LocalDate.of(2026, 12, 1)).matches();
        assertThat(matches).extracting(m -> m.offer().id()).first().isEqualTo("laeseklub-slotsgade");

        // 4. the citizen pages list it and have a page for it
        Path site = share.resolve(FolderPublication.HTML_FOLDER);
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(index.select("a").eachText()).anySatisfy(t -> assertThat(t).contains("Læseklubben i Slotsgade"));
        try (Stream<Path> pages = Files.list(site.resolve("tilbud"))) {
            Path page = pages.filter(p -> p.getFileName().toString().contains("laeseklub-slotsgade")).findFirst()
                    .orElseThrow();
            assertThat(Jsoup.parse(page.toFile()).select("h1").text()).isEqualTo("Læseklubben i Slotsgade");
        }

        // 5. a worker flags it; the next sync takes the flag to the coordinator's folder
        Flag flag = laptop.flags().raise(new OfferKey("kommunen", "laeseklub-slotsgade"),
                "Klubben mødes nu om torsdagen");
        laptop.sync().syncAll(ProgressListener.NONE);
        assertThat(laptop.flags().lastExchange().orElseThrow().sent()).isEqualTo(1);

        // 6. the coordinator opens the Koordinator tab: the flag is listed under the club; resolving it answers back
        tab.open();
        assertThat(tab.flagGroups()).singleElement().satisfies(g -> {
            assertThat(g.offer()).isEqualTo(club.key());
            assertThat(g.flags()).extracting(Flag::text).containsExactly("Klubben mødes nu om torsdagen");
        });
        tab.resolve(tab.flagGroups().get(0));
        assertThat(tab.flagGroups()).isEmpty();

        // 7. the laptop's next sync marks its flag resolved
        laptop.sync().syncAll(ProgressListener.NONE);
        assertThat(laptop.flags().all()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo(flag.id());
            assertThat(f.status()).isEqualTo(Flag.Status.RESOLVED);
        });
    }

    private static Offer readingClub() {
        Location library = new Location("loc-bibliotek", "Frederikssund Bibliotek", "Jernbanegade 2", "3600",
                "Frederikssund", 55.8395, 12.0660, "Bus 311 og S-tog til Frederikssund st.", Access.STEP_FREE,
                "Elevator og handicaptoilet", false);
        Schedule monthly = new Schedule(dk.henvis.catalog.Frequency.MONTHLY, 1, List.of(DayOfWeek.TUESDAY), 1, null,
                LocalTime.of(10, 0), LocalTime.of(11, 30), null, null, null, null);
        return new Offer(new OfferKey("henvis", "laeseklub-slotsgade"), "Læseklubben i Slotsgade", null,
                "Vi læser en bog om måneden og mødes over en kop kaffe for at snakke om den. Nye læsere er velkomne.",
                null, null, OfferStatus.ACTIVE, new Organisation("org-bibliotek", "Frederikssund Bibliotekerne", null, null),
                List.of(library), List.of(monthly), AgeRange.ANY, new Cost(BigDecimal.ZERO, "Gratis"),
                List.of("Læsning og litteratur"), List.of("læseklub", "bøger", "litteratur"), List.of("da"),
                List.of(new Contact("Biblioteket", null, "+45 47 35 13 00", null)), FocusLevel.FOREBYG,
                List.of("senior"), AudienceSex.ANY, null, true, LocalDate.of(2026, 11, 27), null);
    }
}
