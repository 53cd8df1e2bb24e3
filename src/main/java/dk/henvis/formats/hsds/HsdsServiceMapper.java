package dk.henvis.formats.hsds;

import dk.henvis.formats.common.CostText;
import dk.henvis.formats.common.FieldException;
import dk.henvis.formats.common.Fields;
import dk.henvis.catalog.AccessibilityText;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Location;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Provenance;
import dk.henvis.catalog.Schedule;
import dk.henvis.catalog.ServiceDetails;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps one compiled HSDS 3 service object to an {@link Offer}, as HSDS-CONVENTIONS.md describes. Used by
 * the HSDS JSON reader and, after joining its tables into the same shape, by the data-package reader.
 */
final class HsdsServiceMapper {
    static final String TAX_FOCUS = "henvis:focus";
    static final String TAX_CATEGORY = "henvis:category";
    static final String TAX_TARGET = "henvis:target_group";
    static final String TAX_SEX = "henvis:sex";
    static final String TAX_DROP_IN = "henvis:drop_in";
    static final String TAX_TAG = "henvis:tag";
    /** "source:id" of the offer the coordinator adopted this one from (the curated catalogue). */
    static final String TAX_ADOPTED_FROM = "henvis:adopted_from";
    /** The offer's own id in its source, where the export had to give the service a uuid (ADR 0012). */
    static final String TAX_ID = "henvis:id";

    private static final Pattern BYDAY = Pattern.compile("([+-]?\\d)?([A-Za-z]{2})");
    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("dansk", "da"), Map.entry("danish", "da"), Map.entry("engelsk", "en"),
            Map.entry("english", "en"), Map.entry("arabisk", "ar"), Map.entry("arabic", "ar"),
            Map.entry("ukrainsk", "uk"), Map.entry("ukrainian", "uk"), Map.entry("tysk", "de"),
            Map.entry("german", "de"), Map.entry("polsk", "pl"), Map.entry("polish", "pl"),
            Map.entry("tyrkisk", "tr"), Map.entry("turkish", "tr"), Map.entry("somali", "so"),
            Map.entry("persisk", "fa"), Map.entry("farsi", "fa"), Map.entry("urdu", "ur"),
            Map.entry("svensk", "sv"), Map.entry("norsk", "no"), Map.entry("russisk", "ru"),
            Map.entry("tigrinya", "ti"), Map.entry("kurdisk", "ku"), Map.entry("spansk", "es"),
            Map.entry("fransk", "fr"), Map.entry("rumænsk", "ro"), Map.entry("litauisk", "lt"));

    private HsdsServiceMapper() {
    }

    /** The record's id as text, null when it has none: a Henvis export's original id where it carries one. */
    static String id(Fields service) {
        String original = originalId(service.raw("attributes"));
        return original != null ? original : service.text("id");
    }

    /** The id a service object names its offer by: {@code henvis:id} where given, else {@code id}; null if none. */
    static String id(JsonNode service) {
        String original = originalId(service.get("attributes"));
        if (original != null) {
            return original;
        }
        JsonNode id = service.get("id");
        return id != null && id.isTextual() ? id.textValue() : null;
    }

    private static String originalId(JsonNode attributes) {
        if (attributes == null || !attributes.isArray()) {
            return null;
        }
        for (JsonNode a : attributes) {
            JsonNode term = a.path("taxonomy_term");
            if (TAX_ID.equals(term.path("taxonomy").asText(null)) && term.path("name").isTextual()
                    && !term.get("name").textValue().isBlank()) {
                return term.get("name").textValue().strip();
            }
        }
        return null;
    }

    /**
     * The offer; {@code id} and {@code name} must be present (checked by the caller, which knows how to
     * name the record).
     */
    static Offer toOffer(String source, Fields s) {
        String id = id(s);
        String name = s.text("name");
        Attributes attrs = attributes(s);
        BigDecimal lowest = null;
        List<String> foreign = new ArrayList<>();
        for (Fields option : s.objects("cost_options")) {
            BigDecimal amount = option.decimal("amount");
            String currency = option.text("currency");
            if (amount != null && currency != null && !currency.equalsIgnoreCase("DKK") && amount.signum() != 0) {
                // another currency is named with its amount, never shown as kroner
                foreign.add(amount.stripTrailingZeros().toPlainString().replace('.', ',') + " "
                        + currency.toUpperCase(Locale.ROOT) + (option.text("option") == null ? ""
                        : " (" + option.text("option") + ")"));
                continue;
            }
            if (amount != null && (lowest == null || amount.compareTo(lowest) < 0)) {
                lowest = amount;
            }
        }
        String feesText = s.text("fees_description");
        if (!foreign.isEmpty()) {
            String prices = String.join(", ", foreign);
            feesText = feesText == null ? prices : feesText + " – " + prices;
        }
        if (lowest == null) {
            lowest = CostText.amount(feesText);
        }
        Cost cost = lowest == null && feesText == null ? Cost.UNKNOWN : new Cost(lowest, feesText);
        Integer minAge = s.age("minimum_age");
        Integer maxAge = s.age("maximum_age");
        return new Offer(new OfferKey(source, id), name,
                s.text("alternate_name"),
                s.html("description"),
                s.text("url"),
                s.text("email"),
                OfferStatus.fromHsds(s.text("status")),
                organisation(s.object("organization")),
                locations(s),
                schedules(s),
                minAge == null && maxAge == null ? AgeRange.ANY : new AgeRange(minAge, maxAge),
                cost,
                List.copyOf(attrs.categories),
                List.copyOf(attrs.tags),
                languages(s),
                contacts(s),
                attrs.focus,
                List.copyOf(attrs.targetGroups),
                attrs.sex,
                s.html("eligibility_description"),
                attrs.dropIn,
                s.date("assured_date"),
                new Provenance(source, id, null, null, null, attrs.adoptedFrom),
                details(s));
    }

    /** How to take part: application process, alert, wait time, interpretation, documents, areas. */
    static ServiceDetails details(Fields s) {
        List<String> documents = new ArrayList<>();
        for (Fields d : s.objects("required_documents")) {
            String document = d.text("document");
            if (document != null) {
                documents.add(document);
            }
        }
        List<String> areas = new ArrayList<>();
        for (Fields a : s.objects("service_areas")) {
            String area = a.text("name") != null ? a.text("name") : a.text("description");
            if (area != null) {
                areas.add(area);
            }
        }
        return new ServiceDetails(s.html("application_process"), s.html("alert"), s.html("wait_time"),
                s.html("interpretation_services"), documents, areas);
    }

    private static Organisation organisation(Fields o) {
        if (o == null) {
            return Organisation.NONE;
        }
        String url = o.text("website");
        String id = o.text("id");
        for (Fields ident : o.objects("organization_identifiers")) {
            if (HsdsServiceWriter.NO_ORGANISATION.equals(ident.text("identifier_type"))) {
                return Organisation.NONE;
            }
            if (HsdsIds.SCHEME.equals(ident.text("identifier_type")) && ident.text("identifier") != null) {
                id = ident.text("identifier");
            }
        }
        String name = o.text("name");
        String description = o.html("description");
        if (description != null && description.equals(name)) {
            description = null; // a description that only repeats the name (as Henvis's export writes) says nothing
        }
        return new Organisation(id, name, description, url != null ? url : o.text("url"));
    }

    private static List<Location> locations(Fields s) {
        List<Location> out = new ArrayList<>();
        for (Fields sal : s.objects("service_at_locations")) {
            Fields loc = sal.object("location");
            if (loc != null) {
                out.add(location(loc));
            }
        }
        return out;
    }

    static Location location(Fields loc) {
        Fields address = null;
        for (Fields a : loc.objects("addresses")) {
            String type = a.text("address_type");
            if (address == null || "physical".equalsIgnoreCase(type)) {
                address = a;
                if ("physical".equalsIgnoreCase(type)) {
                    break;
                }
            }
        }
        String street = null;
        String postcode = null;
        String city = null;
        if (address != null) {
            street = join(", ", address.text("address_1"), address.text("address_2"));
            postcode = address.text("postal_code");
            city = address.text("city");
        }
        List<String> access = new ArrayList<>();
        for (Fields a : loc.objects("accessibility")) {
            String d = join(": ", a.text("description"), a.text("details"));
            if (d != null) {
                access.add(d);
            }
        }
        String accessText = access.isEmpty() ? null : String.join("; ", access);
        String type = loc.text("location_type");
        String id = HsdsIds.SCHEME.equals(loc.text("external_identifier_type")) && loc.text("external_identifier") != null
                ? loc.text("external_identifier") : loc.text("id");
        return new Location(id, loc.text("name"), street, postcode, city,
                loc.latitude("latitude"), loc.longitude("longitude"), loc.text("transportation"),
                AccessibilityText.classify(accessText), accessText, "virtual".equalsIgnoreCase(type));
    }

    private static String join(String sep, String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + sep + b;
    }

    private static List<Schedule> schedules(Fields s) {
        List<Schedule> out = new ArrayList<>();
        for (Fields sc : s.objects("schedules")) {
            Schedule schedule = schedule(sc);
            if (schedule != null) {
                out.add(schedule);
            }
        }
        return out;
    }

    static Schedule schedule(Fields sc) {
        String freqText = sc.text("freq");
        Integer interval = sc.integer("interval");
        List<DayOfWeek> days = new ArrayList<>();
        Integer monthWeek = byDay(sc, days);
        LocalTime opens = sc.time("opens_at");
        LocalTime closes = sc.time("closes_at");
        LocalDate validFrom = sc.date("valid_from");
        LocalDate validTo = sc.date("valid_to");
        LocalDate dtstart = sc.date("dtstart");
        LocalDate until = sc.date("until");
        String description = sc.html("description");
        Frequency freq = null;
        if (freqText != null) {
            switch (freqText.toUpperCase(Locale.ROOT)) {
                case "WEEKLY" -> freq = Frequency.WEEKLY;
                case "MONTHLY" -> freq = Frequency.MONTHLY;
                case "DAILY" -> freq = Frequency.DAILY;
                default -> description = description == null ? freqText : description;
            }
        } else if (!days.isEmpty()) {
            freq = monthWeek != null ? Frequency.MONTHLY : Frequency.WEEKLY;
        }
        if (freq == null && dtstart != null && freqText == null) {
            return new Schedule(Frequency.ONCE, 1, List.of(), null, dtstart, opens, closes, null, null, null,
                    description);
        }
        if (freq == null) {
            if (description == null && opens == null) {
                return null;
            }
            return new Schedule(null, 1, List.of(), null, null, opens, closes, validFrom, validTo, null, description);
        }
        if (freq == Frequency.WEEKLY && days.size() == 7 && (interval == null || interval == 1)) {
            // a Henvis export writes "every day" as weekly on all seven days (HSDS has no DAILY)
            freq = Frequency.DAILY;
            days.clear();
        }
        if (validFrom == null) {
            validFrom = dtstart;
        }
        if (validTo == null) {
            validTo = until;
        }
        return new Schedule(freq, interval == null ? 1 : interval, days, freq == Frequency.MONTHLY ? monthWeek : null,
                null, opens, closes, validFrom, validTo, null, description);
    }

    /** Fills {@code days} from {@code byday} ("TU", "MO,WE", "1TU", "-1FR"); returns the n-th week, if any. */
    private static Integer byDay(Fields sc, List<DayOfWeek> days) {
        String byday = sc.text("byday");
        if (byday == null) {
            return null;
        }
        Integer week = null;
        for (String part : byday.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Matcher m = BYDAY.matcher(part);
            DayOfWeek day = m.matches() ? weekday(m.group(2)) : null;
            if (day == null) {
                throw new FieldException(sc.path("byday"), Messages.get("import.type.byday"), '"' + byday + '"');
            }
            if (m.group(1) != null && week == null) {
                week = Integer.parseInt(m.group(1).replace("+", ""));
            }
            if (!days.contains(day)) {
                days.add(day);
            }
        }
        return week;
    }

    static DayOfWeek weekday(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    private static List<String> languages(Fields s) {
        Set<String> out = new LinkedHashSet<>();
        for (Fields l : s.objects("languages")) {
            String code = l.text("code");
            String name = l.text("name");
            if (code != null) {
                out.add(code.toLowerCase(Locale.ROOT));
            } else if (name != null) {
                String n = name.toLowerCase(Locale.ROOT);
                out.add(LANGUAGE_NAMES.getOrDefault(n, n));
            }
        }
        return List.copyOf(out);
    }

    private static List<Contact> contacts(Fields s) {
        List<Contact> out = new ArrayList<>();
        for (Fields c : s.objects("contacts")) {
            String phone = null;
            for (Fields p : c.objects("phones")) {
                phone = p.text("number");
                if (phone != null) {
                    break;
                }
            }
            String name = c.text("name");
            String title = c.text("title");
            String email = c.text("email");
            if (name != null || title != null || email != null || phone != null) {
                out.add(new Contact(name, title, phone, email));
            }
        }
        for (Fields p : s.objects("phones")) {
            String number = p.text("number");
            if (number != null) {
                out.add(new Contact(null, null, number, null));
            }
        }
        return out;
    }

    /** The Henvis facts carried in {@code attributes[]} (see the conventions' taxonomy table). */
    private static final class Attributes {
        final Set<String> categories = new LinkedHashSet<>();
        final Set<String> tags = new LinkedHashSet<>();
        final Set<String> targetGroups = new LinkedHashSet<>();
        FocusLevel focus;
        AudienceSex sex = AudienceSex.ANY;
        boolean dropIn;
        OfferKey adoptedFrom;
    }

    private static Attributes attributes(Fields s) {
        Attributes a = new Attributes();
        for (Fields attr : s.objects("attributes")) {
            Fields term = attr.object("taxonomy_term");
            String value = null;
            String taxonomy = null;
            if (term != null) {
                value = term.text("name");
                if (value == null) {
                    value = term.text("code");
                }
                taxonomy = taxonomyName(term);
            }
            if (value == null) {
                value = attr.text("value");
            }
            if (taxonomy == null) {
                taxonomy = attr.text("label");
            }
            if (value != null) {
                apply(a, taxonomy == null ? "" : taxonomy, value);
            }
        }
        return a;
    }

    private static String taxonomyName(Fields term) {
        if (term.has("taxonomy") && term.raw("taxonomy").isObject()) {
            return term.object("taxonomy").text("name");
        }
        String name = term.text("taxonomy");
        if (name == null) {
            Fields detail = term.object("taxonomy_detail");
            if (detail != null) {
                name = detail.text("name");
            }
        }
        return name;
    }

    private static void apply(Attributes a, String taxonomy, String value) {
        String tax = taxonomy.strip().toLowerCase(Locale.ROOT);
        String v = value.strip();
        switch (tax) {
            case TAX_FOCUS -> a.focus = FocusLevel.fromCode(v).orElse(a.focus);
            case TAX_CATEGORY -> a.categories.add(v);
            case TAX_TARGET -> a.targetGroups.add(v.toLowerCase(Locale.ROOT));
            case TAX_SEX -> {
                String sex = v.toLowerCase(Locale.ROOT);
                if (sex.startsWith("kvind") || sex.equals("women") || sex.equals("female")) {
                    a.sex = AudienceSex.WOMEN;
                } else if (sex.startsWith("mænd") || sex.startsWith("mand") || sex.equals("men") || sex.equals("male")) {
                    a.sex = AudienceSex.MEN;
                }
            }
            case TAX_DROP_IN -> a.dropIn = a.dropIn || List.of("ja", "yes", "true", "1").contains(v.toLowerCase(Locale.ROOT));
            case TAX_TAG -> a.tags.add(v);
            case TAX_ID -> {
                // the offer's id, read by id(...)
            }
            case TAX_ADOPTED_FROM -> {
                int colon = v.indexOf(':');
                if (colon > 0 && colon < v.length() - 1) {
                    a.adoptedFrom = new OfferKey(v.substring(0, colon), v.substring(colon + 1));
                }
            }
            default -> {
                if (tax.contains("categor") || tax.contains("kategori")) {
                    a.categories.add(v);
                } else if (tax.contains("målgruppe") || tax.contains("target")) {
                    a.targetGroups.add(v.toLowerCase(Locale.ROOT));
                } else {
                    a.tags.add(v);
                }
            }
        }
    }
}
