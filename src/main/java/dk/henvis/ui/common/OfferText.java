package dk.henvis.ui.common;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AgeRange;
import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.Prices;
import dk.henvis.catalog.SafeLinks;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Location;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.Schedule;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Plain Danish texts for an offer's parts, as the result list and the detail pane show them. */
public final class OfferText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM", Messages.DANISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Messages.DANISH);

    private OfferText() {
    }

    /** "Tirsdage kl. 10.00–12.00", "Hver 2. uge: onsdage kl. 19.00", or the source's own text. */
    public static String schedule(Schedule s) {
        if (!s.isStructured()) {
            return s.description() == null ? "" : s.description();
        }
        String days = s.days().stream().map(OfferText::dayPlural).collect(Collectors.joining(", "));
        String when;
        if (s.frequency() == Frequency.ONCE && s.date() != null) {
            when = s.date().format(DATE);
        } else if (s.frequency() == Frequency.MONTHLY && s.monthWeek() != null) {
            String day = s.days().isEmpty() ? "" : daySingular(s.days().get(0));
            when = s.monthWeek() < 0 ? i18n("ui.schedule.lastInMonth", day)
                    : i18n("ui.schedule.nthInMonth", s.monthWeek(), day);
        } else if (s.interval() > 1) {
            when = i18n("ui.schedule.everyNWeeks", s.interval(), days);
        } else {
            when = capitalise(days);
        }
        String times = times(s.opensAt(), s.closesAt());
        String text = times.isEmpty() ? when : when + " " + times;
        return capitalise(text.strip());
    }

    public static String schedules(Offer o) {
        List<String> parts = new ArrayList<>();
        for (Schedule s : o.schedules()) {
            String t = schedule(s);
            if (!t.isBlank()) {
                parts.add(t);
            }
        }
        return parts.isEmpty() ? i18n("ui.offer.noSchedule") : String.join("\n", parts);
    }

    private static String times(LocalTime from, LocalTime to) {
        if (from == null) {
            return "";
        }
        return to == null ? i18n("ui.schedule.from", from.format(TIME))
                : i18n("ui.schedule.fromTo", from.format(TIME), to.format(TIME));
    }

    /** "Gratis", "25 kr." or the source's price text. */
    public static String price(Cost cost) {
        if (cost.isFree()) {
            return i18n("ui.offer.free");
        }
        if (cost.text() != null && !cost.text().isBlank()) {
            return cost.text();
        }
        if (cost.isKnown()) {
            return Prices.kroner(cost.amountDkk());
        }
        return i18n("ui.offer.priceUnknown");
    }

    /** "tirsdag den 1. december kl. 10.00". */
    public static String next(LocalDateTime next) {
        if (next == null) {
            return i18n("ui.offer.nextUnknown");
        }
        return i18n("ui.offer.next", next.format(DATE), next.toLocalTime().format(TIME));
    }

    /** "2,3 km" or "online". */
    public static String distance(Double km, Offer o) {
        Location loc = o.primaryLocation();
        if (loc != null && loc.online()) {
            return i18n("ui.offer.online");
        }
        if (km == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Messages.DANISH);
        f.setMaximumFractionDigits(1);
        return i18n("ui.offer.km", f.format(km));
    }

    public static String access(Access access) {
        return switch (access) {
            case STEP_FREE -> i18n("ui.offer.stepFree");
            case NOT_STEP_FREE -> i18n("ui.offer.notStepFree");
            case UNKNOWN -> i18n("ui.offer.accessUnknown");
        };
    }

    public static String place(Offer o) {
        Location loc = o.primaryLocation();
        if (loc == null) {
            return i18n("ui.offer.noPlace");
        }
        if (loc.online()) {
            return i18n("ui.offer.online");
        }
        List<String> parts = new ArrayList<>();
        if (loc.name() != null && !loc.name().isBlank()) {
            parts.add(loc.name());
        }
        String address = loc.addressLine();
        if (!address.isBlank()) {
            parts.add(address);
        }
        return parts.isEmpty() ? i18n("ui.offer.noPlace") : String.join(", ", parts);
    }

    public static String town(Offer o) {
        Location loc = o.primaryLocation();
        return loc == null || loc.city() == null ? "" : loc.city().strip();
    }

    public static String contact(Offer o) {
        List<String> lines = new ArrayList<>();
        for (Contact c : o.contacts()) {
            List<String> parts = new ArrayList<>();
            for (String p : new String[] {c.name(), c.title(), c.phone(), c.email()}) {
                if (p != null && !p.isBlank()) {
                    parts.add(p.strip());
                }
            }
            if (!parts.isEmpty()) {
                lines.add(String.join(", ", parts));
            }
        }
        if (o.email() != null && !o.email().isBlank()) {
            lines.add(o.email());
        }
        if (SafeLinks.shown(o.url()) != null) {
            lines.add(SafeLinks.shown(o.url()));
        }
        if (o.openDropIn()) {
            lines.add(i18n("ui.offer.dropIn"));
        }
        return lines.isEmpty() ? i18n("ui.offer.noContact") : String.join("\n", lines);
    }

    /** "60 år og derover", "op til 25 år", "16–24 år". */
    public static String ages(AgeRange ages) {
        if (ages.min() != null && ages.max() != null) {
            return i18n("ui.details.ageRange", ages.min(), ages.max());
        }
        if (ages.min() != null) {
            return i18n("ui.details.ageFrom", ages.min());
        }
        return ages.max() == null ? "" : i18n("ui.details.ageTo", ages.max());
    }

    public static String lastChecked(LocalDate date) {
        return date == null ? i18n("ui.offer.neverChecked") : date.format(SHORT_DATE);
    }

    public static String focus(FocusLevel focus) {
        if (focus == null) {
            return i18n("ui.focus.unknown");
        }
        return switch (focus) {
            case FOREBYG -> i18n("ui.focus.forebyg");
            case TIDLIG -> i18n("ui.focus.tidlig");
            case STOETTE -> i18n("ui.focus.stoette");
        };
    }

    public static String dayPlural(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> i18n("ui.day.plural.mo");
            case TUESDAY -> i18n("ui.day.plural.tu");
            case WEDNESDAY -> i18n("ui.day.plural.we");
            case THURSDAY -> i18n("ui.day.plural.th");
            case FRIDAY -> i18n("ui.day.plural.fr");
            case SATURDAY -> i18n("ui.day.plural.sa");
            case SUNDAY -> i18n("ui.day.plural.su");
        };
    }

    public static String daySingular(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> i18n("ui.day.mo");
            case TUESDAY -> i18n("ui.day.tu");
            case WEDNESDAY -> i18n("ui.day.we");
            case THURSDAY -> i18n("ui.day.th");
            case FRIDAY -> i18n("ui.day.fr");
            case SATURDAY -> i18n("ui.day.sa");
            case SUNDAY -> i18n("ui.day.su");
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
