package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void placesTheMunicipalitysTownsByPostcodeAndName() {
        assertThat(gazetteer.byPostcode("3630")).get().extracting(Gazetteer.Place::name).isEqualTo("Jægerspris");
        assertThat(gazetteer.resolve("jægerspris")).get().extracting(Gazetteer.Place::postcode).isEqualTo("3630");
        assertThat(gazetteer.resolve("4050 Skibby")).get().extracting(Gazetteer.Place::name).isEqualTo("Skibby");
        assertThat(gazetteer.resolve("Kulhuse")).get().extracting(Gazetteer.Place::postcode).isEqualTo("3630");
        assertThat(gazetteer.resolve("9999")).isEmpty();
    }

    @Test
    void distancesBetweenTownsAreRealistic() {
        GeoPoint frederikssund = gazetteer.byPostcode("3600").orElseThrow().point();
        GeoPoint jaegerspris = gazetteer.byPostcode("3630").orElseThrow().point();
        assertThat(frederikssund.distanceKm(jaegerspris)).isBetween(4.0, 8.0);
    }

    @Test
    void suggestsWhileTyping() {
        assertThat(gazetteer.suggest("sl", 5)).extracting(Gazetteer.Place::name).contains("Slangerup");
        assertThat(gazetteer.suggest("36", 10)).extracting(Gazetteer.Place::name).contains("Frederikssund", "Jægerspris");
    }
}
