package dk.henvis.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.ImportSummary;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.OfferStore;
import dk.henvis.catalog.Schedule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImporterTest {
    @TempDir
    Path dir;
    OfferStore store;
    CatalogImporter importer;

    @BeforeEach
    void open() {
        store = new OfferStore(Database.open(dir.resolve("henvis.db")));
        importer = new CatalogImporter(store, Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
    }

    private Map<String, Offer> byId() {
        return store.all().stream().collect(Collectors.toMap(Offer::id, Function.identity()));
    }

    @Test
    void detectsEveryFormatFromTheContentNotTheName() throws IOException {
        Path disguised = dir.resolve("events.txt");
        Files.copy(Fixtures.path("kultunaut.xml"), disguised);
        assertThat(importer.detect(Fixtures.path("hsds-messy.json"))).isEqualTo(SourceFormat.HSDS_JSON);
        assertThat(importer.detect(Fixtures.path("hsds-page.json"))).isEqualTo(SourceFormat.HSDS_JSON);
        assertThat(importer.detect(Fixtures.path("kultunaut.json"))).isEqualTo(SourceFormat.KULTUNAUT_JSON);
        assertThat(importer.detect(disguised)).isEqualTo(SourceFormat.KULTUNAUT_XML);
        assertThat(importer.detect(Fixtures.path("hsds-package"))).isEqualTo(SourceFormat.HSDS_PACKAGE);
        assertThat(importer.detect(Fixtures.packageZip(dir))).isEqualTo(SourceFormat.HSDS_PACKAGE);
    }

    @Test
    void messyHsdsJsonBecomesCleanOffers() {
        ImportSummary summary = importer.importFiles("kommunen", List.of(Fixtures.path("hsds-messy.json")));
        assertThat(summary).isEqualTo(new ImportSummary(3, 0, 0, 0));
        Map<String, Offer> offers = byId();

        Offer kor = offers.get("fk-kor-1");
        assertThat(kor.key()).isEqualTo(new OfferKey("kommunen", "fk-kor-1"));
        assertThat(kor.name()).isEqualTo("Seniorkoret Sølvstænk");
        assertThat(kor.description()).isEqualTo(
                "Vi synger danske sange og viser fra hele verden.\n\nKaffe bagefter.\nAlle er velkomne!");
        assertThat(kor.ages()).isEqualTo(new AgeRange(60, 99));
        assertThat(kor.cost().amountDkk()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(kor.cost().text()).isEqualTo("Gratis, kaffe 10 kr.");
        assertThat(kor.lastChecked()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(kor.organisation().name()).isEqualTo("Ældre Sagen Frederikssund");
        assertThat(kor.organisation().url()).isEqualTo("https://example.dk/as");
        Location loc = kor.primaryLocation();
        assertThat(loc.street()).isEqualTo("Jernbanegade 5");
        assertThat(loc.postcode()).isEqualTo("3600");
        assertThat(loc.longitude()).isEqualTo(12.0686);
        assertThat(loc.transport()).isEqualTo("Bus 312 holder ved døren");
        assertThat(loc.access()).isEqualTo(Access.STEP_FREE);
        assertThat(loc.accessibility()).isEqualTo("Niveaufri adgang: handicaptoilet i stuen");
        assertThat(loc.online()).isFalse();
        assertThat(kor.schedules()).containsExactly(
                new Schedule(Frequency.WEEKLY, 1, List.of(DayOfWeek.TUESDAY), null, null, LocalTime.of(10, 0),
                        LocalTime.of(12, 0), LocalDate.of(2026, 8, 1), null, null, null),
                new Schedule(Frequency.MONTHLY, 1, List.of(DayOfWeek.THURSDAY), 1, null, LocalTime.of(19, 0),
                        LocalTime.of(21, 30), null, null, null, "Koncert første torsdag"));
        assertThat(kor.focus()).isEqualTo(FocusLevel.FOREBYG);
        assertThat(kor.categories()).containsExactly("Sang og musik", "Musik");
        assertThat(kor.targetGroups()).containsExactly("senior");
        assertThat(kor.tags()).containsExactly("kor", "fællessang", "Food Pantry");
        assertThat(kor.openDropIn()).isTrue();
        assertThat(kor.languages()).containsExactly("da", "en");
        assertThat(kor.contacts()).containsExactly(
                new Contact("Bente Hansen", "Korleder", "+45 12 34 56 78", "bente@example.dk"),
                new Contact(null, null, "47 35 00 00", null));

        Offer men = offers.get("42");
        assertThat(men.status()).isEqualTo(OfferStatus.TEMPORARILY_CLOSED);
        assertThat(men.description()).isEqualTo("Plain text\n\nwith odd whitespace");
        assertThat(men.primaryLocation().online()).isTrue();
        assertThat(men.primaryLocation().access()).isEqualTo(Access.NOT_STEP_FREE);
        assertThat(men.audienceSex()).isEqualTo(AudienceSex.MEN);
        assertThat(men.targetGroups()).containsExactly("ensomme");
        assertThat(men.cost().amountDkk()).isEqualByComparingTo("50");
        assertThat(men.schedules()).hasSize(3);
        assertThat(men.schedules().get(0).interval()).isEqualTo(2);
        assertThat(men.schedules().get(0).days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(men.schedules().get(1).frequency()).isEqualTo(Frequency.ONCE);
        assertThat(men.schedules().get(1).date()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(men.schedules().get(2).isStructured()).isFalse();
        assertThat(men.schedules().get(2).description()).isEqualTo("Efter aftale");

        Offer minimal = offers.get("minimal");
        assertThat(minimal.status()).isEqualTo(OfferStatus.ACTIVE);
        assertThat(minimal.cost().isKnown()).isFalse();
        assertThat(minimal.locations()).isEmpty();
        assertThat(minimal.focus()).isNull();
    }

    @Test
    void reimportUpdatesByIdInsteadOfDuplicating() {
        importer.importFiles("kommunen", List.of(Fixtures.path("hsds-messy.json")));
        ImportSummary again = importer.importFiles("kommunen", List.of(Fixtures.path("hsds-messy.json")));
        assertThat(again).isEqualTo(new ImportSummary(0, 0, 3, 0));
        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void apiPageEnvelopeIsRead() {
        importer.importFiles("side", List.of(Fixtures.path("hsds-page.json")));
        Map<String, Offer> offers = byId();
        assertThat(offers).containsOnlyKeys("p1", "p2");
        assertThat(offers.get("p1").cost().isFree()).isTrue();
        assertThat(offers.get("p1").categories()).containsExactly("Læsning og litteratur");
        assertThat(offers.get("p2").status()).isEqualTo(OfferStatus.INACTIVE);
    }

    @Test
    void kultunautJsonEventsBecomeOffersWithSchedules() {
        importer.importFiles("kultunaut", List.of(Fixtures.path("kultunaut.json")));
        Map<String, Offer> offers = byId();

        Offer sang = offers.get("1234567");
        assertThat(sang.name()).isEqualTo("Fællessang i Kulturhuset");
        assertThat(sang.description()).isEqualTo("Vi synger fra Højskolesangbogen.\n\nKaffe & kage.");
        assertThat(sang.focus()).isNull();
        assertThat(sang.cost().isFree()).isTrue();
        assertThat(sang.targetGroups()).containsExactly("senior");
        assertThat(sang.categories()).contains("Sang og musik");
        assertThat(sang.tags()).contains("Musik", "Fællessang");
        assertThat(sang.organisation().name()).isEqualTo("Frederikssund Bibliotekerne");
        assertThat(sang.primaryLocation().addressLine()).isEqualTo("Jernbanegade 5, 3600 Frederikssund");
        assertThat(sang.primaryLocation().latitude()).isEqualTo(55.8396);
        assertThat(sang.provenance().sourceChanged()).isEqualTo(Instant.parse("2026-11-20T09:15:00Z"));
        Schedule once = sang.schedules().get(0);
        assertThat(once.frequency()).isEqualTo(Frequency.ONCE);
        assertThat(once.date()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(once.opensAt()).isEqualTo(LocalTime.of(13, 45));
        assertThat(once.closesAt()).isEqualTo(LocalTime.of(20, 0));
        assertThat(once.description()).isEqualTo("kl. 13.45-20");

        Offer yoga = offers.get("kn-2");
        Schedule weekly = yoga.schedules().get(0);
        assertThat(weekly.frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(weekly.days()).containsExactly(DayOfWeek.TUESDAY);
        assertThat(weekly.opensAt()).isEqualTo(LocalTime.of(19, 0));
        assertThat(weekly.closesAt()).isEqualTo(LocalTime.of(20, 30));
        assertThat(weekly.validFrom()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(weekly.validTo()).isEqualTo(LocalDate.of(2027, 5, 26));
        assertThat(weekly.sessions()).isEqualTo(20);
        assertThat(yoga.cost().amountDkk()).isEqualByComparingTo("50");
        assertThat(yoga.tags()).containsExactly("Motion", "Yoga");
        assertThat(yoga.categories()).containsExactly("Motion og bevægelse");

        Offer udstilling = offers.get("kn-3");
        Schedule period = udstilling.schedules().get(0);
        assertThat(period.isStructured()).isFalse();
        assertThat(period.validFrom()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(period.validTo()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(period.description()).isEqualTo("Se museets åbningstider");
        assertThat(udstilling.cost().isFree()).isTrue();
    }

    @Test
    void kultunautXmlEventsBecomeOffers() {
        importer.importFiles("kultunaut-xml", List.of(Fixtures.path("kultunaut.xml")));
        Map<String, Offer> offers = byId();
        assertThat(offers).containsOnlyKeys("9876543", "https://example.dk/strik");

        Offer banko = offers.get("9876543");
        assertThat(banko.name()).isEqualTo("Banko i Slangerup");
        assertThat(banko.description()).isEqualTo("Stort banko med gevinster.");
        assertThat(banko.primaryLocation().name()).isEqualTo("Slangerup Idrætscenter");
        assertThat(banko.primaryLocation().street()).isEqualTo("Skolevej 2");
        assertThat(banko.primaryLocation().postcode()).isEqualTo("3550");
        assertThat(banko.primaryLocation().city()).isEqualTo("Slangerup");
        assertThat(banko.categories()).containsExactly("Spil og kort");
        assertThat(banko.schedules().get(0)).isEqualTo(new Schedule(Frequency.ONCE, 1, List.of(), null,
                LocalDate.of(2026, 12, 5), LocalTime.of(10, 0), LocalTime.of(12, 0), null, null, null, "kl. 10-12"));

        Offer strik = offers.get("https://example.dk/strik");
        assertThat(strik.description()).isEqualTo("Tag dit strikketøj med & få en snak.");
        Schedule s = strik.schedules().get(0);
        assertThat(s.frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(s.interval()).isEqualTo(2);
        assertThat(s.days()).containsExactly(DayOfWeek.THURSDAY);
        assertThat(s.opensAt()).isEqualTo(LocalTime.of(14, 0));
        assertThat(s.validTo()).isEqualTo(LocalDate.of(2027, 6, 24));
        assertThat(strik.categories()).containsExactly("Håndarbejde og kreativitet");
    }

    @Test
    void dataPackageFolderAndZipGiveTheSameOffers() throws IOException {
        importer.importFiles("mappe", List.of(Fixtures.path("hsds-package")));
        importer.importFiles("zip", List.of(Fixtures.packageZip(dir)));
        List<Offer> all = store.all();
        List<Offer> folder = all.stream().filter(o -> o.key().source().equals("mappe")).toList();
        List<Offer> zip = all.stream().filter(o -> o.key().source().equals("zip")).toList();
        assertThat(folder).hasSize(2);

        Offer kor = folder.stream().filter(o -> o.id().equals("s1")).findFirst().orElseThrow();
        assertThat(kor.description()).isEqualTo("Vi synger, hver tirsdag.");
        assertThat(kor.organisation().name()).isEqualTo("Ældre Sagen Skibby");
        assertThat(kor.ages()).isEqualTo(new AgeRange(60, null));
        assertThat(kor.cost().isFree()).isTrue();
        assertThat(kor.focus()).isEqualTo(FocusLevel.STOETTE);
        assertThat(kor.categories()).containsExactly("Sang og musik");
        assertThat(kor.languages()).containsExactly("da");
        assertThat(kor.contacts()).containsExactly(new Contact("Karen", "Korleder", "22 33 44 55",
                "karen@example.dk"));
        assertThat(kor.primaryLocation().addressLine()).isEqualTo("Hovedgaden 40, 4050 Skibby");
        assertThat(kor.primaryLocation().access()).isEqualTo(Access.STEP_FREE);
        assertThat(kor.primaryLocation().transport()).isEqualTo("Bus 233");
        assertThat(kor.schedules()).containsExactly(Schedule.weekly(List.of(DayOfWeek.TUESDAY),
                LocalTime.of(10, 0), LocalTime.of(12, 0)));

        Offer tur = folder.stream().filter(o -> o.id().equals("s2")).findFirst().orElseThrow();
        assertThat(tur.audienceSex()).isEqualTo(AudienceSex.WOMEN);
        assertThat(tur.eligibility()).isEqualTo("Kun for kvinder");
        assertThat(tur.schedules().get(0).interval()).isEqualTo(2);
        assertThat(tur.schedules().get(0).days()).containsExactly(DayOfWeek.SATURDAY);
        assertThat(tur.contacts()).containsExactly(new Contact(null, null, "47 35 11 11", null));
        assertThat(zip.stream().map(o -> o.withProvenance(null)).map(o -> o.name() + o.schedules() + o.contacts())
                .toList()).isEqualTo(folder.stream().map(o -> o.name() + o.schedules() + o.contacts()).toList());
    }

    @Test
    void severalFilesLandInOneTransaction() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "[{\"id\": \"x\", \"name\": \"X\"}, {\"id\": ");
        assertThatThrownBy(() -> importer.importFiles("kilde",
                List.of(Fixtures.path("hsds-messy.json"), Fixtures.path("hsds-page.json"), broken)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("broken.json");
        assertThat(store.count()).isZero();

        ImportSummary ok = importer.importFiles("kilde",
                List.of(Fixtures.path("hsds-messy.json"), Fixtures.path("hsds-page.json")));
        assertThat(ok.added()).isEqualTo(5);
    }

    @Test
    void syncModeWithdrawsWhatTheFileNoLongerHolds() throws IOException {
        importer.importFile("kilde", Fixtures.path("hsds-messy.json"), null, OfferStore.Mode.WITHDRAW_MISSING);
        Path smaller = dir.resolve("smaller.json");
        Files.writeString(smaller, "[{\"id\": \"minimal\", \"name\": \"Bare et navn\"}]");
        ImportSummary sync = importer.importFile("kilde", smaller, SourceFormat.HSDS_JSON,
                OfferStore.Mode.WITHDRAW_MISSING);
        assertThat(sync).isEqualTo(new ImportSummary(0, 0, 1, 2));
        assertThat(store.isWithdrawn(new OfferKey("kilde", "42"))).isTrue();
        assertThat(store.isWithdrawn(new OfferKey("kilde", "minimal"))).isFalse();
    }
}
