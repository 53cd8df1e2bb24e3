package dk.henvis.matching;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.GeoPoint;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One citizen's profile laid over the index: the hard rules and the score for each offer, computed
 * from the index's primitive arrays. The weights are explained in the matching-score ADR.
 */
final class Query {
    static final float W_INTEREST = 0.42f;
    static final float W_GROUP = 0.15f;
    static final float W_FOCUS = 0.14f;
    static final float W_DISTANCE = 0.14f;
    static final float W_SCHEDULE = 0.08f;
    static final float W_PRICE = 0.05f;
    static final float W_RECENCY = 0.04f;
    static final float W_LANGUAGE = 0.03f;
    /** Unknown access or price when the citizen needs it: kept, but below offers that state it. */
    static final float UNKNOWN_NEED = 0.85f;
    /** How well a same-sex-only offer must fit the interests to be lifted to the top. */
    static final float SAME_SEX_FIT = 0.6f;
    /** An offer made for groups the citizen is not known to belong to ranks a little lower. */
    static final float TARGET_MISMATCH = 0.85f;
    /** The distance scale: at this many km the distance factor is one half. */
    static final double HALF_KM = 6.0;

    /** [citizen focus][offer focus], with index 3 for "not stated". */
    private static final float[][] FOCUS_FIT = {
        {1.0f, 0.6f, 0.15f, 0.6f},
        {0.7f, 1.0f, 0.55f, 0.55f},
        {0.35f, 0.7f, 1.0f, 0.4f},
        {0.85f, 0.55f, 0.2f, 0.55f},
    };

    final CitizenProfile profile;
    final OfferIndex idx;
    final GeoPoint home;
    final GeoPoint reference;
    final List<InterestVocabulary.Interpretation> interests;
    final List<InterestVocabulary.Interpretation> groups;
    final float[][] interestFit;
    final float[][] groupFit;
    /** The typed interests that no offer of the catalogue speaks of ("paragliding"). */
    final List<String> unmatched;
    /** True when interests were named and no offer speaks of any of them: the nearest open offers are shown. */
    final boolean nothingFits;
    final LocalDate today;
    private final int todayDay;
    private final double maxKm;
    private final boolean wheelchair;
    private final boolean free;
    private final boolean daytime;
    private final boolean evening;
    private final boolean transport;
    private final int sameSex;
    private final int otherSex;
    /** The citizen's own sex (1 women, 2 men) from {@code sex} or a same-sex wish, else 0. */
    private final int ownSex;
    private final int[] availDay;
    private final int[] availFrom;
    private final int[] availTo;
    private final int availDays;
    private final long languageMask;
    private final boolean speaksDanish;
    private final double[] distance;
    private final float weightSum;
    private final float distanceWeight;
    private final int focusRow;

    Query(CitizenProfile p, OfferIndex idx, InterestVocabulary vocabulary, Gazetteer gazetteer, LocalDate today) {
        this.profile = p;
        this.idx = idx;
        this.today = today;
        this.todayDay = (int) today.toEpochDay();
        this.home = ProfileReader.homeOf(p, gazetteer);
        this.reference = home != null ? home
                : gazetteer.byPostcode(Gazetteer.CENTRE_POSTCODE).map(Gazetteer.Place::point).orElse(null);
        this.maxKm = p.maxDistanceKm() == null || home == null ? Double.NaN : p.maxDistanceKm();
        java.util.function.Predicate<String> inCatalogue = idx.stemPostings::containsKey;
        this.interests = p.interests().stream().map(t -> vocabulary.interpret(t, inCatalogue))
                .filter(i -> !i.isEmpty()).toList();
        this.groups = p.groups().stream().map(t -> vocabulary.interpret(t, inCatalogue))
                .filter(i -> !i.isEmpty()).toList();
        this.interestFit = fits(interests, idx, true);
        // who an offer is for is not less true for being common ("senior"): groups are not weighted by specificity
        this.groupFit = fits(groups, idx, false);
        List<String> none = new java.util.ArrayList<>();
        for (String typed : p.interests()) {
            int i = -1;
            for (int k = 0; k < interests.size(); k++) {
                if (interests.get(k).typed().equals(typed)) {
                    i = k;
                }
            }
            if (typed.isBlank()) {
                continue;
            }
            if (i < 0 || max(interestFit[i]) < SPEAKS) {
                none.add(typed.strip());
            }
        }
        this.unmatched = List.copyOf(none);
        this.nothingFits = !p.interests().isEmpty() && none.size() == p.interests().stream()
                .filter(t -> !t.isBlank()).count();
        this.aimedElsewhere = nothingFits ? aimedElsewhere(p, idx, vocabulary, groups) : null;
        wheelchair = p.needs().contains(Need.WHEELCHAIR);
        free = p.needs().contains(Need.FREE);
        daytime = p.needs().contains(Need.DAYTIME);
        evening = p.needs().contains(Need.EVENING);
        transport = p.needs().contains(Need.NEAR_TRANSPORT);
        sameSex = p.needs().contains(Need.WOMEN_ONLY) ? 1 : p.needs().contains(Need.MEN_ONLY) ? 2 : 0;
        ownSex = p.sex() == Sex.FEMALE ? 1 : p.sex() == Sex.MALE ? 2 : sameSex;
        otherSex = sameSex != 0 ? 3 - sameSex : ownSex != 0 ? 3 - ownSex : 0;
        List<Availability> av = p.availability();
        availDay = new int[av.size()];
        availFrom = new int[av.size()];
        availTo = new int[av.size()];
        int days = 0;
        for (int i = 0; i < av.size(); i++) {
            Availability a = av.get(i);
            availDay[i] = a.day().getValue() - 1;
            availFrom[i] = a.from().toSecondOfDay() / 60;
            availTo[i] = a.to().equals(LocalTime.MAX) ? 24 * 60 : a.to().toSecondOfDay() / 60;
            days |= 1 << availDay[i];
        }
        availDays = days;
        long mask = 0;
        for (String lang : p.languages()) {
            mask |= idx.knownLanguageBit(lang);
        }
        languageMask = mask;
        speaksDanish = p.languages().contains("da");
        distance = new double[idx.size];
        distanceWeight = home != null ? W_DISTANCE : reference != null ? W_DISTANCE / 2 : 0;
        weightSum = (interests.isEmpty() || nothingFits ? 0 : W_INTEREST) + (groups.isEmpty() ? 0 : W_GROUP) + W_FOCUS
                + distanceWeight + W_SCHEDULE + W_PRICE + W_RECENCY + W_LANGUAGE;
        focusRow = p.focus() == null ? 3 : p.focus().ordinal();
    }

    /** The least fit that counts as an offer speaking of an interest (a related word in its name, a word in its text). */
    static final float SPEAKS = 0.3f;

    private static float max(float[] f) {
        float m = 0;
        for (float x : f) {
            m = Math.max(m, x);
        }
        return m;
    }

    /**
     * Per interpretation and offer the best hit: query strength × field weight × how specific the concept
     * or word is in this catalogue ({@link OfferIndex#specificity}).
     */
    private static float[][] fits(List<InterestVocabulary.Interpretation> list, OfferIndex idx, boolean specific) {
        float[][] fit = new float[list.size()][];
        for (int i = 0; i < list.size(); i++) {
            float[] f = new float[idx.size];
            InterestVocabulary.Interpretation in = list.get(i);
            in.concepts().forEach((c, q) -> accumulate(f, idx.conceptPostings[c],
                    specific ? q * idx.conceptSpecificity[c] : q));
            in.stems().forEach((s, q) -> {
                int[] postings = idx.stemPostings.get(s);
                if (postings != null) {
                    accumulate(f, postings, specific ? q * idx.specificity(postings.length) : q);
                }
            });
            fit[i] = f;
        }
        return fit;
    }

    private static void accumulate(float[] fit, int[] postings, float q) {
        for (int p : postings) {
            int o = OfferIndex.offerOf(p);
            float w = OfferIndex.weightOf(p) * q;
            if (w > fit[o]) {
                fit[o] = w;
            }
        }
    }

    int interestCount() {
        return interests.size();
    }

    /** The first hard rule the offer breaks, or null. Also measures its distance for the score. */
    HardRule broken(int o) {
        Integer age = profile.age();
        if (age != null && (age < idx.ageMin[o] || age > idx.ageMax[o])) {
            return HardRule.AGE;
        }
        double d = Double.NaN;
        if (reference != null && !idx.online[o] && !Double.isNaN(idx.lat[o])) {
            d = km(reference, idx.lat[o], idx.lon[o]);
        }
        distance[o] = d;
        if (!Double.isNaN(maxKm) && !Double.isNaN(d) && d > maxKm) {
            return HardRule.DISTANCE;
        }
        if (wheelchair && idx.access[o] == OfferIndex.NO) {
            return HardRule.WHEELCHAIR;
        }
        if (free && idx.cost[o] == OfferIndex.NO) {
            return HardRule.FREE;
        }
        if (daytime && idx.timed[o] && !idx.daytime[o]) {
            return HardRule.DAYTIME;
        }
        if (evening && idx.timed[o] && !idx.evening[o]) {
            return HardRule.EVENING;
        }
        if (transport && idx.transport[o] == OfferIndex.NO) {
            return HardRule.NEAR_TRANSPORT;
        }
        if (otherSex != 0 && idx.sex[o] == otherSex) {
            return HardRule.SEX;
        }
        if (availDay.length > 0 && idx.dayMask[o] != 0 && overlaps(o) == 0) {
            return HardRule.AVAILABILITY;
        }
        return null;
    }

    /** How many of the offer's sessions overlap the citizen's free times (untimed days count once). */
    int overlaps(int o) {
        int n = (idx.untimedDays[o] & availDays) != 0 ? 1 : 0;
        for (int s = idx.sessionStart[o]; s < idx.sessionStart[o + 1]; s++) {
            int packed = idx.sessions[s];
            int day = OfferIndex.sessionDay(packed);
            int start = OfferIndex.sessionStartMinute(packed);
            int end = OfferIndex.sessionEndMinute(packed);
            for (int a = 0; a < availDay.length; a++) {
                if (availDay[a] == day && start < availTo[a] && availFrom[a] < end) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    static double km(GeoPoint from, double lat, double lon) {
        double dLat = Math.toRadians(lat - from.lat());
        double dLon = Math.toRadians(lon - from.lon());
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(from.lat())) * Math.cos(Math.toRadians(lat))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The distance from the citizen's home to report, null when there is no home or no place. */
    Double distanceKm(int o) {
        return home == null || Double.isNaN(distance[o]) ? null : distance[o];
    }

    float interestFit(int o) {
        return combined(interestFit, o);
    }

    float groupFit(int o) {
        return combined(groupFit, o);
    }

    private static float combined(float[][] fit, int o) {
        float best = 0;
        float sum = 0;
        for (float[] f : fit) {
            best = Math.max(best, f[o]);
            sum += f[o];
        }
        return Math.min(1f, best + 0.25f * (sum - best));
    }

    /** The interest this offer serves best (fit at least 0.3), or -1. */
    int primaryInterest(int o) {
        int best = -1;
        float bestFit = 0.3f;
        for (int i = 0; i < interestFit.length; i++) {
            if (interestFit[i][o] >= bestFit) {
                bestFit = interestFit[i][o];
                best = i;
            }
        }
        return best;
    }

    float focusFit(int o) {
        return FOCUS_FIT[focusRow][idx.focus[o] < 0 ? 3 : idx.focus[o]];
    }

    float distanceFit(int o) {
        if (idx.online[o]) {
            return 0.6f;
        }
        double d = distance[o];
        if (Double.isNaN(d)) {
            return 0.4f;
        }
        return (float) (1 / (1 + Math.pow(d / HALF_KM, 1.5)));
    }

    boolean ended(int o) {
        return idx.lastDay[o] < todayDay;
    }

    float scheduleFit(int o) {
        if (ended(o)) {
            return 0f;
        }
        boolean structured = idx.dayMask[o] != 0;
        if (availDay.length > 0) {
            if (idx.timed[o]) {
                int total = idx.sessionStart[o + 1] - idx.sessionStart[o] + (idx.untimedDays[o] != 0 ? 1 : 0);
                return 0.5f + 0.5f * Math.min(1f, overlaps(o) / (float) total);
            }
            return structured ? 0.5f : 0.35f;
        }
        return idx.timed[o] ? 0.65f : structured ? 0.55f : 0.4f;
    }

    float priceFit(int o) {
        return switch (idx.cost[o]) {
            case OfferIndex.YES -> 1f;
            case OfferIndex.NO -> idx.amount[o] <= 50 ? 0.8f : idx.amount[o] <= 200 ? 0.6f : 0.4f;
            default -> free ? 0.3f : 0.5f;
        };
    }

    float recencyFit(int o) {
        if (idx.lastChecked[o] == Integer.MIN_VALUE) {
            return 0.3f;
        }
        int age = todayDay - idx.lastChecked[o];
        return age <= 180 ? 1f : Math.max(0.2f, 1f - (age - 180) / 900f);
    }

    float languageFit(int o) {
        long offer = idx.languages[o];
        if (profile.languages().isEmpty()) {
            return 0.7f;
        }
        if ((offer & languageMask) != 0) {
            return 1f;
        }
        if (offer == 0) {
            return speaksDanish ? 0.8f : 0.3f;
        }
        return 0.1f;
    }

    /**
     * For the nothing-fits list: offers whose own words say they are for a group the citizen is not known
     * to belong to ("for dig, der er ledig eller sygemeldt", "efterladte", "psykisk sårbar") are not open
     * offers for this citizen. Senior counts from 60 and unge up to 30.
     */
    private static boolean[] aimedElsewhere(CitizenProfile p, OfferIndex idx, InterestVocabulary vocabulary,
            List<InterestVocabulary.Interpretation> named) {
        boolean[] aimed = new boolean[idx.size];
        java.util.Set<Integer> own = new java.util.HashSet<>();
        named.forEach(in -> own.addAll(in.concepts().keySet()));
        Integer age = p.age();
        for (InterestVocabulary.Concept c : vocabulary.concepts()) {
            if (c.kind() != InterestVocabulary.Kind.GROUP || own.contains(c.id())
                    || c.label().equals("senior") && age != null && age >= 60
                    || c.label().equals("unge") && age != null && age <= 30) {
                continue;
            }
            for (int posting : idx.conceptPostings[c.id()]) {
                if (OfferIndex.weightOf(posting) >= GROUP_SPEAKS) {
                    aimed[OfferIndex.offerOf(posting)] = true;
                }
            }
        }
        return aimed;
    }

    /** Offers aimed at groups the citizen is not known to belong to (only computed when nothing fits). */
    private final boolean[] aimedElsewhere;

    /** True when the offer speaks of one of the interests or groups (or none were named). */
    boolean speaksOf(int o) {
        if (interests.isEmpty() && groups.isEmpty() || nothingFits && groups.isEmpty()) {
            return true;
        }
        for (float[] f : interestFit) {
            if (f[o] >= SPEAKS) {
                return true;
            }
        }
        for (float[] f : groupFit) {
            if (f[o] >= GROUP_SPEAKS) {
                return true;
            }
        }
        return false;
    }

    /** A group must be said more plainly than an interest: a related word ("senior" for "enke") is not enough. */
    static final float GROUP_SPEAKS = 0.5f;

    /**
     * When nothing fits the interests, only open offers are shown: no referral needed, meant for this
     * citizen, and known to meet the needs asked for (no "ikke oplyst" for wheelchair or free).
     */
    boolean openFallback(int o) {
        if (idx.needsReferral[o] || idx.hasTargets[o] && !forThisCitizen(o)) {
            return false;
        }
        if (aimedElsewhere != null && aimedElsewhere[o]) {
            return false;
        }
        if (idx.sex[o] != 0 && idx.sex[o] != ownSex) {
            return false;
        }
        if (wheelchair && idx.access[o] != OfferIndex.YES && !idx.placeless[o]) {
            return false;
        }
        return !free || idx.cost[o] == OfferIndex.YES;
    }

    /** The offer's score, 0..1. */
    float score(int o) {
        float s = W_FOCUS * focusFit(o) + distanceWeight * distanceFit(o) + W_SCHEDULE * scheduleFit(o)
                + W_PRICE * priceFit(o) + W_RECENCY * recencyFit(o) + W_LANGUAGE * languageFit(o);
        if (!interests.isEmpty() && !nothingFits) {
            s += W_INTEREST * interestFit(o);
        }
        if (!groups.isEmpty()) {
            s += W_GROUP * groupFit(o);
        }
        s /= weightSum;
        if (wheelchair && idx.access[o] == OfferIndex.UNKNOWN && !idx.placeless[o]) {
            s *= UNKNOWN_NEED;
        }
        if (free && idx.cost[o] == OfferIndex.UNKNOWN) {
            s *= UNKNOWN_NEED;
        }
        if (transport && idx.transport[o] == OfferIndex.UNKNOWN) {
            s *= 0.9f;
        }
        if (ended(o)) {
            s *= 0.5f;
        }
        if (idx.hasTargets[o] && !forThisCitizen(o)) {
            s *= TARGET_MISMATCH;
        }
        return s;
    }

    /**
     * True when one of the offer's target groups fits the citizen: a group the worker named, or one the
     * age implies (senior from 60, unge up to 30), or the sex the citizen asked for.
     */
    boolean forThisCitizen(int o) {
        int t = idx.targetFlags[o];
        Integer age = profile.age();
        if ((t & OfferIndex.TARGET_SENIOR) != 0 && age != null && age >= 60) {
            return true;
        }
        if ((t & OfferIndex.TARGET_YOUNG) != 0 && age != null && age <= 30) {
            return true;
        }
        if (sameSex != 0 && idx.sex[o] == sameSex) {
            return true;
        }
        return groupFit.length > 0 && groupFit(o) >= 0.5f;
    }

    /**
     * Offers stated as only for the citizen's own sex come first (contract §2) among the offers that fit
     * what the citizen likes (all offers when no interest was named), then by score.
     */
    float sortKey(int o, float[] scores) {
        return scores[o] + (sameSexOnly(o) && (interests.isEmpty() || interestFit(o) >= SAME_SEX_FIT) ? 10f : 0f);
    }

    /** True when the citizen asked for her or his own sex only and the offer is stated so. */
    boolean sameSexOnly(int o) {
        return sameSex != 0 && idx.sex[o] == sameSex;
    }

    boolean wantsWheelchair() {
        return wheelchair;
    }

    boolean wantsFree() {
        return free;
    }

    boolean wantsTransport() {
        return transport;
    }

    boolean hasAvailability() {
        return availDay.length > 0;
    }

    int availabilityDays() {
        return availDays;
    }

    FocusLevel focus() {
        return profile.focus();
    }
}
