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
        Provenance provenance) {

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
        return new Offer(key, name, alternateName, description, url, email, status, organisation, locations,
                schedules, ages, cost, categories, tags, languages, contacts, focus, targetGroups, audienceSex,
                eligibility, openDropIn, lastChecked, p);
    }

    public Offer withStatus(OfferStatus s) {
        return new Offer(key, name, alternateName, description, url, email, s, organisation, locations,
                schedules, ages, cost, categories, tags, languages, contacts, focus, targetGroups, audienceSex,
                eligibility, openDropIn, lastChecked, provenance);
    }

    public Offer withLastChecked(LocalDate checked) {
        return new Offer(key, name, alternateName, description, url, email, status, organisation, locations,
                schedules, ages, cost, categories, tags, languages, contacts, focus, targetGroups, audienceSex,
                eligibility, openDropIn, checked, provenance);
    }
}
