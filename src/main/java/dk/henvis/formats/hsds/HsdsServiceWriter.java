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
        String id = o.id();
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
            c.put("id", id + "-cost1");
            c.put("service_id", id);
            c.put("amount", o.cost().amountDkk());
            c.put("currency", "DKK");
            put(c, "option", o.cost().text());
        }
        if (o.lastChecked() != null) {
            s.put("assured_date", o.lastChecked().toString());
        }
        Organisation org = organisation(o);
        if (org != null) {
            ObjectNode on = s.putObject("organization");
            on.put("id", org.id());
            on.put("name", org.name() == null ? "" : org.name());
            put(on, "description", htmlSafe(org.description()));
            put(on, "website", org.url());
        }
        ArrayNode sals = s.putArray("service_at_locations");
        for (int i = 0; i < o.locations().size(); i++) {
            Location loc = location(o, i);
            ObjectNode sal = sals.addObject();
            sal.put("id", id + "-sal" + (i + 1));
            sal.put("service_id", id);
            sal.put("location_id", loc.id());
            sal.set("location", location(loc));
        }
        ArrayNode schedules = s.putArray("schedules");
        for (int i = 0; i < o.schedules().size(); i++) {
            ObjectNode sc = schedule(o.schedules().get(i));
            sc.put("id", id + "-sch" + (i + 1));
            sc.put("service_id", id);
            schedules.add(sc);
        }
        ArrayNode languages = s.putArray("languages");
        for (int i = 0; i < o.languages().size(); i++) {
            ObjectNode l = languages.addObject();
            l.put("id", id + "-lang" + (i + 1));
            l.put("service_id", id);
            l.put("code", o.languages().get(i));
        }
        ArrayNode contacts = s.putArray("contacts");
        for (int i = 0; i < o.contacts().size(); i++) {
            Contact c = o.contacts().get(i);
            ObjectNode cn = contacts.addObject();
            String cid = id + "-contact" + (i + 1);
            cn.put("id", cid);
            cn.put("service_id", id);
            put(cn, "name", c.name());
            put(cn, "title", c.title());
            put(cn, "email", c.email());
            ArrayNode phones = cn.putArray("phones");
            if (c.phone() != null) {
                ObjectNode p = phones.addObject();
                p.put("id", cid + "-phone1");
                p.put("contact_id", cid);
                p.put("number", c.phone());
            }
        }
        ArrayNode attrs = s.putArray("attributes");
        for (Attribute a : attributes(o)) {
            ObjectNode an = attrs.addObject();
            String termId = termId(a);
            an.put("id", id + "-" + termId);
            an.put("link_id", id);
            an.put("link_type", "service");
            an.put("link_entity", "service");
            an.put("taxonomy_term_id", termId);
            ObjectNode term = an.putObject("taxonomy_term");
            term.put("id", termId);
            term.put("name", a.value());
            term.put("taxonomy", a.taxonomy());
        }
        return s;
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

    static ObjectNode location(Location l) {
        ObjectNode n = NODES.objectNode();
        n.put("id", l.id());
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
            a.put("id", l.id() + "-adr");
            a.put("location_id", l.id());
            a.put("address_1", nz(l.street()));
            a.put("city", nz(l.city()));
            a.put("postal_code", nz(l.postcode()));
            a.put("state_province", "");
            a.put("country", "DK");
            a.put("address_type", "physical");
        }
        ArrayNode access = n.putArray("accessibility");
        String text = accessibilityText(l);
        if (text != null) {
            ObjectNode a = access.addObject();
            a.put("id", l.id() + "-acc");
            a.put("location_id", l.id());
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
        return t == null ? null : String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    /** The Henvis facts as attributes of the conventions' taxonomies, in the order the reader keeps them. */
    static List<Attribute> attributes(Offer o) {
        List<Attribute> out = new ArrayList<>();
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

    /** A stable taxonomy term id, e.g. {@code henvis-category-sang-og-musik}. */
    static String termId(Attribute a) {
        return slug(a.taxonomy()) + "-" + slug(a.value());
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
