package dk.henvis.catalog;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the same activity arriving from several sources (e.g. the coordinator's HSDS file and
 * KultuNaut): the same name after normalisation, the same place and the same weekday. A pure function
 * over offers; matching shows each group once, with all its sources. Offers of one source are never
 * grouped with each other (a source's ids name different offers).
 */
public final class DuplicateDetector {
    /** Two places at most this far apart (by coordinates) are the same place. */
    static final double SAME_PLACE_KM = 0.2;

    private DuplicateDetector() {
    }

    /**
     * One activity and every offer that describes it.
     *
     * @param primary the offer to show: the most recently verified, else the first given
     * @param offers  all of them, primary first
     */
    public record Group(Offer primary, List<Offer> offers) {
        public Group {
            offers = List.copyOf(offers);
        }

        /** The sources that offer it, in the order of {@link #offers()}. */
        public List<String> sources() {
            return offers.stream().map(o -> o.key().source()).distinct().toList();
        }

        public boolean isDuplicate() {
            return offers.size() > 1;
        }
    }

    /** Every offer in exactly one group, groups in the order of their first offer. */
    public static List<Group> groups(List<Offer> offers) {
        int n = offers.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, List<Integer>> byName = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byName.computeIfAbsent(normaliseName(offers.get(i).name()), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> same : byName.values()) {
            for (int x = 0; x < same.size(); x++) {
                for (int y = x + 1; y < same.size(); y++) {
                    Offer a = offers.get(same.get(x));
                    Offer b = offers.get(same.get(y));
                    if (!a.key().source().equals(b.key().source()) && samePlace(a, b) && sameWeekday(a, b)) {
                        union(parent, same.get(x), same.get(y));
                    }
                }
            }
        }
        Map<Integer, List<Offer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(offers.get(i));
        }
        List<Group> groups = new ArrayList<>();
        for (List<Offer> g : members.values()) {
            Offer primary = g.stream().max(Comparator.comparing((Offer o) -> o.lastChecked() == null
                    ? java.time.LocalDate.MIN : o.lastChecked()).thenComparing(o -> -g.indexOf(o))).orElseThrow();
            List<Offer> ordered = new ArrayList<>();
            ordered.add(primary);
            g.stream().filter(o -> o != primary).forEach(ordered::add);
            groups.add(new Group(primary, ordered));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** True when {@code a} and {@code b} are the same activity from two different sources. */
    public static boolean sameActivity(Offer a, Offer b) {
        return !a.key().source().equals(b.key().source())
                && normaliseName(a.name()).equals(normaliseName(b.name())) && samePlace(a, b) && sameWeekday(a, b);
    }

    /**
     * Lower case, accents dropped (é → e; æ, ø and å kept), "aa" read as "å", punctuation as space,
     * spaces collapsed: "Strikkecafé – Aastrup" and "strikkecafe aastrup" become the same.
     */
    public static String normaliseName(String name) {
        if (name == null) {
            return "";
        }
        String s = name.toLowerCase(Locale.ROOT).replace("aa", "å");
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == 'æ' || c == 'ø' || c == 'å') {
                out.append(c);
                continue;
            }
            if (c < 0x80) {
                // plain ASCII has no accents to drop (the common case, without the normaliser: issue 17)
                out.append(Character.isLetterOrDigit(c) ? c : ' ');
                continue;
            }
            String plain = MARKS.matcher(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)).replaceAll("");
            for (char p : plain.toCharArray()) {
                out.append(Character.isLetterOrDigit(p) ? p : ' ');
            }
        }
        return SPACES.matcher(out.toString().strip()).replaceAll(" ");
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Same place: both online, coordinates within 200 m, or the same street and postcode. */
    static boolean samePlace(Offer a, Offer b) {
        for (Location x : a.locations()) {
            for (Location y : b.locations()) {
                if (samePlace(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean samePlace(Location x, Location y) {
        if (x.online() || y.online()) {
            return x.online() && y.online();
        }
        if (x.hasCoordinates() && y.hasCoordinates()) {
            return new GeoPoint(x.latitude(), x.longitude()).distanceKm(new GeoPoint(y.latitude(), y.longitude()))
                    <= SAME_PLACE_KM;
        }
        String sx = normaliseName(x.street());
        String sy = normaliseName(y.street());
        if (!sx.isEmpty() && sx.equals(sy)) {
            return x.postcode() == null || y.postcode() == null || x.postcode().strip().equals(y.postcode().strip());
        }
        String nx = normaliseName(x.name());
        return !nx.isEmpty() && nx.equals(normaliseName(y.name())) && x.postcode() != null
                && y.postcode() != null && x.postcode().strip().equals(y.postcode().strip());
    }

    /** Same weekday: the weekdays the two meet on overlap, or neither states a weekday. */
    static boolean sameWeekday(Offer a, Offer b) {
        Set<DayOfWeek> da = weekdays(a);
        Set<DayOfWeek> db = weekdays(b);
        if (da.isEmpty() || db.isEmpty()) {
            return da.isEmpty() && db.isEmpty();
        }
        return da.stream().anyMatch(db::contains);
    }

    private static Set<DayOfWeek> weekdays(Offer o) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (Schedule s : o.schedules()) {
            days.addAll(s.days());
            if (s.date() != null) {
                days.add(s.date().getDayOfWeek());
            }
        }
        return days;
    }
}
