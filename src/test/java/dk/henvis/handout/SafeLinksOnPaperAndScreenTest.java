package dk.henvis.handout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import dk.henvis.catalog.TestOffers;
import dk.henvis.ui.common.OfferText;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 18, item 4: only http, https, mailto and tel links reach the citizen, on paper (and its QR code) and on screen. */
class SafeLinksOnPaperAndScreenTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Offer withUrl(String url) {
        return TestOffers.offer("kommunen", "kor", "Seniorkoret").toBuilder().url(url).build();
    }

    @Test
    void scriptAndDataLinksNeverReachTheHandoutOrItsQrCode() {
        for (String bad : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "file:///etc/passwd", " javascript:x"}) {
            assertThat(HandoutTexts.of(withUrl(bad), TODAY).url()).as(bad).isNull();
            assertThat(OfferText.contact(withUrl(bad))).as(bad).doesNotContain(bad.strip());
        }
        for (String good : new String[] {"https://kor.dk/tilmeld", "http://kor.dk", "mailto:kor@kor.dk", "tel:+4547351000"}) {
            assertThat(HandoutTexts.of(withUrl(good), TODAY).url()).isEqualTo(good);
        }
    }
}
