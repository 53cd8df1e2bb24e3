package dk.henvis.ui.offereditor;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Provenance;
import dk.henvis.catalog.Schedule;
import dk.henvis.curation.Problem.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what the offer form holds, as plain values, into the {@link Offer} it describes: text is
 * stripped (blank is absent), numbers and the price are read as a Dane types them, and what cannot be
 * read is a message at its field. No JavaFX: the view-model hands it the fields' values, and it is
 * tested on its own. The offer keeps the loaded offer's key, the organisation's id and description, and
 * where it was adopted from.
 */
final class OfferFormBuilder {
    /** The form as an offer, or the messages of the fields that could not be read. */
    record Result(Optional<Offer> offer, Map<Field, String> problems) {
    }

    private final Offer base;
    private String name = "";
    private String alternateName;
    private String description;
    private String organisation;
    private String organisationUrl;
    private String url;
    private String email;
    private OfferStatus status = OfferStatus.ACTIVE;
    private String ageMin;
    private String ageMax;
    private CostField price = new CostField(PriceKind.UNKNOWN, "", "");
    private FocusLevel focus;
    private AudienceSex audienceSex = AudienceSex.ANY;
    private List<String> targetGroups = List.of();
    private List<String> tags = List.of();
    private List<String> categories = List.of();
    private String languages = "";
    private String eligibility;
    private boolean openDropIn;
    private LocalDate lastChecked;
    private List<Location> places = List.of();
    private List<Schedule> schedules = List.of();
    private boolean byAppointment;
    private String appointmentText;
    private List<Contact> contacts = List.of();

    /** @param base the offer the form was loaded with */
    OfferFormBuilder(Offer base) {
        this.base = Objects.requireNonNull(base);
    }

    OfferFormBuilder name(String v) {
        name = v;
        return this;
    }

    OfferFormBuilder alternateName(String v) {
        alternateName = v;
        return this;
    }

    OfferFormBuilder description(String v) {
        description = v;
        return this;
    }

    OfferFormBuilder organisation(String orgName, String orgUrl) {
        organisation = orgName;
        organisationUrl = orgUrl;
        return this;
    }

    OfferFormBuilder url(String v) {
        url = v;
        return this;
    }

    OfferFormBuilder email(String v) {
        email = v;
        return this;
    }

    OfferFormBuilder status(OfferStatus v) {
        status = v;
        return this;
    }

    /** The ages as typed; whole numbers or blank. */
    OfferFormBuilder ages(String min, String max) {
        ageMin = min;
        ageMax = max;
        return this;
    }

    OfferFormBuilder price(CostField v) {
        price = v;
        return this;
    }

    OfferFormBuilder focus(FocusLevel v) {
        focus = v;
        return this;
    }

    OfferFormBuilder audienceSex(AudienceSex v) {
        audienceSex = v;
        return this;
    }

    OfferFormBuilder targetGroups(List<String> v) {
        targetGroups = List.copyOf(v);
        return this;
    }

    OfferFormBuilder tags(List<String> v) {
        tags = List.copyOf(v);
        return this;
    }

    OfferFormBuilder categories(List<String> v) {
        categories = List.copyOf(v);
        return this;
    }

    /** The languages as typed: codes separated by commas, semicolons or spaces ("da, en"). */
    OfferFormBuilder languages(String v) {
        languages = v;
        return this;
    }

    OfferFormBuilder eligibility(String v) {
        eligibility = v;
        return this;
    }

    OfferFormBuilder openDropIn(boolean v) {
        openDropIn = v;
        return this;
    }

    OfferFormBuilder lastChecked(LocalDate v) {
        lastChecked = v;
        return this;
    }

    /**
     * The places of the rows that are filled in; a null entry is a row that could not be read (the row
     * shows why), and then there is no offer.
     */
    OfferFormBuilder places(List<Location> v) {
        places = Collections.unmodifiableList(new ArrayList<>(v));
        return this;
    }

    /** The meeting times of the rows; a null entry is a row that could not be read. */
    OfferFormBuilder schedules(List<Schedule> v) {
        schedules = Collections.unmodifiableList(new ArrayList<>(v));
        return this;
    }

    /** "Efter aftale": a meeting time in words only (blank: the standard words). */
    OfferFormBuilder byAppointment(boolean on, String text) {
        byAppointment = on;
        appointmentText = text;
        return this;
    }

    OfferFormBuilder contacts(List<Contact> v) {
        contacts = List.copyOf(v);
        return this;
    }

    /** The offer, or the messages of the fields that could not be read. */
    Result build() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        Integer min = integer(ageMin, Field.AGE_MIN, problems);
        Integer max = integer(ageMax, Field.AGE_MAX, problems);
        CostField.Reading cost = price.read();
        if (!cost.ok()) {
            problems.put(Field.PRICE, cost.problem());
        }
        boolean rowsRead = places.stream().noneMatch(Objects::isNull)
                && schedules.stream().noneMatch(Objects::isNull);
        if (!problems.isEmpty() || !rowsRead) {
            return new Result(Optional.empty(), problems);
        }
        List<Schedule> times = new ArrayList<>(schedules);
        if (byAppointment) {
            String t = Parse.text(appointmentText);
            times.add(Schedule.textOnly(t == null ? i18n("ui.editor.byAppointmentDefault") : t));
        }
        Provenance p = base.provenance();
        Offer offer = base.toBuilder()
                .name(name == null ? "" : name.strip())
                .alternateName(Parse.text(alternateName))
                .description(Parse.text(description))
                .url(Parse.text(url))
                .email(Parse.text(email))
                .status(status)
                .organisation(organisation())
                .locations(places)
                .schedules(times)
                .ages(min == null && max == null ? AgeRange.ANY : new AgeRange(min, max))
                .cost(cost.cost())
                .categories(categories)
                .tags(tags)
                .languages(languageCodes())
                .contacts(contacts)
                .focus(focus)
                .targetGroups(targetGroups)
                .audienceSex(audienceSex)
                .eligibility(Parse.text(eligibility))
                .openDropIn(openDropIn)
                .lastChecked(lastChecked)
                .provenance(p == null ? null : new Provenance(base.key().source(), base.key().sourceId(), null, null,
                        null, p.adoptedFrom()))
                .build();
        return new Result(Optional.of(offer), Map.of());
    }

    private static Integer integer(String text, Field field, Map<Field, String> problems) {
        try {
            return Parse.integer(text);
        } catch (Parse.Invalid e) {
            problems.put(field, i18n("ui.editor.check.age"));
            return null;
        }
    }

    private Organisation organisation() {
        Organisation org = base.organisation();
        Organisation changed = new Organisation(org.id(), Parse.text(organisation), org.description(),
                Parse.text(organisationUrl));
        return changed.name() == null && changed.url() == null && changed.description() == null ? Organisation.NONE
                : changed;
    }

    private List<String> languageCodes() {
        return Arrays.stream((languages == null ? "" : languages).split("[,;\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
