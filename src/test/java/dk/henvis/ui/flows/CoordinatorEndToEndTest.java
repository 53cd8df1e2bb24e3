package dk.henvis.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.ui.offereditor.PriceKind;
import dk.henvis.app.Services;
import dk.henvis.core.CoreServices;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.ui.offereditor.ContactRow;
import dk.henvis.ui.offereditor.OfferEditorViewModel;
import dk.henvis.ui.offereditor.PlaceRow;
import dk.henvis.ui.offereditor.ScheduleRow;
import java.util.ArrayList;
import dk.henvis.catalog.Access;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.curation.Flag;
import dk.henvis.matching.Match;
import dk.henvis.publish.FolderPublication;
import dk.henvis.sync.ProgressListener;
import dk.henvis.sync.SyncReport;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import dk.henvis.ui.coordinator.CoordinatorViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
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
    CoreServices coordinator;
    CoreServices laptop;

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
        CoordinatorViewModel tab = new CoordinatorViewModel(Services.window(coordinator), new SameThreadTaskExecutor(), () -> { });

        // 1. the coordinator adds a new reading club in the offer form
        OfferEditorViewModel form = new OfferEditorViewModel(coordinator.curation(), Gazetteer.bundled(),
                new SameThreadTaskExecutor(), coordinator.clock());
        List<Offer> saved = new ArrayList<>();
        form.onSaved(saved::add);
        form.startNew();
        typeReadingClub(form);
        assertThat(form.save()).as(form.messageProperty().get()).isTrue();
        assertThat(saved).as(form.messageProperty().get()).hasSize(1);
        Offer club = saved.get(0);
        String id = club.id();

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
        assertThat(matches).extracting(m -> m.offer().id()).first().isEqualTo(id);

        // 4. the citizen pages list it and have a page for it
        Path site = share.resolve(FolderPublication.HTML_FOLDER);
        Document index = Jsoup.parse(site.resolve("index.html").toFile());
        assertThat(index.select("a").eachText()).anySatisfy(t -> assertThat(t).contains("Læseklubben i Slotsgade"));
        String href = index.select("a").stream().filter(a -> a.text().equals("Læseklubben i Slotsgade")).findFirst()
                .orElseThrow().attr("href");
        Path page = site.resolve(href);
        assertThat(page).isRegularFile();
        assertThat(Jsoup.parse(page.toFile()).select("h1").text()).isEqualTo("Læseklubben i Slotsgade");
        assertThat(Jsoup.parse(page.toFile()).select("textarea#facebook-tekst").text()).contains("Læseklubben i Slotsgade");

        // 5. a worker flags it; the next sync takes the flag to the coordinator's folder
        Flag flag = laptop.flags().raise(new OfferKey("kommunen", id),
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

    /** The reading club, typed into the form as a coordinator would; the place picked from the gazetteer. */
    private static void typeReadingClub(OfferEditorViewModel f) {
        f.nameProperty().set("Læseklubben i Slotsgade");
        f.descriptionProperty().set("Vi læser en bog om måneden og mødes over en kop kaffe for at snakke om den."
                + " Nye læsere er velkomne.");
        f.organisationProperty().set("Frederikssund Bibliotekerne");
        f.priceKindProperty().set(PriceKind.FREE);
        f.focusProperty().set(FocusLevel.FOREBYG);
        f.tagDraftProperty().set("læseklub");
        f.addTag();
        f.categoryDraftProperty().set("Læsning og litteratur");
        f.addCategory();
        PlaceRow place = f.places().get(0);
        place.nameProperty().set("Frederikssund Bibliotek");
        place.streetProperty().set("Jernbanegade 2");
        place.pick(f.resolvePlace("3600 Frederikssund").orElseThrow());
        place.accessProperty().set(Access.STEP_FREE);
        f.schedules().add(ScheduleRow.weekly(DayOfWeek.TUESDAY, "10:00", "11:30"));
        ContactRow c = f.addContact();
        c.nameProperty().set("Biblioteket");
        c.phoneProperty().set("47 35 13 00");
    }
}
