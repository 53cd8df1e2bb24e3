package dk.henvis.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conditions an offer states, read from its structured fields <em>and</em> its free text the way
 * Danish listings write them (contract §2 "stated"): who it is for ("Kun for mænd", "Forbeholdt
 * kvinder", "for mødre", "for fædre"), ages ("60+", "18–30 år", "under 25", "mellem 15 og 25 år"), the
 * price ("Gratis første gang, derefter 20 kr.", "Kontingent 300 kr. om året" — an optional extra such
 * as "kaffe kan købes for 20 kr." does not make an offer paid), step-free access ("ingen elevator",
 * "trapper", "kælder") and whether it needs a referral ("Kræver henvisning fra jobcentret").
 *
 * <p>Pure and cheap (a handful of regular expressions over the offer's own texts): no database, no
 * JavaFX. Matching reads it once per offer when its index is built; the GUI and the handout read it for
 * the offers they show.
 *
 * @param sex      the stated audience: the structured field, else the text
 * @param ages     the structured age range narrowed by ages stated in the text
 * @param cost     the price to go by: a 0-kr option is not free when the text states a recurring price
 * @param access   step-free access: the places' own accessibility, else what the description says
 * @param placeless true when the offer has no physical place (a home visit, a phone line or online):
 *                  access and distance do not apply
 * @param referral the text's own referral condition ("Kræver henvisning fra jobcentret"), null when none
 */
public record StatedConditions(AudienceSex sex, AgeRange ages, Cost cost, Access access, boolean placeless,
        String referral) {

    private static final String L = "\\p{L}";
    private static final Pattern WOMEN = Pattern.compile("(?<!" + L + ")(?:(?:kun|forbeholdt|udelukkende)\\s+(?:for\\s+)?"
            + "(?:kvinder|damer|piger|mødre)|for\\s+(?:kvinder|damer|mødre))(?!" + L + ")");
    private static final Pattern MEN = Pattern.compile("(?<!" + L + ")(?:(?:kun|forbeholdt|udelukkende)\\s+(?:for\\s+)?"
            + "(?:mænd|herrer|drenge|fædre)|for\\s+(?:mænd|herrer|fædre))(?!" + L + ")");
    /** Both sexes named together ("for mænd og kvinder") is not single-sex: removed before looking. */
    private static final Pattern BOTH = Pattern.compile(
            "(?:kvinder|damer|mødre)\\s+(?:og|eller|&)\\s+(?:mænd|herrer|fædre)|(?:mænd|herrer|fædre)\\s+(?:og|eller|&)\\s+(?:kvinder|damer|mødre)"
            + "|begge køn|alle køn");

    private static final Pattern PLUS = Pattern.compile("(?<![\\d,.])(\\d{2})\\s?\\+(?!\\d)");
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\d,.])(\\d{1,2})\\s?(?:-|–|—|til)\\s?(\\d{1,2})\\s?år(?!" + L + ")");
    private static final Pattern BETWEEN = Pattern.compile(
            "mellem\\s+(\\d{1,2})\\s+og\\s+(\\d{1,2})\\s?år(?!" + L + ")");
    private static final Pattern UNDER = Pattern.compile(
            "(?:(?:unge|alle|voksne|dig|folk|personer|borgere)\\s+(?:under|op til)\\s+(\\d{2})(?!\\d|[.,]\\d)(?:\\s?år)?"
            + "|(?:under|op til)\\s+(\\d{2})\\s?år(?!" + L + "))");
    private static final Pattern OVER = Pattern.compile(
            "(?:(?:alle|voksne|dig|folk|personer|borgere|seniorer)\\s+(?:over|fra)\\s+(\\d{2})(?!\\d|[.,]\\d)(?:\\s?år)?"
            + "|(?:over|fra)\\s+(\\d{2})\\s?år(?!" + L + ")|(\\d{2})\\s?år\\s+og\\s+op(?:efter|ad)?)");
    /** Ages of the children an offer is with ("børn 0-3 år") are not the citizen's age. */
    private static final Pattern CHILDREN = Pattern.compile("(?:børn|barn|baby|babyer|børnene|deres)\\W*(?:\\w+\\W+)?$");

    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?|\\d+(?:,\\d{1,2})?)";
    private static final Pattern AMOUNT = Pattern.compile(NUMBER + "\\s*(?:kr\\.?|kroner|dkk|,-)(?!" + L + ")");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(?<!" + L + ")(?:kr\\.?|dkk)\\s*" + NUMBER);
    private static final Pattern FREE = Pattern.compile("(?<!" + L + ")(gratis|fri entr[ée]|uden beregning|ingen betaling"
            + "|koster ikke noget|det er gratis|ingen egenbetaling)(?!" + L + ")");
    /** A clause about an optional extra: it does not make the offer paid. */
    private static final Pattern OPTIONAL = Pattern.compile(
            "kan købes|kan betales|kan medbringes|kan bestilles|for egen regning|frivilligt bidrag|frivillig betaling"
            + "|hvis man vil|hvis du vil|mod betaling kan|kan lejes|til salg");

    private static final List<String> NOT_STEP_FREE = List.of("ingen elevator", "ikke egnet for kørestol",
            "ikke egnet til kørestol", "ikke kørestolsvenlig", "ikke handicapvenlig", "ikke tilgængelig for kørestol",
            "ikke niveaufri", "ikke trinfri", "ikke adgang for kørestol");
    private static final Pattern STAIRS = Pattern.compile("(?<!" + L + ")(?:trapper|trappe|trappen|trin)(?!" + L + ")"
            + "|(?<!" + L + ")kælder(?:en|lokale\\p{L}*)?(?!" + L + ")|(?<!" + L + ")(?:[1-9]\\.|første|anden) sal(?!" + L + ")");
    private static final List<String> STEP_FREE = List.of("niveaufri", "trinfri", "elevator", "rampe", "handicaptoilet",
            "kørestolsvenlig", "handicapvenlig", "egnet for kørestol", "plads til kørestol", "ingen trapper", "uden trin",
            "stueplan");
    /** STAIRS cannot match without one of these. */
    private static final List<String> STAIRS_WORDS = List.of("trap", "trin", "kælder", " sal");
    /** FREE cannot match without one of these. */
    private static final List<String> FREE_WORDS = List.of("gratis", "fri entr", "uden beregning", "ingen betaling",
            "koster ikke noget", "ingen egenbetaling");
    /** An amount (AMOUNT, AMOUNT_BEFORE) cannot be stated without one of these. */
    private static final List<String> CURRENCY = List.of("kr", "dkk", ",-");

    private static final Pattern REFERRAL = Pattern.compile(
            "(?:kræver|forudsætter|kun (?:efter|med|ved)|sker (?:efter|via)|efter)\\s+"
            + "(?:en\\s+)?(?:visitation|henvisning|bevilling)(?:\\s+(?:fra|af|gennem|via)\\s+[^.;!?\\n]{2,60})?"
            + "|(?:visiteres|henvises)\\s+(?:af|fra|gennem|via)\\s+[^.;!?\\n]{2,60}");

    /** A sentence ends at . ! ? before a capital or a digit ("1. sal" goes on), or at a line break. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}0-9\"«»])|\\n+");

    public static final StatedConditions NONE = new StatedConditions(AudienceSex.ANY, AgeRange.ANY, Cost.UNKNOWN,
            Access.UNKNOWN, true, null);

    public StatedConditions {
        sex = sex == null ? AudienceSex.ANY : sex;
        ages = ages == null ? AgeRange.ANY : ages;
        cost = cost == null ? Cost.UNKNOWN : cost;
        access = access == null ? Access.UNKNOWN : access;
    }

    /** True when the offer needs a referral or visitation before a citizen can join. */
    public boolean needsReferral() {
        return referral != null;
    }

    /** Reads the offer's conditions; never null. */
    public static StatedConditions of(Offer o) {
        String name = lower(o.name());
        String description = lower(o.description());
        String eligibility = lower(o.eligibility());
        String fees = lower(o.cost().text());
        String all = String.join("\n", name, description, eligibility, fees);
        return new StatedConditions(sex(o, all), ages(o, all), cost(o, fees, description),
                access(o, description), placeless(o), referral(o));
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('\u00A0', ' ');
    }

    static AudienceSex sex(Offer o, String text) {
        if (o.audienceSex() != AudienceSex.ANY) {
            return o.audienceSex();
        }
        if (!mentionsSex(text)) {
            return AudienceSex.ANY;
        }
        String t = BOTH.matcher(text).replaceAll(" ");
        boolean women = WOMEN.matcher(t).find();
        boolean men = MEN.matcher(t).find();
        if (women == men) {
            return AudienceSex.ANY;
        }
        return women ? AudienceSex.WOMEN : AudienceSex.MEN;
    }

    /** A cheap test before the patterns: most listings never mention either sex. */
    private static boolean mentionsSex(String t) {
        return t.contains("kvind") || t.contains("mænd") || t.contains("mødre") || t.contains("fædre")
                || t.contains("dame") || t.contains("herre") || t.contains("pige") || t.contains("drenge");
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static AgeRange ages(Offer o, String text) {
        if (!hasDigit(text)) {
            return o.ages();
        }
        Integer min = o.ages().min();
        Integer max = o.ages().max();
        int[] bounds = {min == null ? -1 : min, max == null ? -1 : max};
        // Each pattern is tried only when the text holds the literal it cannot match without (issue 17: these
        // scans were the largest part of the index build); the results are the same.
        Matcher m = PLUS.matcher(text.indexOf('+') >= 0 ? text : "");
        while (m.find()) {
            if (!aboutChildren(text, m.start()) && !money(text, m.end())) {
                narrow(bounds, Integer.parseInt(m.group(1)), -1);
            }
        }
        for (Pattern p : new Pattern[] {RANGE, BETWEEN}) {
            boolean possible = p == RANGE ? text.contains("år") : text.contains("mellem");
            m = p.matcher(possible ? text : "");
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                if (a < b && b <= 120 && !aboutChildren(text, m.start())) {
                    narrow(bounds, a, b);
                }
            }
        }
        m = UNDER.matcher(text.contains("under") || text.contains("op til") ? text : "");
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            if (!aboutChildren(text, m.start())) {
                narrow(bounds, -1, Integer.parseInt(n) - 1);
            }
        }
        m = OVER.matcher(text.contains("over") || text.contains("fra") || text.contains("op") ? text : "");
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!aboutChildren(text, m.start())) {
                narrow(bounds, Integer.parseInt(n), -1);
            }
        }
        Integer lo = bounds[0] < 0 ? null : bounds[0];
        Integer hi = bounds[1] < 0 ? null : bounds[1];
        if (lo != null && hi != null && lo > hi) {
            // contradictory statements: keep what the structured fields said
            return o.ages();
        }
        return lo == null && hi == null ? AgeRange.ANY : new AgeRange(lo, hi);
    }

    private static void narrow(int[] bounds, int min, int max) {
        if (min >= 0 && min > bounds[0]) {
            bounds[0] = min;
        }
        if (max >= 0 && (bounds[1] < 0 || max < bounds[1])) {
            bounds[1] = max;
        }
    }

    private static boolean aboutChildren(String text, int at) {
        int from = Math.max(0, at - 24);
        return CHILDREN.matcher(text.substring(from, at)).find();
    }

    private static boolean money(String text, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 6)).strip();
        return after.startsWith("kr") || after.startsWith("dkk");
    }

    /**
     * The price to go by. The structured price stands unless it is 0 (or missing) and the price or
     * description text states a price that is not an optional extra ("derefter 20 kr.", "kontingent").
     */
    static Cost cost(Offer o, String fees, String description) {
        Cost c = o.cost();
        if (c.isKnown() && !c.isFree()) {
            return c;
        }
        BigDecimal stated = statedPrice(fees);
        if (stated == null) {
            stated = statedPrice(description);
        }
        if (stated != null && stated.signum() > 0) {
            return new Cost(stated, c.text());
        }
        if (!c.isKnown() && (saysFree(fees) || saysFree(description))) {
            return new Cost(BigDecimal.ZERO, c.text());
        }
        return c;
    }

    private static boolean saysFree(String text) {
        return containsAny(text, FREE_WORDS) && FREE.matcher(text).find();
    }

    /** True when the text holds one of the words. */
    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first amount the text states for taking part, skipping clauses about optional extras. */
    static BigDecimal statedPrice(String text) {
        // AMOUNT and AMOUNT_BEFORE cannot match without one of these
        if (text.isEmpty() || !hasDigit(text) || !containsAny(text, CURRENCY)) {
            return null;
        }
        for (String clause : clauses(text)) {
            if (OPTIONAL.matcher(clause).find()) {
                continue;
            }
            for (Pattern p : new Pattern[] {AMOUNT, AMOUNT_BEFORE}) {
                Matcher m = p.matcher(clause);
                while (m.find()) {
                    BigDecimal v = number(m.group(1));
                    if (v.signum() > 0) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** Sentences and comma clauses; "kr." and "1.150" do not end a sentence. */
    private static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("(?<!kr)(?<!\\d)\\.(?!\\d)|[;!?\\n]|,\\s+(?=\\p{L})")) {
            if (!part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }

    private static BigDecimal number(String s) {
        String t = s.strip();
        if (t.matches("\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?")) {
            t = t.replace(".", "");
        }
        BigDecimal v = new BigDecimal(t.replace(',', '.')).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    static Access access(Offer o, String description) {
        Access best = Access.UNKNOWN;
        boolean any = false;
        for (Location l : o.locations()) {
            if (l.online()) {
                continue;
            }
            any = true;
            if (l.access() == Access.STEP_FREE) {
                return Access.STEP_FREE;
            }
            if (l.access() == Access.NOT_STEP_FREE) {
                best = Access.NOT_STEP_FREE;
            }
        }
        if (!any || best != Access.UNKNOWN) {
            return best;
        }
        if (containsAny(description, NOT_STEP_FREE)) {
            return Access.NOT_STEP_FREE;
        }
        if (containsAny(description, STEP_FREE)) {
            return Access.STEP_FREE;
        }
        return containsAny(description, STAIRS_WORDS) && STAIRS.matcher(description).find()
                ? Access.NOT_STEP_FREE : Access.UNKNOWN;
    }

    /**
     * The offer's own words behind {@link #access()}: the place's accessibility text ("Niveaufri adgang og
     * handicaptoilet"), else the description's sentence that states it ("Lokalet ligger på 1. sal, ingen
     * elevator."); null when access is unknown or was only chosen, never written.
     */
    public static String accessWords(Offer o) {
        Access access = access(o, lower(o.description()));
        if (access == Access.UNKNOWN) {
            return null;
        }
        for (Location l : o.locations()) {
            if (!l.online() && l.access() == access && l.accessibility() != null && !l.accessibility().isBlank()) {
                return l.accessibility().strip().replaceAll("\\s+", " ");
            }
        }
        if (o.description() == null || o.locations().stream().anyMatch(l -> !l.online() && l.access() == access)) {
            return null;
        }
        List<java.util.function.Predicate<String>> says = access == Access.STEP_FREE
                ? List.of(t -> containsAny(t, STEP_FREE))
                : List.of(t -> containsAny(t, NOT_STEP_FREE), t -> STAIRS.matcher(t).find());
        for (java.util.function.Predicate<String> p : says) {
            for (String sentence : SENTENCE_END.split(o.description().strip())) {
                if (p.test(lower(sentence))) {
                    return sentence.strip().replaceAll("\\s+", " ");
                }
            }
        }
        return null;
    }

    private static boolean placeless(Offer o) {
        return o.locations().stream().allMatch(Location::online);
    }

    static String referral(Offer o) {
        for (String text : new String[] {o.eligibility(), o.description(), o.cost().text()}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            if (!lower.contains("visit") && !lower.contains("henvis") && !lower.contains("bevilling")) {
                continue;
            }
            Matcher m = REFERRAL.matcher(lower);
            if (m.find()) {
                String found = text.substring(m.start(), m.end()).strip();
                String s = found.toLowerCase(Locale.ROOT);
                if (!s.startsWith("kræver")) {
                    found = "Kræver " + found.replaceFirst("(?i)^(forudsætter|kun efter|kun med|kun ved|sker efter|sker via|efter)\\s+", "");
                    if (s.startsWith("visiteres") || s.startsWith("henvises")) {
                        found = "Kræver " + (s.startsWith("visiteres") ? "visitation " : "henvisning ")
                                + text.substring(m.start(), m.end()).strip().replaceFirst("(?i)^(visiteres|henvises)\\s+", "");
                    }
                }
                return Character.toUpperCase(found.charAt(0)) + found.substring(1);
            }
        }
        return null;
    }
}
