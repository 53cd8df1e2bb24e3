package dk.henvis.matching;

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
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Builds small hand-made offers for matching tests; defaults are plain and neutral. */
final class OfferBuilder {
    /** Frederikssund centre, Jægerspris and Skibby (from the gazetteer). */
    static final double[] FREDERIKSSUND = {55.8396, 12.0686};
    static final double[] JAEGERSPRIS = {55.8530, 11.9830};
    static final double[] SKIBBY = {55.7500, 11.9620};

    private final String id;
    private final Offer.Builder offer;
    private String source = "test";
    private double[] at = FREDERIKSSUND;
    private boolean online;
    private Access access = Access.UNKNOWN;
    private String transport;
    private final List<Schedule> schedules = new ArrayList<>();

    private OfferBuilder(String id, String name) {
        this.id = id;
        this.offer = Offer.builder(new OfferKey(source, id), name).description("")
                .organisation(new Organisation(null, "Foreningen", null, null));
    }

    static OfferBuilder offer(String id, String name) {
        return new OfferBuilder(id, name);
    }

    OfferBuilder description(String d) {
        offer.description(d);
        return this;
    }

    OfferBuilder source(String s) {
        source = s;
        return this;
    }

    OfferBuilder status(OfferStatus s) {
        offer.status(s);
        return this;
    }

    OfferBuilder organisation(String o) {
        offer.organisation(new Organisation(null, o, null, null));
        return this;
    }

    OfferBuilder at(double[] point) {
        at = point;
        return this;
    }

    OfferBuilder at(double lat, double lon) {
        at = new double[] {lat, lon};
        return this;
    }

    OfferBuilder nowhere() {
        at = null;
        return this;
    }

    OfferBuilder online() {
        online = true;
        return this;
    }

    OfferBuilder access(Access a) {
        access = a;
        return this;
    }

    OfferBuilder transport(String t) {
        transport = t;
        return this;
    }

    OfferBuilder weekly(DayOfWeek day, int from, int to) {
        schedules.add(Schedule.weekly(List.of(day), LocalTime.of(from, 0), LocalTime.of(to, 0)));
        return this;
    }

    OfferBuilder schedule(Schedule s) {
        schedules.add(s);
        return this;
    }

    OfferBuilder monthly(int week, DayOfWeek day, int from, int to) {
        schedules.add(new Schedule(Frequency.MONTHLY, 1, List.of(day), week, null, LocalTime.of(from, 0),
                LocalTime.of(to, 0), null, null, null, null));
        return this;
    }

    OfferBuilder ages(Integer min, Integer max) {
        offer.ages(new AgeRange(min, max));
        return this;
    }

    OfferBuilder free() {
        offer.cost(new Cost(BigDecimal.ZERO, "Gratis"));
        return this;
    }

    OfferBuilder price(int dkk) {
        offer.cost(new Cost(BigDecimal.valueOf(dkk), dkk + " kr."));
        return this;
    }

    OfferBuilder categories(String... c) {
        offer.categories(List.of(c));
        return this;
    }

    OfferBuilder tags(String... t) {
        offer.tags(List.of(t));
        return this;
    }

    OfferBuilder languages(String... l) {
        offer.languages(List.of(l));
        return this;
    }

    OfferBuilder focus(FocusLevel f) {
        offer.focus(f);
        return this;
    }

    OfferBuilder targets(String... t) {
        offer.targetGroups(List.of(t));
        return this;
    }

    OfferBuilder sex(AudienceSex s) {
        offer.audienceSex(s);
        return this;
    }

    OfferBuilder checked(LocalDate d) {
        offer.lastChecked(d);
        return this;
    }

    Offer build() {
        List<Location> locations = new ArrayList<>();
        if (online) {
            locations.add(new Location("loc-" + id, "Online", null, null, null, null, null, null, Access.UNKNOWN,
                    null, true));
        } else if (at != null) {
            locations.add(new Location("loc-" + id, "Huset", "Vejen 1", "3600", "Frederikssund", at[0], at[1],
                    transport, access, null, false));
        }
        return offer.key(new OfferKey(source, id)).locations(locations).schedules(schedules).build();
    }
}
