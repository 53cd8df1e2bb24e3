package dk.henvis.ui.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.matching.Availability;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.HardRule;
import dk.henvis.matching.Need;
import dk.henvis.settings.StaffUnit;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CitizenViewModelTest {
    private final CitizenViewModel model = new CitizenViewModel(Gazetteer.bundled(), StaffUnit.DOEGNPLEJEN);

    @Test
    void theUnitSetsTheDefaults() {
        CitizenProfile p = model.toProfile();
        assertThat(p.groups()).containsExactly("senior");
        assertThat(p.focus()).isEqualTo(FocusLevel.TIDLIG);
        CitizenViewModel rehab = new CitizenViewModel(Gazetteer.bundled(), StaffUnit.GENOPTRAENING);
        assertThat(rehab.toProfile().interests()).containsExactly("motion");
        CitizenViewModel psych = new CitizenViewModel(Gazetteer.bundled(), StaffUnit.SOCIALPSYKIATRIEN);
        assertThat(psych.toProfile().focus()).isEqualTo(FocusLevel.STOETTE);
        CitizenViewModel job = new CitizenViewModel(Gazetteer.bundled(), StaffUnit.JOBCENTRET);
        assertThat(job.toProfile().groups()).containsExactly("ledig");
    }

    @Test
    void theUnitsDefaultsAreShownAsDefaultsAndAContradictionIsWarned() {
        assertThat(model.defaultsNoticeProperty().get()).contains("Fra enheden").contains("senior");
        assertThat(model.defaultsWarningProperty().get()).isEmpty();
        model.ageProperty().set("17");
        assertThat(model.defaultsWarningProperty().get()).contains("17").contains("senior");
        model.ageProperty().set("78");
        assertThat(model.defaultsWarningProperty().get()).isEmpty();
        model.ageProperty().set("17");
        model.groups().remove("senior");
        assertThat(model.defaultsWarningProperty().get()).isEmpty();
        assertThat(model.defaultsNoticeProperty().get()).isEmpty();
        model.clear(); // "Ny borger" puts the default back, and says so again
        assertThat(model.defaultsNoticeProperty().get()).contains("senior");
        // a group the worker typed is not a default
        model.groups().remove("senior");
        model.groupDraftProperty().set("senior");
        model.addGroup();
        model.ageProperty().set("17");
        assertThat(model.defaultsNoticeProperty().get()).isEmpty();
        assertThat(model.defaultsWarningProperty().get()).isEmpty();
    }

    @Test
    void buildsTheProfileFromWhatWasTyped() {
        model.ageProperty().set("78");
        model.homeProperty().set("Jægerspris");
        model.interestDraftProperty().set("Synge");
        model.addInterest();
        model.interestDraftProperty().set("strik");
        model.need(Need.WHEELCHAIR).set(true);
        model.need(Need.FREE).set(true);
        model.free(TimeOfDay.MORNING, DayOfWeek.TUESDAY).set(true);
        model.free(TimeOfDay.EVENING, DayOfWeek.FRIDAY).set(true);
        model.maxDistanceKmProperty().set(10);
        model.languageProperty().set("da");
        CitizenProfile p = model.toProfile();
        assertThat(p.age()).isEqualTo(78);
        assertThat(p.postcode()).isEqualTo("3630");
        assertThat(p.home()).isNotNull();
        assertThat(p.interests()).containsExactly("synge", "strik");
        assertThat(p.needs()).containsExactlyInAnyOrder(Need.WHEELCHAIR, Need.FREE);
        assertThat(p.availability()).containsExactly(
                new Availability(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new Availability(DayOfWeek.FRIDAY, LocalTime.of(17, 0), LocalTime.of(22, 0)));
        assertThat(p.maxDistanceKm()).isEqualTo(10.0);
        assertThat(p.languages()).containsExactly("da");
    }

    @Test
    void womenOnlyAndMenOnlyExcludeEachOther() {
        model.need(Need.WOMEN_ONLY).set(true);
        model.need(Need.MEN_ONLY).set(true);
        assertThat(model.toProfile().needs()).containsExactly(Need.MEN_ONLY);
    }

    @Test
    void newCitizenForgetsEverythingWithOneChangeEvent() {
        model.ageProperty().set("45");
        model.homeProperty().set("3600");
        model.interestDraftProperty().set("kor");
        model.addInterest();
        model.groups().add("enke");
        model.need(Need.EVENING).set(true);
        model.free(TimeOfDay.AFTERNOON, DayOfWeek.MONDAY).set(true);
        model.maxDistanceKmProperty().set(5);
        model.focusProperty().set(FocusLevel.STOETTE);
        int[] events = {0};
        model.onChange(() -> events[0]++);
        model.clear();
        assertThat(events[0]).isEqualTo(1);
        assertThat(model.toProfile()).isEqualTo(new CitizenViewModel(Gazetteer.bundled(), StaffUnit.DOEGNPLEJEN).toProfile());
        assertThat(model.ageProperty().get()).isEmpty();
        assertThat(model.homeProperty().get()).isEmpty();
    }

    @Test
    void relaxingARuleLoosensTheMatchingField() {
        model.ageProperty().set("30");
        model.maxDistanceKmProperty().set(2);
        model.need(Need.WHEELCHAIR).set(true);
        model.free(TimeOfDay.EVENING, DayOfWeek.SUNDAY).set(true);
        model.relax(HardRule.DISTANCE);
        assertThat(model.toProfile().maxDistanceKm()).isNull();
        model.relax(HardRule.WHEELCHAIR);
        assertThat(model.toProfile().needs()).isEmpty();
        model.relax(HardRule.AVAILABILITY);
        assertThat(model.toProfile().availability()).isEmpty();
        model.relax(HardRule.AGE);
        assertThat(model.toProfile().age()).isNull();
    }

    @Test
    void suggestsPlacesFromTheGazetteer() {
        assertThat(model.homeSuggestions("Jæg")).anyMatch(s -> s.contains("Jægerspris"));
        assertThat(model.homeSuggestions("36")).isNotEmpty();
    }

    @Test
    void theCitizensSexGoesIntoTheProfileAndIsForgottenForTheNextCitizen() {
        assertThat(model.toProfile().sex()).isNull();
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        model.onChange(changes::incrementAndGet);
        model.sexProperty().set(dk.henvis.matching.Sex.FEMALE);
        assertThat(changes.get()).isEqualTo(1);
        assertThat(model.toProfile().sex()).isEqualTo(dk.henvis.matching.Sex.FEMALE);
        // the sex is a fact, not the wish "kun for kvinder"
        assertThat(model.toProfile().needs()).doesNotContain(Need.WOMEN_ONLY);
        model.clear();
        assertThat(model.toProfile().sex()).isNull();
    }
}
