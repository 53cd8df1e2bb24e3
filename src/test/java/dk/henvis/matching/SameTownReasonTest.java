package dk.henvis.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.GeoPoint;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.Organisation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A distance of 0 measured between town centres (a postcode instead of a home, or a place without
 * coordinates) is said as "I samme by", not as a made-up "0,0 km hjemmefra"; the number itself is unchanged.
 */
class SameTownReasonTest {
    /** The centre of 3630 Jægerspris in the bundled gazetteer stands for a place without coordinates. */
    private static Offer choir(String postcode, String town, Double lat, Double lon, String transport) {
        return Offer.builder(new OfferKey("test", "kor"), "Kor").description("Vi synger")
                .organisation(new Organisation(null, "Foreningen", null, null))
                .locations(List.of(new Location("loc", "Huset", "Vejen 1", postcode, town, lat, lon, transport,
                        Access.UNKNOWN, null, false)))
                .build();
    }

    private static Match match(CitizenProfile p, Offer offer) {
        MatchResult r = HardRulesTest.match(p, offer);
        assertThat(r.matches()).hasSize(1);
        return r.matches().get(0);
    }

    private static CitizenProfile postcode(String postcode) {
        return new CitizenProfile(null, postcode, null, List.of("synge"), Set.of(), null, List.of(), null, List.of(),
                List.of());
    }

    private static CitizenProfile home(GeoPoint home) {
        return new CitizenProfile(null, null, home, List.of("synge"), Set.of(), null, List.of(), null, List.of(),
                List.of());
    }

    @Test
    void aPostcodeAndAPlaceWithoutCoordinatesInTheSameTownAreInTheSameTown() {
        Match m = match(postcode("3630"), choir("3630", "Jægerspris", null, null, null));
        assertThat(m.distanceKm()).isEqualTo(0.0);
        assertThat(m.reasons()).contains("I samme by").noneMatch(r -> r.contains("km hjemmefra"));
    }

    @Test
    void theTransportIsStillSaid() {
        Match m = match(postcode("3630"), choir("3630", "Jægerspris", null, null, "Bus 312 holder ved døren"));
        assertThat(m.reasons()).contains("I samme by, bus 312 holder ved døren");
    }

    @Test
    void aHomeAtTheCentreAndAPlaceWithoutCoordinatesAreInTheSameTown() {
        GeoPoint centre = dk.henvis.catalog.Gazetteer.bundled().byPostcode("3630").orElseThrow().point();
        Match m = match(home(centre), choir("3630", "Jægerspris", null, null, null));
        assertThat(m.reasons()).contains("I samme by");
    }

    @Test
    void realCoordinatesOnBothSidesKeepTheirKilometres() {
        GeoPoint home = new GeoPoint(55.8530, 11.9830);
        Match m = match(home(home), choir("3630", "Jægerspris", 55.8531, 11.9831, null));
        assertThat(m.reasons()).contains("0,0 km hjemmefra").doesNotContain("I samme by");
    }

    @Test
    void anotherTownIsStillAboutKilometres() {
        Match m = match(postcode("3600"), choir("3630", "Jægerspris", null, null, null));
        assertThat(m.distanceKm()).isGreaterThan(1.0);
        assertThat(m.reasons()).anyMatch(r -> r.endsWith("km hjemmefra")).doesNotContain("I samme by");
    }
}
