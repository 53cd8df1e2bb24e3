package dk.henvis.handout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Schedule;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoutTextsTest {
    private static final LocalTime TEN = LocalTime.of(10, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private static String plain(String s) {
        return s == null ? null : s.replace('\u00A0', ' ');
    }

    private static Schedule s(Frequency f, int interval, List<DayOfWeek> days, Integer week, LocalDate date) {
        return new Schedule(f, interval, days, week, date, TEN, NOON, null, null, null, null);
    }

    @Test
    void schedulesReadAsPlainDanish() {
        assertThat(plain(HandoutTexts.schedule(Schedule.weekly(List.of(DayOfWeek.TUESDAY), TEN, NOON))))
                .isEqualTo("Tirsdage kl. 10.00–12.00");
        assertThat(plain(HandoutTexts.schedule(Schedule.weekly(List.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), TEN, null)))).isEqualTo("Mandage, onsdage og fredage kl. 10.00");
        assertThat(plain(HandoutTexts.schedule(s(Frequency.WEEKLY, 2, List.of(DayOfWeek.THURSDAY), null, null))))
                .isEqualTo("Hver anden torsdag kl. 10.00–12.00");
        assertThat(plain(HandoutTexts.schedule(s(Frequency.MONTHLY, 1, List.of(DayOfWeek.TUESDAY), 1, null))))
                .isEqualTo("Første tirsdag i måneden kl. 10.00–12.00");
        assertThat(plain(HandoutTexts.schedule(s(Frequency.MONTHLY, 1, List.of(DayOfWeek.FRIDAY), -1, null))))
                .isEqualTo("Sidste fredag i måneden kl. 10.00–12.00");
        assertThat(plain(HandoutTexts.schedule(s(Frequency.ONCE, 1, List.of(), null, LocalDate.of(2026, 12, 10)))))
                .isEqualTo("Torsdag den 10. december 2026 kl. 10.00–12.00");
        assertThat(HandoutTexts.schedule(Schedule.textOnly("Efter aftale"))).isEqualTo("Efter aftale");
    }

    @Test
    void nextTimeIsShownOnlyWhenTheDateIsCertain() {
        OfferText walk = HandoutTexts.of(HandoutFixtures.walk(), HandoutFixtures.TODAY);
        assertThat(plain(walk.next())).isEqualTo("Næste gang: torsdag den 10. december");
        OfferText choir = HandoutTexts.of(HandoutFixtures.choir(), HandoutFixtures.TODAY);
        assertThat(plain(choir.next())).isEqualTo("Næste gang: tirsdag den 1. december");
        // every second Thursday, but which weeks is not known: no date rather than a wrong one
        var unpinned = HandoutFixtures.offer("x", "Gåtur", null, null,
                List.of(s(Frequency.WEEKLY, 2, List.of(DayOfWeek.THURSDAY), null, null)), Cost.UNKNOWN, List.of(), null,
                false);
        assertThat(HandoutTexts.of(unpinned, HandoutFixtures.TODAY).next()).isNull();
        assertThat(plain(HandoutTexts.date(LocalDate.of(2027, 1, 5), HandoutFixtures.TODAY, false)))
                .isEqualTo("tirsdag den 5. januar 2027");
    }

    @Test
    void pricesAreFreeAnAmountOrAskTheOrganiser() {
        assertThat(HandoutTexts.price(new Cost(BigDecimal.ZERO, null))).isEqualTo("Gratis");
        assertThat(HandoutTexts.price(new Cost(new BigDecimal("20"), null))).isEqualTo("20 kr.");
        assertThat(HandoutTexts.price(new Cost(new BigDecimal("22.50"), null))).isEqualTo("22,50 kr.");
        assertThat(HandoutTexts.price(new Cost(new BigDecimal("1250"), null))).isEqualTo("1.250 kr.");
        assertThat(HandoutTexts.price(new Cost(new BigDecimal("10"), "kaffe 10 kr."))).isEqualTo("Kaffe 10 kr.");
        assertThat(HandoutTexts.price(Cost.UNKNOWN)).isEqualTo("Spørg arrangøren");
    }

    @Test
    void contactPutsNameAndPhoneBeforeEmail() {
        var o = HandoutFixtures.offer("x", "X", null, null, List.of(), Cost.UNKNOWN,
                List.of(new Contact("Bente", "Formand", "+45 12345678", "bente@example.dk")), null, false);
        assertThat(HandoutTexts.contact(o)).extracting(HandoutTextsTest::plain)
                .containsExactly("Bente", "tlf. 12 34 56 78", "bente@example.dk");
    }

    @Test
    void summaryKeepsOneOrTwoSentences() {
        assertThat(HandoutTexts.summary("Vi synger. Vi drikker kaffe. Vi går hjem.")).isEqualTo("Vi synger. Vi drikker kaffe.");
        String longFirst = "Vi synger " + "meget ".repeat(40) + "godt. Og så videre.";
        assertThat(HandoutTexts.summary(longFirst)).isEqualTo("Vi synger " + "meget ".repeat(40) + "godt.");
        assertThat(HandoutTexts.summary("Mødes kl. 10 i salen.")).isEqualTo("Mødes kl. 10 i salen.");
        assertThat(HandoutTexts.summary("  ")).isNull();
    }

    @Test
    void theSourcesNoticeOrHowToJoinIsPrintedWhereItMatters() {
        dk.henvis.catalog.Offer choir = HandoutFixtures.choir();
        dk.henvis.catalog.Offer full = choir.toBuilder().openDropIn(true).details(new dk.henvis.catalog.ServiceDetails(
                "Ring til Bente", "Holdet er fuldt", null, null, null, null)).build();
        dk.henvis.catalog.Offer call = choir.toBuilder().openDropIn(false).details(new dk.henvis.catalog.ServiceDetails(
                "Ring til Bente", null, null, null, null, null)).build();

        assertThat(HandoutTexts.of(full, HandoutFixtures.TODAY).dropIn()).isEqualTo("Holdet er fuldt");
        assertThat(HandoutTexts.of(call, HandoutFixtures.TODAY).dropIn()).isEqualTo("Sådan kommer du med: Ring til Bente");
    }
}
