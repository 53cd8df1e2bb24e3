package dk.henvis.matching;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Location;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.Schedule;
import dk.henvis.catalog.ScheduleCalendar;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the 1–4 short Danish sentences that say why an offer was matched, from what actually matched:
 * the interest and the offer's word for it, the need it meets, how far, when, what it costs — and
 * "Ikke oplyst – ring og spørg" where the catalogue does not say.
 */
final class ReasonWriter {
    private static final int MAX = 4;
    private static final float SHOWN = 0.3f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM", Messages.DANISH);

    private final Query q;
    private final OfferIndex idx;

    ReasonWriter(Query q, OfferIndex idx) {
        this.q = q;
        this.idx = idx;
    }

    List<String> reasons(int o, Double km, LocalDateTime next) {
        return reasons(o, km, next, new ArrayList<>());
    }

    /** The reasons for one offer; the evidence the interest and group reasons rest on is added to {@code evidence}. */
    List<String> reasons(int o, Double km, LocalDateTime next, List<Evidence> evidence) {
        Offer offer = idx.offer(o);
        List<String> out = new ArrayList<>();
        OfferIndex.Terms terms = null;
        if (!q.interests.isEmpty() && !q.nothingFits || !q.groups.isEmpty()) {
            terms = idx.evidence(o);
        }
        int shownInterests = 0;
        if (!q.nothingFits) {
            for (int i : byFit(q.interestFit, o)) {
                if (shownInterests == 2 || (shownInterests == 1 && q.interestFit[i][o] < 0.5f)) {
                    break;
                }
                String r = interestReason(terms, q.interests.get(i), evidence);
                if (r != null && !out.contains(r)) {
                    out.add(r);
                    shownInterests++;
                }
            }
        }
        for (int g : byFit(q.groupFit, o)) {
            if (q.groupFit[g][o] < Query.GROUP_SPEAKS) {
                break;
            }
            int before = evidence.size();
            String r = interestReason(terms, q.groups.get(g), evidence);
            // the same word already said for an interest ("Ledig i beskrivelsen – passer til 'job'") is not said twice
            boolean said = r != null && evidence.size() > before && evidence.subList(0, before).stream()
                    .anyMatch(e -> e.word().equalsIgnoreCase(evidence.get(before).word()));
            if (r != null && !said && !out.contains(r)) {
                out.add(r);
            }
            break;
        }
        String referral = idx.conditions(o).referral();
        if (referral != null) {
            out.add(referral);
        }
        if (q.sameSexOnly(o)) {
            out.add(idx.sex[o] == 1 ? Messages.get("match.reason.womenOnly") : Messages.get("match.reason.menOnly"));
        }
        if (q.wantsWheelchair() && !idx.placeless[o]) {
            out.add(idx.access[o] == OfferIndex.YES ? Messages.get("match.reason.stepFree")
                    : Messages.get("match.reason.stepFreeUnknown"));
        }
        boolean priced = false;
        if (q.wantsFree()) {
            out.add(price(o));
            priced = true;
        }
        String where = where(offer, o, km);
        if (where != null) {
            out.add(where);
        }
        String when = when(offer);
        if (when != null) {
            out.add(when);
        } else if (next != null) {
            out.add(Messages.get("match.reason.next", DATE.format(next), time(next.toLocalTime())));
        }
        if (!priced && idx.cost[o] != OfferIndex.UNKNOWN) {
            out.add(price(o));
        }
        if (offer.openDropIn()) {
            out.add(Messages.get("match.reason.dropIn"));
        } else if (offer.focus() == FocusLevel.FOREBYG) {
            out.add(Messages.get("match.reason.openToAll"));
        }
        if (out.isEmpty()) {
            fallback(offer, out);
        }
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : out;
    }

    /** When nothing else can be said: where it is, else what kind of offer it is. */
    private static void fallback(Offer offer, List<String> out) {
        Location l = offer.primaryLocation();
        if (l != null && l.city() != null && !l.city().isBlank()) {
            out.add(Messages.get("match.reason.place", l.city().strip()));
        } else if (!offer.categories().isEmpty()) {
            out.add(capitalise(offer.categories().get(0)));
        } else {
            out.add(Messages.get("match.reason.askMore"));
        }
    }

    /** Indices of the interpretations that fit this offer, best first. */
    private static List<Integer> byFit(float[][] fit, int o) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < fit.length; i++) {
            if (fit[i][o] >= SHOWN) {
                list.add(i);
            }
        }
        list.sort((a, b) -> Float.compare(fit[b][o], fit[a][o]));
        return list;
    }

    /**
     * What matched, in the offer's own words and where it stands: "Kor i beskrivelsen – passer til
     * 'synge'", "Kategori: Fællessang", "Sangkor i navnet". Null when the offer's own texts do not say it.
     */
    private String interestReason(OfferIndex.Terms terms, InterestVocabulary.Interpretation in,
            List<Evidence> evidence) {
        float best = 0;
        OfferIndex.Found found = null;
        for (Map.Entry<Integer, Float> e : in.concepts().entrySet()) {
            Float w = terms.concepts.get(e.getKey());
            if (w != null && w * e.getValue() > best) {
                best = w * e.getValue();
                found = terms.conceptFound.get(e.getKey());
            }
        }
        for (Map.Entry<String, Float> e : in.stems().entrySet()) {
            Float w = terms.stems.get(e.getKey());
            if (w != null && w * e.getValue() > best) {
                best = w * e.getValue();
                found = terms.stemFound.get(e.getKey());
            }
        }
        if (found == null || found.word() == null || found.word().isBlank()) {
            return null;
        }
        String word = found.word().strip();
        evidence.add(new Evidence(word, field(found.where()), in.typed()));
        String text = switch (found.where()) {
            case NAME, ALTERNATE -> Messages.get("match.reason.inName", capitalise(word));
            case DESCRIPTION -> Messages.get("match.reason.inDescription", capitalise(word));
            case ELIGIBILITY -> Messages.get("match.reason.inEligibility", capitalise(word));
            case TARGET -> Messages.get("match.reason.inTargetGroup", word);
            case TAG, CATEGORY -> Messages.get("match.reason.inCategory", capitalise(word));
            case ONLINE -> Messages.get("match.reason.isOnline");
        };
        String typed = DanishTextAnalyzer.fold(in.typed().strip());
        if (DanishTextAnalyzer.fold(word).startsWith(InterestVocabulary.bare(typed))) {
            return text;
        }
        return Messages.get("match.reason.fitsTyped", text, in.typed().strip());
    }

    private static Evidence.Field field(OfferIndex.Where where) {
        return switch (where) {
            case NAME -> Evidence.Field.NAME;
            case ALTERNATE -> Evidence.Field.ALTERNATE_NAME;
            case TAG, ONLINE -> Evidence.Field.TAG;
            case CATEGORY -> Evidence.Field.CATEGORY;
            case TARGET -> Evidence.Field.TARGET_GROUP;
            case DESCRIPTION -> Evidence.Field.DESCRIPTION;
            case ELIGIBILITY -> Evidence.Field.ELIGIBILITY;
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Messages.DANISH) + s.substring(1);
    }

    /** Below this a distance is written "0,0 km". */
    static final double SAME_TOWN_KM = 0.05;

    private String where(Offer offer, int o, Double km) {
        if (idx.online[o]) {
            return Messages.get("match.reason.online");
        }
        if (km == null) {
            return null;
        }
        String transport = null;
        for (Location l : offer.locations()) {
            if (l.transport() != null && !l.transport().isBlank()) {
                transport = l.transport().strip();
                break;
            }
        }
        if (sameTown(offer, km)) {
            if (transport == null) {
                return q.wantsTransport() ? Messages.get("match.reason.sameTownTransportUnknown")
                        : Messages.get("match.reason.sameTown");
            }
            return Messages.get("match.reason.sameTownTransport", shorten(lowerFirst(transport)));
        }
        if (transport == null) {
            return q.wantsTransport() ? Messages.get("match.reason.distanceTransportUnknown", km)
                    : Messages.get("match.reason.distance", km);
        }
        return Messages.get("match.reason.distanceTransport", km, shorten(lowerFirst(transport)));
    }

    /**
     * "0,0 km" measured to a town's centre (the citizen gave a postcode, not a home; or the offer's place has no
     * coordinates and stands at its postcode's centre) says only that both are in the same town, so that is what
     * is said. The distance itself (the match's {@code distanceKm}) is unchanged.
     */
    private boolean sameTown(Offer offer, double km) {
        if (km >= SAME_TOWN_KM) {
            return false;
        }
        if (q.profile.home() == null) {
            return true;
        }
        // the place the distance was measured to: the first not online place (its own coordinates, else its town's)
        for (Location l : offer.locations()) {
            if (!l.online()) {
                return !l.hasCoordinates();
            }
        }
        return false;
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Messages.DANISH) + s.substring(1);
        }
        return s;
    }

    private static String shorten(String s) {
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        if (t.length() <= 70) {
            return t;
        }
        int cut = t.lastIndexOf(' ', 68);
        return t.substring(0, cut > 30 ? cut : 68) + " …";
    }

    /** The price to go by (the stated conditions: a free first time is not free). */
    private String price(int o) {
        if (idx.cost[o] == OfferIndex.UNKNOWN) {
            return Messages.get("match.reason.priceUnknown");
        }
        if (idx.cost[o] == OfferIndex.YES) {
            return Messages.get("match.reason.free");
        }
        return Messages.get("match.reason.price", idx.conditions(o).cost().amountDkk());
    }

    /** "Tirsdage kl. 10–12 – passer med formiddagene", from the first timed schedule that has not ended. */
    private String when(Offer offer) {
        Schedule best = null;
        for (Schedule s : offer.schedules()) {
            if (s.isStructured() && s.opensAt() != null && !ScheduleCalendar.days(s).isEmpty()
                    && !s.hasEndedBefore(q.today)) { // issue 15: an ended schedule is no reason
                if (best == null || fitsAvailability(s)) {
                    best = s;
                    if (fitsAvailability(s)) {
                        break;
                    }
                }
            }
        }
        if (best == null) {
            return null;
        }
        String rhythm = rhythm(best);
        String hours = best.closesAt() != null && best.closesAt().isAfter(best.opensAt())
                ? Messages.get("match.reason.hours", time(best.opensAt()), time(best.closesAt()))
                : Messages.get("match.reason.hour", time(best.opensAt()));
        String text = capitalise(rhythm) + " " + hours;
        if (q.hasAvailability() && fitsAvailability(best)) {
            text = Messages.get("match.reason.fits", text, period(best.opensAt()));
        }
        return text;
    }

    private boolean fitsAvailability(Schedule s) {
        if (!q.hasAvailability()) {
            return false;
        }
        LocalTime end = s.closesAt() != null && s.closesAt().isAfter(s.opensAt()) ? s.closesAt()
                : s.opensAt().plusHours(1);
        for (Availability a : q.profile.availability()) {
            if (ScheduleCalendar.days(s).contains(a.day()) && s.opensAt().isBefore(a.to())
                    && a.from().isBefore(end)) {
                return true;
            }
        }
        return false;
    }

    private static String period(LocalTime t) {
        if (t.getHour() < 12) {
            return Messages.get("match.reason.morning");
        }
        return t.getHour() < 17 ? Messages.get("match.reason.afternoon") : Messages.get("match.reason.evening");
    }

    private static String rhythm(Schedule s) {
        List<DayOfWeek> days = ScheduleCalendar.days(s);
        if (s.frequency() == Frequency.ONCE) {
            return Messages.get("match.reason.once", DATE.format(s.date() != null ? s.date() : s.validFrom()));
        }
        if (s.frequency() == Frequency.DAILY) {
            return Messages.get("match.reason.daily");
        }
        if (s.frequency() == Frequency.MONTHLY && s.monthWeek() != null && !days.isEmpty()) {
            String day = dayName(days.get(0));
            return s.monthWeek() < 0 ? Messages.get("match.reason.lastInMonth", day)
                    : Messages.get("match.reason.nthInMonth", s.monthWeek(), day);
        }
        if (s.frequency() == Frequency.MONTHLY) {
            return Messages.get("match.reason.monthly", dayName(days.get(0)));
        }
        if (s.interval() == 2 && days.size() == 1) {
            return Messages.get("match.reason.everyOther", dayName(days.get(0)));
        }
        if (s.interval() > 2 && days.size() == 1) {
            return Messages.get("match.reason.everyNth", s.interval(), dayName(days.get(0)));
        }
        List<String> names = days.stream().map(ReasonWriter::daysName).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return Messages.get("match.reason.and", String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }

    /** "tirsdag". */
    static String dayName(DayOfWeek d) {
        return d.getDisplayName(java.time.format.TextStyle.FULL, Messages.DANISH).toLowerCase(Locale.ROOT);
    }

    /** "tirsdage". */
    static String daysName(DayOfWeek d) {
        return dayName(d) + "e";
    }

    /** "10", "9.30". */
    static String time(LocalTime t) {
        return t.getMinute() == 0 ? Integer.toString(t.getHour())
                : t.getHour() + "." + String.format(Locale.ROOT, "%02d", t.getMinute());
    }

    static boolean stepFree(Offer offer) {
        return offer.locations().stream().anyMatch(l -> l.access() == Access.STEP_FREE);
    }
}
