package dk.henvis.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One offer of community: an activity, club, café or group a citizen can join.
 *
 * @param focus        the action plan's focus level, null where unknown
 * @param lastChecked  when someone last verified the information (HSDS {@code assured_date})
 * @param openDropIn   true when the source says one can just turn up ("bare mød op")
 */
public record Offer(
        OfferKey key,
        String name,
        String alternateName,
        String description,
        String url,
        String email,
        OfferStatus status,
        Organisation organisation,
        List<Location> locations,
        List<Schedule> schedules,
        AgeRange ages,
        Cost cost,
        List<String> categories,
        List<String> tags,
        List<String> languages,
        List<Contact> contacts,
        FocusLevel focus,
        List<String> targetGroups,
        AudienceSex audienceSex,
        String eligibility,
        boolean openDropIn,
        LocalDate lastChecked,
        Provenance provenance,
        ServiceDetails details) {

    /** An offer whose source says nothing of how to take part ({@link ServiceDetails}). */
    public Offer(OfferKey key, String name, String alternateName, String description, String url, String email,
            OfferStatus status, Organisation organisation, List<Location> locations, List<Schedule> schedules,
            AgeRange ages, Cost cost, List<String> categories, List<String> tags, List<String> languages,
            List<Contact> contacts, FocusLevel focus, List<String> targetGroups, AudienceSex audienceSex,
            String eligibility, boolean openDropIn, LocalDate lastChecked, Provenance provenance) {
        this(key, name, alternateName, description, url, email, status, organisation, locations, schedules, ages,
                cost, categories, tags, languages, contacts, focus, targetGroups, audienceSex, eligibility, openDropIn,
                lastChecked, provenance, null);
    }

    public Offer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        status = status == null ? OfferStatus.ACTIVE : status;
        organisation = organisation == null ? Organisation.NONE : organisation;
        locations = locations == null ? List.of() : List.copyOf(locations);
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
        ages = ages == null ? AgeRange.ANY : ages;
        cost = cost == null ? Cost.UNKNOWN : cost;
        categories = categories == null ? List.of() : List.copyOf(categories);
        tags = tags == null ? List.of() : List.copyOf(tags);
        languages = languages == null ? List.of() : List.copyOf(languages);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        audienceSex = audienceSex == null ? AudienceSex.ANY : audienceSex;
        // null when the source says nothing, so the stored form of such offers is as before
        details = details == null || details.saysNothing() ? null : details;
    }

    /** How to take part, as the source says; {@link ServiceDetails#NONE} when it says nothing. */
    public ServiceDetails detailsOrNone() {
        return details == null ? ServiceDetails.NONE : details;
    }

    public boolean isActive() {
        return status == OfferStatus.ACTIVE;
    }

    /** The first physical (or online) location, if any. */
    public Location primaryLocation() {
        return locations.isEmpty() ? null : locations.get(0);
    }

    /** The id in its source, as the contract's match output shows it. */
    public String id() {
        return key.sourceId();
    }

    public Offer withProvenance(Provenance p) {
        return toBuilder().provenance(p).build();
    }

    public Offer withStatus(OfferStatus s) {
        return toBuilder().status(s).build();
    }

    public Offer withLastChecked(LocalDate checked) {
        return toBuilder().lastChecked(checked).build();
    }

    /** A builder holding this offer's fields, to change some and build a new offer. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder for an offer with {@code key} and {@code name}; every other field as the constructor defaults it. */
    public static Builder builder(OfferKey key, String name) {
        return new Builder(key, name);
    }

    /** Builds an {@link Offer} field by field; {@link #build()} applies the record's defaults and checks. */
    public static final class Builder {
        private OfferKey key;
        private String name;
        private String alternateName;
        private String description;
        private String url;
        private String email;
        private OfferStatus status;
        private Organisation organisation;
        private List<Location> locations;
        private List<Schedule> schedules;
        private AgeRange ages;
        private Cost cost;
        private List<String> categories;
        private List<String> tags;
        private List<String> languages;
        private List<Contact> contacts;
        private FocusLevel focus;
        private List<String> targetGroups;
        private AudienceSex audienceSex;
        private String eligibility;
        private boolean openDropIn;
        private LocalDate lastChecked;
        private Provenance provenance;
        private ServiceDetails details;

        private Builder(OfferKey key, String name) {
            this.key = key;
            this.name = name;
        }

        private Builder(Offer o) {
            this.key = o.key;
            this.name = o.name;
            this.alternateName = o.alternateName;
            this.description = o.description;
            this.url = o.url;
            this.email = o.email;
            this.status = o.status;
            this.organisation = o.organisation;
            this.locations = o.locations;
            this.schedules = o.schedules;
            this.ages = o.ages;
            this.cost = o.cost;
            this.categories = o.categories;
            this.tags = o.tags;
            this.languages = o.languages;
            this.contacts = o.contacts;
            this.focus = o.focus;
            this.targetGroups = o.targetGroups;
            this.audienceSex = o.audienceSex;
            this.eligibility = o.eligibility;
            this.openDropIn = o.openDropIn;
            this.lastChecked = o.lastChecked;
            this.provenance = o.provenance;
            this.details = o.details;
        }

        public Builder key(OfferKey key) {
            this.key = key;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder alternateName(String alternateName) {
            this.alternateName = alternateName;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder status(OfferStatus status) {
            this.status = status;
            return this;
        }

        public Builder organisation(Organisation organisation) {
            this.organisation = organisation;
            return this;
        }

        public Builder locations(List<Location> locations) {
            this.locations = locations;
            return this;
        }

        public Builder schedules(List<Schedule> schedules) {
            this.schedules = schedules;
            return this;
        }

        public Builder ages(AgeRange ages) {
            this.ages = ages;
            return this;
        }

        public Builder cost(Cost cost) {
            this.cost = cost;
            return this;
        }

        public Builder categories(List<String> categories) {
            this.categories = categories;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder languages(List<String> languages) {
            this.languages = languages;
            return this;
        }

        public Builder contacts(List<Contact> contacts) {
            this.contacts = contacts;
            return this;
        }

        public Builder focus(FocusLevel focus) {
            this.focus = focus;
            return this;
        }

        public Builder targetGroups(List<String> targetGroups) {
            this.targetGroups = targetGroups;
            return this;
        }

        public Builder audienceSex(AudienceSex audienceSex) {
            this.audienceSex = audienceSex;
            return this;
        }

        public Builder eligibility(String eligibility) {
            this.eligibility = eligibility;
            return this;
        }

        public Builder openDropIn(boolean openDropIn) {
            this.openDropIn = openDropIn;
            return this;
        }

        public Builder lastChecked(LocalDate lastChecked) {
            this.lastChecked = lastChecked;
            return this;
        }

        public Builder provenance(Provenance provenance) {
            this.provenance = provenance;
            return this;
        }

        public Builder details(ServiceDetails details) {
            this.details = details;
            return this;
        }

        public Offer build() {
            return new Offer(key, name, alternateName, description, url, email, status, organisation, locations,
                    schedules, ages, cost, categories, tags, languages, contacts, focus, targetGroups, audienceSex,
                    eligibility, openDropIn, lastChecked, provenance, details);
        }
    }
}
