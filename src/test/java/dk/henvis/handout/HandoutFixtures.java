package dk.henvis.handout;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Schedule;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Realistic offers for handout tests: every schedule kind, prices, contacts, long texts, other scripts. */
final class HandoutFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27); // a Friday

    private HandoutFixtures() {
    }

    static Offer offer(String id, String name, String description, Location loc, List<Schedule> schedules, Cost cost,
            List<Contact> contacts, String url, boolean dropIn) {
        return Offer.builder(new OfferKey("test", id), name).description(description).url(url)
                .organisation(new Organisation("org-" + id, "Ældre Sagen Frederikssund", null, null))
                .locations(loc == null ? List.of() : List.of(loc)).schedules(schedules).cost(cost)
                .categories(List.of("Samtale og netværk")).languages(List.of("da")).contacts(contacts)
                .focus(FocusLevel.FOREBYG).openDropIn(dropIn).lastChecked(TODAY).build();
    }

    static Location place(String name, String street, String postcode, String city, String transport) {
        return new Location("loc-" + street, name, street, postcode, city, 55.84, 12.07, transport, Access.STEP_FREE,
                null, false);
    }

    static Schedule weekly(DayOfWeek day, int h1, int h2) {
        return Schedule.weekly(List.of(day), LocalTime.of(h1, 0), LocalTime.of(h2, 0));
    }

    static Offer choir() {
        return offer("kor", "Seniorkoret i Medborgerhuset",
                "Vi synger danske sange og viser fra hele sangbogen, og ingen behøver kunne noder. Efter sangen "
                        + "drikker vi kaffe sammen. Koret optræder to gange om året på plejecentrene.",
                place("Medborgerhuset", "Jernbanegade 5", "3600", "Frederikssund",
                        "Bus 312 og 320R holder ved Frederikssund Station, 5 minutters gang"),
                List.of(weekly(DayOfWeek.TUESDAY, 10, 12)), new Cost(BigDecimal.ZERO, "Gratis"),
                List.of(new Contact("Bente Hansen", "Korleder", "+45 12345678", "bente@example.dk")),
                "https://example.dk/seniorkoret", true);
    }

    static Offer walk() {
        Schedule biweekly = new Schedule(Frequency.WEEKLY, 2, List.of(DayOfWeek.THURSDAY), null, null,
                LocalTime.of(14, 0), LocalTime.of(15, 30), LocalDate.of(2026, 9, 3), null, null, null);
        return offer("gaa", "Gåklubben ved fjorden",
                "En rolig gåtur på cirka 3 kilometer langs Roskilde Fjord i eget tempo. Bagefter er der kaffe.",
                place("P-pladsen ved Marbæk Skov", "Marbækvej 20", "3600", "Frederikssund", "Bus 313 til Marbækvej"),
                List.of(biweekly), Cost.UNKNOWN, List.of(new Contact("Jens", null, "23 45 67 89", null)),
                "https://example.dk/gaaklubben", true);
    }

    static Offer cafe() {
        Schedule monthly = new Schedule(Frequency.MONTHLY, 1, List.of(DayOfWeek.TUESDAY), 1, null, LocalTime.of(19, 0),
                LocalTime.of(21, 0), null, null, null, null);
        return offer("cafe", "Sorggruppe for efterladte",
                "En lille gruppe for dig, der har mistet din ægtefælle. Vi taler sammen i trygge rammer med en "
                        + "uddannet frivillig. Tilmelding er nødvendig.",
                place("Kirkens hus", "Kirkegade 2", "3630", "Jægerspris", null),
                List.of(monthly), new Cost(new BigDecimal("20"), "20 kr. for kaffe og kage"),
                List.of(new Contact("Sognepræst Anne Møller", null, "47 31 00 00", "anne@example.dk")), null, false);
    }

    static Offer knitting() {
        return offer("strik", "Strikkecafé", "Kom og strik, hækl eller sy sammen med andre.",
                place("Biblioteket", "Østergade 8", "3600", "Frederikssund", "Tog og bus til Frederikssund Station"),
                List.of(weekly(DayOfWeek.MONDAY, 13, 15), weekly(DayOfWeek.WEDNESDAY, 18, 20)),
                new Cost(new BigDecimal("22.50"), null), List.of(), "https://bibliotek.example.dk/strik", true);
    }

    static Offer online() {
        Location web = new Location("web", "Online", null, null, null, null, null, null, Access.UNKNOWN, null, true);
        return offer("net", "Snak med en frivillig på video", "Hver uge kan du tale med en frivillig over video.",
                web, List.of(Schedule.textOnly("Efter aftale")), Cost.UNKNOWN,
                List.of(new Contact(null, null, null, "snak@example.dk")), "https://example.dk/video", false);
    }

    static Offer once() {
        Schedule s = new Schedule(Frequency.ONCE, 1, List.of(), null, LocalDate.of(2026, 12, 10), LocalTime.of(17, 30),
                null, null, null, null, null);
        return offer("jul", "Julefrokost for alle", "Fællesspisning med julemad og musik.",
                place("Kulturhuset Elværket", "Havnegade 1", "3600", "Frederikssund", null), List.of(s),
                new Cost(new BigDecimal("75"), null), List.of(new Contact("Kulturhuset", null, "47 35 11 00", null)),
                "https://example.dk/julefrokost", false);
    }

    static Offer cyrillic() {
        return offer("ru", "Клуб «Самовар» для украинских семей",
                "Встречи для семей из Украины: чай, разговоры и помощь с датским языком.",
                place("Фредериксунн библиотека", "Østergade 8", "3600", "Frederikssund", "Автобус 312"),
                List.of(weekly(DayOfWeek.SATURDAY, 11, 13)), new Cost(BigDecimal.ZERO, null),
                List.of(new Contact("Олена Коваленко", null, "+45 87654321", null)), "https://example.dk/samovar", true);
    }

    static Offer arabic() {
        return offer("ar", "نادي النساء العربيات",
                "لقاء أسبوعي للنساء مع القهوة والحديث. الجميع مرحب بهن.",
                place("Beboerhuset", "Ådalen 10", "3600", "Frederikssund", null),
                List.of(weekly(DayOfWeek.WEDNESDAY, 10, 12)), new Cost(BigDecimal.ZERO, null),
                List.of(new Contact("فاطمة", null, "+45 11223344", null)), "https://example.dk/nisa", true);
    }

    /** 300-character name, 2,000-character description, long everything. */
    static Offer huge(String id) {
        String words = "Fællesskab for naboer og venner i Frederikssund med kaffe, kage, sang, spil og gode "
                + "samtaler om livet ved fjorden og i byen ";
        return offer(id, repeat(words, 300).strip(), repeat(words.replace("ved fjorden", "ved fjorden.") + ". ", 2000),
                place(repeat("Det store forsamlingshus ved den gamle skole ", 150).strip(),
                        repeat("Langgadevej ", 80) + "117", "3600", "Frederikssund",
                        repeat("Bus 312 eller 320R, stå af ved skolen og gå ned ad stien forbi kirken. ", 400)),
                List.of(weekly(DayOfWeek.MONDAY, 9, 11), weekly(DayOfWeek.WEDNESDAY, 13, 15),
                        weekly(DayOfWeek.FRIDAY, 18, 21)),
                new Cost(new BigDecimal("150"), repeat("150 kr. for hele sæsonen inklusive kaffe og materialer ", 300)),
                List.of(new Contact(repeat("Formand Karen Marie Sørensen ", 120), "Formand", "+45 11 22 33 44",
                        repeat("karen.marie.soerensen", 3) + "@example.dk")),
                "https://example.dk/" + repeat("lang-side/", 20) + id, true);
    }

    static String repeat(String s, int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) {
            sb.append(s);
        }
        String cut = sb.substring(0, chars);
        return cut;
    }

    static List<Offer> all() {
        List<Offer> list = new ArrayList<>(List.of(choir(), walk(), cafe(), knitting(), online(), once(), cyrillic(),
                arabic()));
        list.add(huge("lang1"));
        list.add(huge("lang2"));
        return list;
    }
}
