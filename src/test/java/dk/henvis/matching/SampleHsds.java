package dk.henvis.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.henvis.catalog.Access;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Location;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferKey;
import dk.henvis.catalog.OfferStatus;
import dk.henvis.catalog.Organisation;
import dk.henvis.catalog.Schedule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small reader of the sample HSDS file for tests of matching until the real importer lands on main.
 * It follows HSDS-CONVENTIONS.md for the fields matching uses; it is not the product's importer.
 */
final class SampleHsds {
    private SampleHsds() {
    }

    static List<Offer> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode array = root.isArray() ? root : root.path("contents");
        List<Offer> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(offer(s));
        }
        return out;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Offer offer(JsonNode s) {
        List<Location> locations = new ArrayList<>();
        for (JsonNode sal : s.path("service_at_locations")) {
            JsonNode l = sal.path("location");
            StringBuilder acc = new StringBuilder();
            l.path("accessibility").forEach(a -> acc.append(text(a, "description")).append(' ')
                    .append(a.has("details") ? text(a, "details") : "").append(' '));
            JsonNode adr = l.path("addresses").path(0);
            locations.add(new Location(text(l, "id"), text(l, "name"), text(adr, "address_1"),
                    text(adr, "postal_code"), text(adr, "city"),
                    l.hasNonNull("latitude") ? l.get("latitude").asDouble() : null,
                    l.hasNonNull("longitude") ? l.get("longitude").asDouble() : null,
                    text(l, "transportation"), access(acc.toString()), acc.toString().strip(),
                    "virtual".equals(text(l, "location_type"))));
        }
        List<Schedule> schedules = new ArrayList<>();
        for (JsonNode sc : s.path("schedules")) {
            schedules.add(schedule(sc));
        }
        BigDecimal amount = null;
        for (JsonNode c : s.path("cost_options")) {
            BigDecimal a = c.get("amount").decimalValue();
            amount = amount == null || a.compareTo(amount) < 0 ? a : amount;
        }
        String fees = text(s, "fees_description");
        if (amount == null && fees != null && fees.toLowerCase(Locale.ROOT).startsWith("gratis")) {
            amount = BigDecimal.ZERO;
        }
        List<String> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        FocusLevel focus = null;
        AudienceSex sex = AudienceSex.ANY;
        boolean dropIn = false;
        for (JsonNode a : s.path("attributes")) {
            String tax = text(a.path("taxonomy_term"), "taxonomy");
            String name = text(a.path("taxonomy_term"), "name");
            switch (tax) {
                case "henvis:focus" -> focus = FocusLevel.fromCode(name).orElse(null);
                case "henvis:category" -> categories.add(name);
                case "henvis:target_group" -> targets.add(name);
                case "henvis:sex" -> sex = "kvinder".equals(name) ? AudienceSex.WOMEN : AudienceSex.MEN;
                case "henvis:drop_in" -> dropIn = "ja".equals(name);
                default -> tags.add(name);
            }
        }
        List<String> languages = new ArrayList<>();
        s.path("languages").forEach(l -> languages.add(text(l, "code")));
        JsonNode org = s.path("organization");
        return new Offer(new OfferKey("sample", text(s, "id")), text(s, "name"), text(s, "alternate_name"),
                text(s, "description"), text(s, "url"), text(s, "email"), OfferStatus.fromHsds(text(s, "status")),
                new Organisation(text(org, "id"), text(org, "name"), text(org, "description"), null), locations,
                schedules, new AgeRange(s.hasNonNull("minimum_age") ? s.get("minimum_age").asInt() : null,
                        s.hasNonNull("maximum_age") ? s.get("maximum_age").asInt() : null),
                new Cost(amount, fees), categories, tags, languages, List.of(), focus, targets, sex,
                text(s, "eligibility_description"), dropIn,
                s.hasNonNull("assured_date") ? LocalDate.parse(text(s, "assured_date")) : null, null);
    }

    private static Access access(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String no : List.of("ikke trinfri", "ikke egnet for kørestol", "trapper", "ingen elevator", "trappe")) {
            if (t.contains(no)) {
                return Access.NOT_STEP_FREE;
            }
        }
        for (String yes : List.of("trinfri", "niveaufri", "kørestol", "handicapvenlig", "elevator", "rampe",
                "handicaptoilet")) {
            if (t.contains(yes)) {
                return Access.STEP_FREE;
            }
        }
        return Access.UNKNOWN;
    }

    private static Schedule schedule(JsonNode sc) {
        String freq = text(sc, "freq");
        LocalTime opens = sc.hasNonNull("opens_at") ? LocalTime.parse(text(sc, "opens_at")) : null;
        LocalTime closes = sc.hasNonNull("closes_at") ? LocalTime.parse(text(sc, "closes_at")) : null;
        LocalDate from = sc.hasNonNull("valid_from") ? LocalDate.parse(text(sc, "valid_from")) : null;
        LocalDate to = sc.hasNonNull("valid_to") ? LocalDate.parse(text(sc, "valid_to")) : null;
        LocalDate dtstart = sc.hasNonNull("dtstart") ? LocalDate.parse(text(sc, "dtstart").substring(0, 10)) : null;
        if (freq == null) {
            if (dtstart != null) {
                return new Schedule(Frequency.ONCE, 1, List.of(), null, dtstart, opens, closes, from, to, null,
                        text(sc, "description"));
            }
            return Schedule.textOnly(text(sc, "description"));
        }
        List<DayOfWeek> days = new ArrayList<>();
        Integer week = null;
        String byday = text(sc, "byday");
        if (byday != null) {
            for (String d : byday.split(",")) {
                String code = d.strip();
                String num = code.substring(0, code.length() - 2);
                if (!num.isEmpty()) {
                    week = Integer.parseInt(num);
                }
                days.add(switch (code.substring(code.length() - 2)) {
                    case "MO" -> DayOfWeek.MONDAY;
                    case "TU" -> DayOfWeek.TUESDAY;
                    case "WE" -> DayOfWeek.WEDNESDAY;
                    case "TH" -> DayOfWeek.THURSDAY;
                    case "FR" -> DayOfWeek.FRIDAY;
                    case "SA" -> DayOfWeek.SATURDAY;
                    default -> DayOfWeek.SUNDAY;
                });
            }
        }
        return new Schedule(Frequency.valueOf(freq), sc.path("interval").asInt(1), days, week, null, opens, closes,
                from != null ? from : dtstart, to, null, text(sc, "description"));
    }
}
