package dk.henvis.formats.hsds;

import dk.henvis.formats.common.PlainText;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.henvis.catalog.Access;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Location;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.Provenance;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Schedule;
import dk.henvis.catalog.ServiceDetails;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The exact inverse of {@link HsdsServiceMapper}: one {@link Offer} as a compiled HSDS 3 service object
 * (HSDS-CONVENTIONS.md), so that reading it back gives the same offer. Child records get ids derived from
 * the service id ({@code <id>-sch1}, ...) because HSDS requires an id on every object; an organisation or
 * location that has no id of its own gets one the same way.
 */
final class HsdsServiceWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HsdsServiceWriter() {
    }

    /** One attribute of the conventions' {@code henvis:*} taxonomies. */
    record Attribute(String taxonomy, String value) {
    }

    static ObjectNode service(Offer o) {
        String id = HsdsIds.service(o.key());
        String source = o.key().source();
        ObjectNode s = NODES.objectNode();
        s.put("id", id);
        s.put("name", o.name());
        put(s, "alternate_name", o.alternateName());
        put(s, "description", htmlSafe(o.description()));
        put(s, "url", o.url());
        put(s, "email", o.email());
        s.put("status", o.status().hsds());
        put(s, "eligibility_description", htmlSafe(o.eligibility()));
        if (o.ages().min() != null) {
            s.put("minimum_age", o.ages().min());
        }
        if (o.ages().max() != null) {
            s.put("maximum_age", o.ages().max());
        }
        put(s, "fees_description", o.cost().text());
        ArrayNode costs = s.putArray("cost_options");
        if (o.cost().amountDkk() != null) {
            ObjectNode c = costs.addObject();
            c.put("id", HsdsIds.child(id, "cost_option", 1));
            c.put("service_id", id);
            c.put("amount", o.cost().amountDkk());
            c.put("currency", "DKK");
            put(c, "option", o.cost().text());
        }
        if (o.lastChecked() != null) {
            s.put("assured_date", o.lastChecked().toString());
        }
        ServiceDetails details = o.detailsOrNone();
        put(s, "application_process", htmlSafe(details.applicationProcess()));
        put(s, "alert", htmlSafe(details.alert()));
        put(s, "wait_time", htmlSafe(details.waitTime()));
        put(s, "interpretation_services", htmlSafe(details.interpretation()));
        ArrayNode documents = s.putArray("required_documents");
        for (int i = 0; i < details.requiredDocuments().size(); i++) {
            ObjectNode d = documents.addObject();
            d.put("id", HsdsIds.child(id, "required_document", i + 1));
            d.put("service_id", id);
            d.put("document", details.requiredDocuments().get(i));
        }
        ArrayNode areas = s.putArray("service_areas");
        for (int i = 0; i < details.serviceAreas().size(); i++) {
            ObjectNode a = areas.addObject();
            a.put("id", HsdsIds.child(id, "service_area", i + 1));
            a.put("service_id", id);
            a.put("name", details.serviceAreas().get(i));
        }
        Organisation org = organisation(o);
        if (org != null) {
            s.put("organization_id", organisationId(source, org));
            s.set("organization", organisation(source, org));
        }
        ArrayNode sals = s.putArray("service_at_locations");
        for (int i = 0; i < o.locations().size(); i++) {
            Location loc = location(o, i);
            String locationId = locationId(source, loc);
            ObjectNode sal = sals.addObject();
            sal.put("id", HsdsIds.child(id, "service_at_location", i + 1));
            sal.put("service_id", id);
            sal.put("location_id", locationId);
            sal.set("location", location(loc, locationId));
        }
        ArrayNode schedules = s.putArray("schedules");
        for (int i = 0; i < o.schedules().size(); i++) {
            ObjectNode sc = schedule(o.schedules().get(i));
            sc.put("id", HsdsIds.child(id, "schedule", i + 1));
            sc.put("service_id", id);
            schedules.add(sc);
        }
        ArrayNode languages = s.putArray("languages");
        for (int i = 0; i < o.languages().size(); i++) {
            ObjectNode l = languages.addObject();
            String code = o.languages().get(i);
            l.put("id", HsdsIds.child(id, "language", i + 1));
            l.put("service_id", id);
            put(l, "name", languageName(code));
            l.put("code", code);
        }
        ArrayNode contacts = s.putArray("contacts");
        for (int i = 0; i < o.contacts().size(); i++) {
            Contact c = o.contacts().get(i);
            ObjectNode cn = contacts.addObject();
            String cid = HsdsIds.child(id, "contact", i + 1);
            cn.put("id", cid);
            cn.put("service_id", id);
            put(cn, "name", c.name());
            put(cn, "title", c.title());
            put(cn, "email", c.email());
            ArrayNode phones = cn.putArray("phones");
            if (c.phone() != null) {
                ObjectNode p = phones.addObject();
                p.put("id", HsdsIds.child(cid, "phone", 1));
                p.put("contact_id", cid);
                p.put("number", c.phone());
            }
        }
        ArrayNode attrs = s.putArray("attributes");
        int n = 0;
        for (Attribute a : attributes(o)) {
            ObjectNode an = attrs.addObject();
            String termId = termId(a);
            an.put("id", HsdsIds.child(id, "attribute", ++n));
            an.put("link_id", id);
            an.put("link_type", "service");
            an.put("link_entity", "service");
            an.put("taxonomy_term_id", termId);
            an.set("taxonomy_term", term(a, termId));
        }
        return s;
    }

    /** The taxonomy term of an attribute; HSDS requires a description, here the term itself. */
    static ObjectNode term(Attribute a, String termId) {
        ObjectNode term = NODES.objectNode();
        term.put("id", termId);
        term.put("name", a.value());
        term.put("description", a.value());
        term.put("taxonomy", a.taxonomy());
        return term;
    }

    /** The uuid of an organisation (ADR 0012). */
    static String organisationId(String source, Organisation org) {
        return HsdsIds.of("organization", source, org.id());
    }

    /** The organisation object; its own id, when not a uuid, is kept as a {@code henvis} organisation identifier. */
    static ObjectNode organisation(String source, Organisation org) {
        String uuid = organisationId(source, org);
        ObjectNode on = NODES.objectNode();
        on.put("id", uuid);
        on.put("name", org.name() == null ? "" : org.name());
        // HSDS requires a description; without one the name stands in (and reads back as none)
        on.put("description", org.description() != null ? htmlSafe(org.description()) : on.get("name").asText());
        put(on, "website", org.url());
        if (!HsdsIds.isUuid(org.id())) {
            ObjectNode ident = on.putArray("organization_identifiers").addObject();
            ident.put("id", HsdsIds.child(uuid, "organization_identifier", 1));
            ident.put("organization_id", uuid);
            ident.put("identifier_scheme", HsdsIds.SCHEME);
            ident.put("identifier_type", HsdsIds.SCHEME);
            ident.put("identifier", org.id());
        }
        return on;
    }

    /** The identifier type that marks the data package's stand-in for "no organisation". */
    static final String NO_ORGANISATION = "henvis:none";

    /**
     * The stand-in organisation of a service that names none: the data package requires one for every service;
     * its {@code henvis:none} identifier makes the reader give back no organisation.
     */
    static ObjectNode noOrganisation(String source) {
        String uuid = HsdsIds.derived("organization-none", source);
        ObjectNode on = NODES.objectNode();
        on.put("id", uuid);
        on.put("name", Messages.get("export.noOrganisation"));
        on.put("description", Messages.get("export.noOrganisation"));
        ObjectNode ident = on.putArray("organization_identifiers").addObject();
        ident.put("id", HsdsIds.child(uuid, "organization_identifier", 1));
        ident.put("organization_id", uuid);
        ident.put("identifier_scheme", HsdsIds.SCHEME);
        ident.put("identifier_type", NO_ORGANISATION);
        ident.put("identifier", "-");
        return on;
    }

    /** The organisation under another uuid, its original id kept as its {@code henvis} identifier. */
    static ObjectNode withId(ObjectNode org, String uuid) {
        ObjectNode copy = org.deepCopy();
        String original = org.get("id").asText();
        copy.put("id", uuid);
        ArrayNode idents = copy.has("organization_identifiers") ? (ArrayNode) copy.get("organization_identifiers")
                : copy.putArray("organization_identifiers");
        if (idents.isEmpty()) {
            ObjectNode ident = idents.addObject();
            ident.put("identifier_scheme", HsdsIds.SCHEME);
            ident.put("identifier_type", HsdsIds.SCHEME);
            ident.put("identifier", original);
        }
        int n = 0;
        for (com.fasterxml.jackson.databind.JsonNode i : idents) {
            ((ObjectNode) i).put("id", HsdsIds.child(uuid, "organization_identifier", ++n));
            ((ObjectNode) i).put("organization_id", uuid);
        }
        return copy;
    }

    /** The location under another uuid, its original id kept as its {@code henvis} external identifier. */
    static ObjectNode withLocationId(ObjectNode loc, String uuid) {
        ObjectNode copy = loc.deepCopy();
        if (!copy.has("external_identifier")) {
            copy.put("external_identifier", loc.get("id").asText());
            copy.put("external_identifier_type", HsdsIds.SCHEME);
        }
        copy.put("id", uuid);
        for (String list : List.of("addresses", "accessibility")) {
            int n = 0;
            for (com.fasterxml.jackson.databind.JsonNode child : copy.path(list)) {
                ((ObjectNode) child).put("id", HsdsIds.child(uuid, list, ++n));
                ((ObjectNode) child).put("location_id", uuid);
            }
        }
        return copy;
    }

    /** The uuid of a location (ADR 0012): one place has one id in every service and in both exports. */
    static String locationId(String source, Location loc) {
        return HsdsIds.of("location", source, loc.id());
    }

    /** The language's Danish name ("dansk") for HSDS's {@code languages[].name}; null when unknown. */
    static String languageName(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Messages.DANISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? null : name;
    }

    /** The offer's organisation with an id, or null when it names none. */
    static Organisation organisation(Offer o) {
        Organisation org = o.organisation();
        if (org.id() == null && org.name() == null && org.description() == null && org.url() == null) {
            return null;
        }
        return org.id() != null ? org : new Organisation("org-" + o.id(), org.name(), org.description(), org.url());
    }

    /** The offer's i-th location with an id. */
    static Location location(Offer o, int i) {
        Location l = o.locations().get(i);
        if (l.id() != null) {
            return l;
        }
        return new Location(o.id() + "-loc" + (i + 1), l.name(), l.street(), l.postcode(), l.city(), l.latitude(),
                l.longitude(), l.transport(), l.access(), l.accessibility(), l.online());
    }

    static ObjectNode location(Location l, String uuid) {
        ObjectNode n = NODES.objectNode();
        n.put("id", uuid);
        if (!HsdsIds.isUuid(l.id())) {
            n.put("external_identifier", l.id());
            n.put("external_identifier_type", HsdsIds.SCHEME);
        }
        n.put("location_type", l.online() ? "virtual" : "physical");
        put(n, "name", l.name());
        if (l.latitude() != null) {
            n.put("latitude", l.latitude());
        }
        if (l.longitude() != null) {
            n.put("longitude", l.longitude());
        }
        put(n, "transportation", l.transport());
        ArrayNode addresses = n.putArray("addresses");
        if (l.street() != null || l.postcode() != null || l.city() != null) {
            ObjectNode a = addresses.addObject();
            a.put("id", HsdsIds.child(uuid, "address", 1));
            a.put("location_id", uuid);
            a.put("address_1", nz(l.street()));
            a.put("city", nz(l.city()));
            a.put("postal_code", nz(l.postcode()));
            a.put("state_province", DanishRegion.of(l.postcode()));
            a.put("country", "DK");
            a.put("address_type", "physical");
        }
        ArrayNode access = n.putArray("accessibility");
        String text = accessibilityText(l);
        if (text != null) {
            ObjectNode a = access.addObject();
            a.put("id", HsdsIds.child(uuid, "accessibility", 1));
            a.put("location_id", uuid);
            a.put("description", text);
        }
        return n;
    }

    /** The place's own accessibility text; without one, a standard sentence that reads back as its access. */
    static String accessibilityText(Location l) {
        if (l.accessibility() != null) {
            return l.accessibility();
        }
        if (l.access() == Access.STEP_FREE) {
            return Messages.get("export.access.stepFree");
        }
        if (l.access() == Access.NOT_STEP_FREE) {
            return Messages.get("export.access.notStepFree");
        }
        return null;
    }

    static ObjectNode schedule(Schedule sc) {
        ObjectNode n = NODES.objectNode();
        if (sc.frequency() == Frequency.ONCE) {
            if (sc.date() != null) {
                n.put("dtstart", sc.date().toString());
            }
        } else if (sc.frequency() == Frequency.DAILY) {
            // HSDS 3.0 knows WEEKLY and MONTHLY only: every day is weekly on all seven days
            n.put("freq", "WEEKLY");
            n.put("interval", 1);
            n.put("byday", "MO,TU,WE,TH,FR,SA,SU");
        } else if (sc.frequency() != null) {
            n.put("freq", sc.frequency().name());
            n.put("interval", sc.interval());
            String byday = byDay(sc);
            put(n, "byday", byday);
        }
        put(n, "opens_at", time(sc.opensAt()));
        put(n, "closes_at", time(sc.closesAt()));
        if (sc.frequency() != Frequency.ONCE) {
            put(n, "valid_from", sc.validFrom() == null ? null : sc.validFrom().toString());
            put(n, "valid_to", sc.validTo() == null ? null : sc.validTo().toString());
        }
        put(n, "description", htmlSafe(sc.description()));
        return n;
    }

    /** RFC 5545 BYDAY: "TU", "MO,WE", or with the month's week "1TU", "-1FR". */
    static String byDay(Schedule sc) {
        if (sc.days().isEmpty()) {
            return null;
        }
        String prefix = sc.frequency() == Frequency.MONTHLY && sc.monthWeek() != null ? sc.monthWeek().toString() : "";
        List<String> parts = new ArrayList<>();
        for (DayOfWeek d : sc.days()) {
            parts.add(prefix + d.name().substring(0, 2));
        }
        return String.join(",", parts);
    }

    private static String time(LocalTime t) {
        return t == null ? null : String.format(Locale.ROOT, "%02d:%02d:00", t.getHour(), t.getMinute());
    }

    /** The Henvis facts as attributes of the conventions' taxonomies, in the order the reader keeps them. */
    static List<Attribute> attributes(Offer o) {
        List<Attribute> out = new ArrayList<>();
        if (!HsdsIds.isUuid(o.id())) {
            out.add(new Attribute(HsdsServiceMapper.TAX_ID, o.id()));
        }
        if (o.focus() != null) {
            out.add(new Attribute(HsdsServiceMapper.TAX_FOCUS, o.focus().code()));
        }
        for (String c : o.categories()) {
            out.add(new Attribute(HsdsServiceMapper.TAX_CATEGORY, c));
        }
        for (String t : o.targetGroups()) {
            out.add(new Attribute(HsdsServiceMapper.TAX_TARGET, t));
        }
        if (o.audienceSex() == AudienceSex.WOMEN) {
            out.add(new Attribute(HsdsServiceMapper.TAX_SEX, "kvinder"));
        } else if (o.audienceSex() == AudienceSex.MEN) {
            out.add(new Attribute(HsdsServiceMapper.TAX_SEX, "mænd"));
        }
        if (o.openDropIn()) {
            out.add(new Attribute(HsdsServiceMapper.TAX_DROP_IN, "ja"));
        }
        for (String t : o.tags()) {
            out.add(new Attribute(HsdsServiceMapper.TAX_TAG, t));
        }
        OfferKey adoptedFrom = Provenance.adoptedFrom(o);
        if (adoptedFrom != null) {
            out.add(new Attribute(HsdsServiceMapper.TAX_ADOPTED_FROM, adoptedFrom.toString()));
        }
        return out;
    }

    /** A stable taxonomy term uuid: the same term has the same id in every service and publication. */
    static String termId(Attribute a) {
        return HsdsIds.derived("taxonomy_term", a.taxonomy(), a.value());
    }

    static String slug(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        t = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        t = t.isEmpty() ? "x" : t;
        return t;
    }

    /**
     * Plain text that the reader's HTML-to-text step gives back unchanged: as it is when it holds nothing
     * that looks like markup, else with {@code & < >} escaped.
     */
    static String htmlSafe(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals(PlainText.fromHtml(text))) {
            return text;
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void put(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
