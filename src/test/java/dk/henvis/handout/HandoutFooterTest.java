package dk.henvis.handout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Offer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The handout's footer names the worker's own unit and phone when they were given at first start. */
class HandoutFooterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static String footerOf(HandoutSettings settings) {
        Offer offer = HandoutFixtures.choir();
        byte[] pdf = new HandoutRenderer(settings)
                .render(new HandoutRequest(List.of(offer), null, null, "ABCD-2345", TODAY, false)).pdf();
        return PdfChecks.text(pdf).replaceAll("\\s+", " ");
    }

    @Test
    void theUnitAndItsPhoneReplaceTheHealthCentre() {
        String text = footerOf(HandoutSettings.forUnit("doegnplejen", "47 35 10 00"));
        assertThat(text).contains("Døgnplejen, Frederikssund Kommune").contains("47 35 10 00")
                .doesNotContain("Center for Sundhed og Forebyggelse");
    }

    @Test
    void withoutAUnitOrWithAndetTheActionPlansContactStays() {
        assertThat(footerOf(HandoutSettings.forUnit(null, null))).contains("Center for Sundhed og Forebyggelse");
        assertThat(HandoutSettings.forUnit("andet", "12 34 56 78").contactLine())
                .isEqualTo(HandoutSettings.defaults().contactLine());
        assertThat(HandoutSettings.forUnit("andet", "12 34 56 78").unitPhone()).isEqualTo("12 34 56 78");
    }

    @Test
    void aUnitTheCoordinatorAddedIsNamedToo() {
        String text = footerOf(HandoutSettings.forUnit("Aktivitetscentret Jernbanegade", "47 35 12 00"));
        assertThat(text).contains("Aktivitetscentret Jernbanegade, Frederikssund Kommune").contains("47 35 12 00")
                .doesNotContain("Center for Sundhed og Forebyggelse");
        assertThat(HandoutSettings.forUnit("Frivilligcentret, Frederikssund Kommune", null).contactLine())
                .isEqualTo("Frivilligcentret, Frederikssund Kommune");
    }
}
