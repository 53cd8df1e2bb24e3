package dk.henvis.ui.offereditor;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Provenance;
import dk.henvis.catalog.Schedule;
import dk.henvis.curation.Problem.Field;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.Match;
import dk.henvis.matching.MatchingService;
import dk.henvis.catalog.OfferStore;
import dk.henvis.formats.CatalogImporter;
import dk.henvis.ui.TestUiServices;
import dk.henvis.ui.concurrent.SameThreadTaskExecutor;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offer form without a screen: messages next to the fields, what is saved, duplicate, retire, adopt. */
class OfferEditorViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    TestUiServices services;
    OfferEditorViewModel form;
    final List<Offer> savedEvents = new ArrayList<>();

    @BeforeEach
    void open() {
        services = new TestUiServices(dir);
        form = newForm();
    }

    private OfferEditorViewModel newForm() {
        OfferEditorViewModel f = new OfferEditorViewModel(services.curation(), Gazetteer.bundled(),
                new SameThreadTaskExecutor(), services.clock());
        f.onSaved(savedEvents::add);
        return f;
    }

    /** Types the reading club of the issue into the form, the place picked from the gazetteer. */
    private void typeReadingClub(OfferEditorViewModel f) {
        f.nameProperty().set("Læseklub i Jægerspris");
        f.descriptionProperty().set("Vi læser en bog om måneden og snakker om den over en kop kaffe.");
        f.organisationProperty().set("Jægerspris Bibliotek");
        f.urlProperty().set("https://bibliotek.frederikssund.dk/laeseklub");
        f.ageMinProperty().set("18");
        f.priceKindProperty().set(PriceKind.FREE);
        f.focusProperty().set(FocusLevel.FOREBYG);
        f.targetGroupDraftProperty().set("Senior");
        f.addTargetGroup();
        f.tagDraftProperty().set("læseklub");
        f.addTag();
        f.categoryDraftProperty().set("Læsning og litteratur");
        f.addCategory();
        PlaceRow place = f.places().get(0);
        place.nameProperty().set("Jægerspris Bibliotek");
        place.streetProperty().set("Hovedgaden 18");
        place.pick(f.resolvePlace("3630 Jægerspris").orElseThrow());
        place.accessProperty().set(Access.STEP_FREE);
        place.transportProperty().set("Bus 313 til Hovedgaden");
        f.schedules().add(ScheduleRow.weekly(DayOfWeek.TUESDAY, "14:00", "16"));
        ContactRow c = f.addContact();
        c.nameProperty().set("Birgit");
        c.roleProperty().set("Bibliotekar");
        c.phoneProperty().set("47 35 10 00");
        c.emailProperty().set("birgit@frederikssund.dk");
    }

    @Test
    void eachProblemIsShownNextToItsFieldAndNothingIsSaved() {
        form.startNew();
        assertThat(form.readyProperty().get()).isTrue();

        assertThat(form.save()).isFalse();
        assertThat(form.errors().message(Field.NAME)).isEqualTo("Skriv tilbuddets navn.");
        assertThat(form.errors().message(Field.SCHEDULES))
                .isEqualTo("Angiv mindst én mødetid eller skriv 'efter aftale'.");
        assertThat(form.messageProperty().get()).contains("Intet er gemt").contains("2 markerede felter");

        typeReadingClub(form);
        form.ageMinProperty().set("tres");
        form.ageMaxProperty().set("");
        ScheduleRow row = form.schedules().get(0);
        row.opensProperty().set("25:00");
        ContactRow contact = form.contacts().get(0);
        contact.phoneProperty().set("4735");
        contact.emailProperty().set("birgit@");
        PlaceRow place = form.places().get(0);
        place.latitudeProperty().set("50,1");
        form.emailProperty().set("læseklub");

        assertThat(form.save()).isFalse();
        assertThat(form.errors().message(Field.NAME)).isEmpty();
        assertThat(form.errors().message(Field.AGE_MIN)).isEqualTo("Skriv alderen som et helt tal, fx 60.");
        assertThat(row.errors().message(Field.SCHEDULE_OPENS)).isEqualTo("'25:00' er ikke et klokkeslæt; skriv fx 14:00");

        // once the numbers can be read, the rules speak
        form.ageMinProperty().set("70");
        form.ageMaxProperty().set("60");
        row.opensProperty().set("17:00");
        assertThat(form.errors().message(Field.AGE_MIN))
                .isEqualTo("Mindstealderen (70) er højere end den højeste alder (60).");
        assertThat(row.errors().message(Field.SCHEDULE_OPENS)).isEmpty();
        assertThat(row.errors().message(Field.SCHEDULE_CLOSES))
                .isEqualTo("Sluttidspunktet skal ligge efter starttidspunktet.");
        assertThat(contact.errors().message(Field.CONTACT_PHONE))
                .isEqualTo("'4735' er ikke et telefonnummer; skriv 8 cifre, fx 47 35 10 00");
        assertThat(contact.errors().message(Field.CONTACT_EMAIL)).contains("'birgit@' er ikke en e-mailadresse");
        assertThat(place.errors().message(Field.PLACE_COORDINATES)).isEqualTo("Koordinaterne ligger uden for Danmark.");
        assertThat(form.errors().message(Field.EMAIL)).contains("'læseklub' er ikke en e-mailadresse");
        assertThat(form.save()).isFalse();
        assertThat(services.offers().count()).isZero();

        // a new schedule row: no weekday; a period that ends before it starts
        ScheduleRow second = form.addSchedule();
        second.opensProperty().set("10");
        second.validFromProperty().set(LocalDate.of(2027, 3, 1));
        second.validToProperty().set(LocalDate.of(2027, 1, 1));
        assertThat(second.errors().message(Field.SCHEDULE_DAYS)).isEqualTo("Vælg mindst én ugedag.");
        assertThat(second.errors().message(Field.SCHEDULE_VALID_TO)).isEqualTo("Slutdatoen ligger før startdatoen.");
        form.schedules().remove(second);

        // correcting each field takes its message away at once
        form.ageMinProperty().set("18");
        form.ageMaxProperty().set("");
        row.opensProperty().set("14:00");
        contact.phoneProperty().set("+45 47 35 10 00");
        contact.emailProperty().set("birgit@frederikssund.dk");
        place.pick(form.resolvePlace("Jægerspris").orElseThrow());
        form.emailProperty().set("");
        assertThat(form.problemCount()).isZero();
        assertThat(form.save()).isTrue();
        assertThat(services.offers().count()).isEqualTo(1);
    }

    @Test
    void efterAftaleIsAMeetingTime() {
        form.startNew();
        form.nameProperty().set("Besøgsven");
        form.byAppointmentProperty().set(true);
        assertThat(form.save()).isTrue();
        Offer saved = form.savedProperty().get();
        assertThat(saved.schedules()).containsExactly(Schedule.textOnly("Efter aftale"));
    }

    @Test
    void anOfferWithoutAnyPlaceIsSavedWithAWarningThatGoesOnceAPlaceIsGiven() {
        form.startNew();
        assertThat(form.noPlaceProperty().get()).as("no warning before a save").isFalse();
        form.nameProperty().set("Besøgsven");
        form.byAppointmentProperty().set(true);
        assertThat(form.save()).as("a warning, not a block").isTrue();
        Offer saved = services.offers().find(form.savedProperty().get().key()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Besøgsven");
        assertThat(form.noPlaceProperty().get()).isTrue();
        assertThat(form.messageProperty().get()).isEqualTo("'Besøgsven' er gemt – uden sted. Se advarslen under Hvor.");

        form.places().get(0).postcodeProperty().set("3630");
        assertThat(form.noPlaceProperty().get()).as("gone as soon as a place is given").isFalse();
        form.places().get(0).cityProperty().set("Jægerspris");
        assertThat(form.save()).isTrue();
        assertThat(form.noPlaceProperty().get()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo("Ændringerne i 'Besøgsven' er gemt.");

        // online is a place of its own: no warning
        form.startNew();
        form.nameProperty().set("Snak på video");
        form.byAppointmentProperty().set(true);
        form.places().get(0).onlineProperty().set(true);
        assertThat(form.save()).isTrue();
        assertThat(form.noPlaceProperty().get()).isFalse();
    }

    @Test
    void theSavedOfferIsWhatWasEntered() {
        form.startNew();
        typeReadingClub(form);
        assertThat(form.save()).isTrue();

        Offer saved = services.offers().find(form.savedProperty().get().key()).orElseThrow();
        assertThat(savedEvents).extracting(Offer::key).containsExactly(saved.key());
        assertThat(saved.key().source()).isEqualTo("kommunen");
        assertThat(saved.name()).isEqualTo("Læseklub i Jægerspris");
        assertThat(saved.organisation().name()).isEqualTo("Jægerspris Bibliotek");
        assertThat(saved.url()).isEqualTo("https://bibliotek.frederikssund.dk/laeseklub");
        assertThat(saved.ages()).isEqualTo(new AgeRange(18, null));
        assertThat(saved.cost().isFree()).isTrue();
        assertThat(saved.focus()).isEqualTo(FocusLevel.FOREBYG);
        assertThat(saved.targetGroups()).containsExactly("senior");
        assertThat(saved.tags()).containsExactly("læseklub");
        assertThat(saved.categories()).containsExactly("Læsning og litteratur");
        assertThat(saved.languages()).containsExactly("da");
        assertThat(saved.lastChecked()).isEqualTo(TODAY);
        assertThat(saved.status()).isEqualTo(OfferStatus.ACTIVE);
        Location place = saved.locations().get(0);
        assertThat(place.name()).isEqualTo("Jægerspris Bibliotek");
        assertThat(place.street()).isEqualTo("Hovedgaden 18");
        assertThat(place.postcode()).isEqualTo("3630");
        assertThat(place.city()).isEqualTo("Jægerspris");
        assertThat(place.latitude()).isBetween(55.8, 55.9);
        assertThat(place.longitude()).isBetween(11.9, 12.1);
        assertThat(place.access()).isEqualTo(Access.STEP_FREE);
        assertThat(place.transport()).isEqualTo("Bus 313 til Hovedgaden");
        assertThat(saved.schedules()).containsExactly(Schedule.weekly(List.of(DayOfWeek.TUESDAY),
                LocalTime.of(14, 0), LocalTime.of(16, 0)));
        assertThat(saved.contacts()).containsExactly(
                new Contact("Birgit", "Bibliotekar", "47 35 10 00", "birgit@frederikssund.dk"));

        // opened again, the form shows it as saved; a change is saved in place
        OfferEditorViewModel again = newForm();
        again.startEdit(saved.key());
        assertThat(again.purposeProperty().get()).isEqualTo(OfferEditorViewModel.Purpose.EDIT);
        assertThat(again.nameProperty().get()).isEqualTo("Læseklub i Jægerspris");
        assertThat(again.schedules().get(0).closesProperty().get()).isEqualTo("16:00");
        assertThat(again.places().get(0).latitudeProperty().get()).contains(",");
        ScheduleRow monthly = again.schedules().get(0);
        monthly.rhythmProperty().set(ScheduleRow.Rhythm.MONTHLY);
        monthly.monthWeekProperty().set(2);
        again.priceKindProperty().set(PriceKind.AMOUNT);
        again.priceAmountProperty().set("25,50");
        again.priceTextProperty().set("Kaffe inklusive");
        assertThat(again.save()).isTrue();
        Offer changed = services.offers().find(saved.key()).orElseThrow();
        Schedule s = changed.schedules().get(0);
        assertThat(s.frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(s.monthWeek()).isEqualTo(2);
        assertThat(s.days()).containsExactly(DayOfWeek.TUESDAY);
        assertThat(changed.cost().amountDkk()).isEqualByComparingTo(new BigDecimal("25.50"));
        assertThat(services.offers().all()).hasSize(1);
        assertThat(again.messageProperty().get()).isEqualTo("Ændringerne i 'Læseklub i Jægerspris' er gemt.");
    }

    @Test
    void aDuplicateIsSavedAsASecondOfferAndTheOriginalStays() {
        form.startNew();
        typeReadingClub(form);
        form.save();
        Offer original = form.savedProperty().get();

        OfferEditorViewModel copy = newForm();
        copy.startDuplicate(original.key());
        assertThat(copy.nameProperty().get()).isEqualTo("Læseklub i Jægerspris (kopi)");
        assertThat(copy.titleProperty().get()).startsWith("Dupliker");
        copy.nameProperty().set("Læseklub i Jægerspris – torsdagsholdet");
        copy.schedules().get(0).day(DayOfWeek.TUESDAY).set(false);
        copy.schedules().get(0).day(DayOfWeek.THURSDAY).set(true);
        assertThat(copy.save()).isTrue();

        assertThat(services.offers().active()).extracting(Offer::name)
                .containsExactlyInAnyOrder("Læseklub i Jægerspris", "Læseklub i Jægerspris – torsdagsholdet");
        assertThat(services.offers().find(original.key()).orElseThrow().schedules().get(0).days())
                .containsExactly(DayOfWeek.TUESDAY);
    }

    @Test
    void aRetiredOfferIsNoLongerMatched() {
        form.startNew();
        typeReadingClub(form);
        form.save();
        Offer club = form.savedProperty().get();
        MatchingService matching = services.core().matching();
        CitizenProfile reader = new CitizenProfile(72, "3630", null, List.of("læse"), Set.of(), null, List.of(), null,
                List.of(), List.of());
        assertThat(keys(matching, reader)).contains(club.key());

        form.retire(club.key());

        assertThat(form.messageProperty().get()).contains("trukket tilbage");
        assertThat(savedEvents).hasSize(2);
        matching.refresh();
        assertThat(keys(matching, reader)).doesNotContain(club.key());
        assertThat(services.offers().find(club.key()).orElseThrow().status()).isEqualTo(OfferStatus.INACTIVE);
        OfferEditorViewModel again = newForm();
        again.startEdit(club.key());
        assertThat(again.statusProperty().get()).isEqualTo(OfferStatus.INACTIVE);
    }

    @Test
    void anAdoptedKultunautOfferKeepsItsLinkAndEnrichmentThroughAResync() {
        CatalogImporter importer = new CatalogImporter(services.offers(), Clock.systemUTC());
        Path kultunaut = Path.of("sample-data", "kultunaut-events.json");
        importer.importFiles("kultunaut", List.of(kultunaut));
        OfferKey original = new OfferKey("kultunaut", "4210615");

        form.startAdopt(original);
        assertThat(form.purposeProperty().get()).isEqualTo(OfferEditorViewModel.Purpose.ADOPT);
        assertThat(form.nameProperty().get()).isEqualTo("Seniorbio – onsdagsfilm med kaffe");
        form.focusProperty().set(FocusLevel.TIDLIG);
        form.targetGroupDraftProperty().set("enke");
        form.addTargetGroup();
        form.places().get(0).accessProperty().set(Access.STEP_FREE);
        if (form.schedules().isEmpty()) {
            form.schedules().add(ScheduleRow.weekly(DayOfWeek.WEDNESDAY, "10:30", ""));
        }
        assertThat(form.save()).as(form.messageProperty().get()).isTrue();
        Offer copy = form.savedProperty().get();
        assertThat(Provenance.adoptedFrom(copy)).isEqualTo(original);

        importer.importFile("kultunaut", kultunaut, null, OfferStore.Mode.WITHDRAW_MISSING);

        MatchingService matching = services.core().matching();
        CitizenProfile filmFan = new CitizenProfile(75, "3600", null, List.of("film"), Set.of(), null, List.of(),
                null, List.of(), List.of());
        List<Match> matches = matching.match(filmFan, 50, TODAY).matches();
        assertThat(matches).filteredOn(m -> m.offer().name().startsWith("Seniorbio")).hasSize(1)
                .extracting(m -> m.offer().key()).containsExactly(copy.key());
        Offer stored = services.offers().find(copy.key()).orElseThrow();
        assertThat(stored.focus()).isEqualTo(FocusLevel.TIDLIG);
        assertThat(stored.targetGroups()).contains("enke");
        assertThat(stored.locations().get(0).access()).isEqualTo(Access.STEP_FREE);

        OfferEditorViewModel again = newForm();
        again.startAdopt(original);
        assertThat(again.purposeProperty().get()).as("adopting again edits the copy")
                .isEqualTo(OfferEditorViewModel.Purpose.EDIT);
        assertThat(again.base().key()).isEqualTo(copy.key());
    }

    private static List<OfferKey> keys(MatchingService matching, CitizenProfile p) {
        return matching.match(p, 50, TODAY).matches().stream().map(m -> m.offer().key()).toList();
    }
}
