package dk.henvis.handout;

import dk.henvis.catalog.Contact;
import dk.henvis.catalog.Cost;
import dk.henvis.catalog.Prices;
import dk.henvis.catalog.SafeLinks;
import dk.henvis.catalog.Location;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.Schedule;
import dk.henvis.catalog.ScheduleCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Writes an offer's facts as the short plain-Danish sentences the handout prints. */
public final class HandoutTexts {
    /** Summaries longer than this keep only their first sentence. */
    static final int SUMMARY_CHARS = 220;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}0-9\"«»])");
    private static final char NBSP = '\u00A0';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private HandoutTexts() {
    }

    public static OfferText of(Offer o, LocalDate today) {
        return of(o, today, false);
    }

    /**
     * The offer's printed words.
     *
     * @param stepFreeNeeded the citizen needs step-free access: what the offer states about it is printed
     */
    public static OfferText of(Offer o, LocalDate today, boolean stepFreeNeeded) {
        List<String> when = new ArrayList<>();
        for (Schedule s : o.schedules()) {
            String line = schedule(s);
            if (line != null && !line.isBlank() && !when.contains(line)) {
                when.add(line);
            }
        }
        // a rhythm that cannot be pinned to dates (every second week, no start date) gets no "next time":
        // a wrong date on the fridge is worse than none
        List<Schedule> pinned = o.schedules().stream().filter(s -> s.interval() <= 1 || s.validFrom() != null).toList();
        String next = ScheduleCalendar.next(pinned, today)
                .map(at -> Messages.get("handout.next", date(at.toLocalDate(), today, false)))
                .orElse(null);
        Location loc = o.primaryLocation();
        // the conditions the offer states in its text count: a free first time is not free, and a referral
        // the citizen needs is said where "how to come" stands
        dk.henvis.catalog.StatedConditions stated = dk.henvis.catalog.StatedConditions.of(o);
        String howToCome = stated.referral() != null ? stated.referral() + "."
                : o.openDropIn() ? Messages.get("handout.dropIn") : null;
        String takePart = takePart(o, howToCome);
        // a referral the notice pushed off the "how to come" line is still a condition
        String referral = stated.referral() != null && !java.util.Objects.equals(takePart, howToCome)
                ? stated.referral() : null;
        return new OfferText(o.name().strip(), summary(o.description() != null ? o.description() : o.alternateName()),
                when, next, where(loc), loc == null ? null : blankToNull(loc.transport()), price(stated.cost()),
                contact(o), takePart, SafeLinks.shown(o.url()), who(stated, referral),
                stepFreeNeeded ? access(o, stated) : null);
    }

    /** "Kun for kvinder · 60 år og derover": the stated sex and ages (and a referral not said elsewhere); null when none. */
    static String who(dk.henvis.catalog.StatedConditions stated, String referral) {
        List<String> parts = new ArrayList<>();
        switch (stated.sex()) {
            case WOMEN -> parts.add(Messages.get("handout.who.women"));
            case MEN -> parts.add(Messages.get("handout.who.men"));
            default -> {
            }
        }
        dk.henvis.catalog.AgeRange ages = stated.ages();
        if (ages.min() != null && ages.max() != null) {
            parts.add(Messages.get("handout.who.ageRange", String.valueOf(ages.min()), String.valueOf(ages.max())));
        } else if (ages.min() != null) {
            parts.add(Messages.get("handout.who.ageFrom", String.valueOf(ages.min())));
        } else if (ages.max() != null) {
            parts.add(Messages.get("handout.who.ageTo", String.valueOf(ages.max())));
        }
        if (referral != null) {
            parts.add(referral);
        }
        return parts.isEmpty() ? null : String.join(" \u00b7 ", parts);
    }

    /**
     * Step-free access as the offer states it, in its own words where it has them: "Trinfri adgang: Niveaufri
     * adgang og handicaptoilet", "Ikke trinfri: Lokalet ligger på 1. sal, ingen elevator.", or "ikke oplyst –
     * ring og spørg". Null for an offer that only takes place online (access does not apply).
     */
    static String access(Offer o, dk.henvis.catalog.StatedConditions stated) {
        if (!o.locations().isEmpty() && o.locations().stream().allMatch(Location::online)) {
            return null;
        }
        String words = dk.henvis.catalog.StatedConditions.accessWords(o);
        String lower = words == null ? "" : words.toLowerCase(Messages.DANISH);
        // words that already say it ("Trinfri adgang", "Ikke trinfri") are printed as they stand
        if (stated.access() == dk.henvis.catalog.Access.STEP_FREE && lower.startsWith("trinfri")
                || stated.access() == dk.henvis.catalog.Access.NOT_STEP_FREE && lower.startsWith("ikke trinfri")) {
            return capitalize(words);
        }
        return switch (stated.access()) {
            case STEP_FREE -> words == null ? Messages.get("handout.access.stepFree")
                    : Messages.get("handout.access.stepFreeWords", words);
            case NOT_STEP_FREE -> words == null ? Messages.get("handout.access.notStepFree")
                    : Messages.get("handout.access.notStepFreeWords", words);
            case UNKNOWN -> Messages.get("handout.access.unknown");
        };
    }

    /** The first one or two sentences of a description, white space collapsed. */
    static String summary(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        String text = description.strip().replaceAll("\\s+", " ");
        String[] sentences = SENTENCE_END.split(text, 3);
        if (sentences.length == 1) {
            return text;
        }
        String two = sentences[0] + " " + sentences[1];
        return two.length() <= SUMMARY_CHARS ? two : sentences[0];
    }

    /** "Tirsdage kl. 10.00–12.00", "Hver anden torsdag kl. 14.00", "Første tirsdag i måneden kl. 19.00". */
    static String schedule(Schedule s) {
        if (!s.isStructured()) {
            return blankToNull(s.description());
        }
        String rhythm = switch (s.frequency()) {
            case ONCE -> s.date() == null ? null : capitalize(date(s.date(), null, false));
            case DAILY -> s.interval() > 1 ? Messages.get("handout.schedule.everyNthDay", ordinal(s.interval()))
                    : Messages.get("handout.schedule.daily");
            case WEEKLY -> weekly(s);
            case MONTHLY -> monthly(s);
        };
        if (rhythm == null) {
            return blankToNull(s.description());
        }
        String time = time(s.opensAt(), s.closesAt());
        return time == null ? rhythm : rhythm + " " + time;
    }

    private static String weekly(Schedule s) {
        if (s.days().isEmpty()) {
            return s.interval() > 1 ? Messages.get("handout.schedule.everyNthWeek", ordinal(s.interval()))
                    : Messages.get("handout.schedule.weekly");
        }
        if (s.interval() > 1) {
            return Messages.get("handout.schedule.everyNth", ordinal(s.interval()), joinDays(s.days(), false));
        }
        return capitalize(joinDays(s.days(), true));
    }

    private static String monthly(Schedule s) {
        if (s.days().isEmpty() || s.monthWeek() == null) {
            return Messages.get("handout.schedule.monthly");
        }
        String nth = switch (s.monthWeek()) {
            case 1 -> Messages.get("handout.ordinal.first");
            case 2 -> Messages.get("handout.ordinal.2");
            case 3 -> Messages.get("handout.ordinal.3");
            case 4 -> Messages.get("handout.ordinal.4");
            case -1 -> Messages.get("handout.ordinal.last");
            default -> s.monthWeek() + ".";
        };
        return capitalize(Messages.get("handout.schedule.monthWeek", nth, joinDays(s.days(), false)));
    }

    /** "anden", "tredje", "fjerde", else "5.". */
    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> Messages.get("handout.ordinal.2");
            case 3 -> Messages.get("handout.ordinal.3");
            case 4 -> Messages.get("handout.ordinal.4");
            default -> n + ".";
        };
    }

    /** "tirsdage og torsdage" (plural) or "tirsdag og torsdag". */
    private static String joinDays(List<DayOfWeek> days, boolean plural) {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : days.stream().sorted().toList()) {
            String name = d.getDisplayName(TextStyle.FULL, Messages.DANISH);
            names.add(plural ? Messages.get("handout.schedule.plural", name) : name);
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return Messages.get("handout.and", String.join(", ", names.subList(0, names.size() - 1)),
                names.get(names.size() - 1));
    }

    static String time(LocalTime opens, LocalTime closes) {
        if (opens == null) {
            return null;
        }
        if (closes == null || !closes.isAfter(opens)) {
            return Messages.get("handout.time.at", TIME.format(opens));
        }
        return Messages.get("handout.time.range", TIME.format(opens), TIME.format(closes));
    }

    /** "tirsdag den 1. december", with the year when it is not {@code today}'s year (or today is null). */
    public static String date(LocalDate d, LocalDate today, boolean alwaysYear) {
        String weekday = d.getDayOfWeek().getDisplayName(TextStyle.FULL, Messages.DANISH);
        String month = d.getMonth().getDisplayName(TextStyle.FULL, Messages.DANISH);
        if (alwaysYear || today == null || today.getYear() != d.getYear()) {
            return Messages.get("handout.dateYear", weekday, String.valueOf(d.getDayOfMonth()), month,
                    String.valueOf(d.getYear()));
        }
        return Messages.get("handout.date", weekday, String.valueOf(d.getDayOfMonth()), month);
    }

    private static String where(Location loc) {
        if (loc == null) {
            return null;
        }
        if (loc.online()) {
            return Messages.get("handout.online");
        }
        String name = blankToNull(loc.name());
        String address = blankToNull(loc.addressLine());
        if (name == null) {
            return address;
        }
        if (address == null || address.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
            return address == null ? name : address;
        }
        return name + ", " + address;
    }

    /**
     * The bold line under the contact: the source's notice ("Holdet er fuldt") first, else how to come as the
     * offer states it (a referral needed, "Du kan bare møde op."), else the source's application process
     * ("Sådan kommer du med: ..."); null when none is known.
     */
    static String takePart(Offer o, String howToCome) {
        dk.henvis.catalog.ServiceDetails d = o.detailsOrNone();
        if (d.alert() != null) {
            return d.alert();
        }
        if (howToCome != null) {
            return howToCome;
        }
        return d.applicationProcess() == null ? null : Messages.get("handout.howToJoin", d.applicationProcess());
    }

    static String price(Cost cost) {
        if (cost.isFree()) {
            return Messages.get("handout.price.free");
        }
        String text = blankToNull(cost.text());
        if (cost.isKnown()) {
            if (text != null && text.chars().anyMatch(Character::isDigit)) {
                return capitalize(text);
            }
            return Prices.kroner(cost.amountDkk());
        }
        return text != null ? capitalize(text) : Messages.get("handout.price.unknown");
    }

    /** "Bente", "tlf. 12 34 56 78", "bente@example.dk": the first contact, else the offer's e-mail. */
    static List<String> contact(Offer o) {
        List<String> parts = new ArrayList<>();
        Contact c = o.contacts().stream()
                .filter(x -> blankToNull(x.phone()) != null || blankToNull(x.email()) != null)
                .findFirst().orElse(o.contacts().isEmpty() ? null : o.contacts().get(0));
        if (c != null) {
            addIf(parts, c.name());
            if (blankToNull(c.phone()) != null) {
                parts.add(Messages.get("handout.phone", phone(c.phone())));
            }
            addIf(parts, c.email());
        }
        if (c == null || blankToNull(c.email()) == null && blankToNull(c.phone()) == null) {
            addIf(parts, o.email());
        }
        if (parts.isEmpty()) {
            addIf(parts, o.organisation().name());
        }
        return parts;
    }

    /** Danish numbers in pairs: "+45 12345678" → "12 34 56 78"; anything else as written. */
    static String phone(String raw) {
        String digits = raw.replaceAll("[\\s-]", "");
        if (digits.startsWith("+45")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0045")) {
            digits = digits.substring(4);
        }
        if (digits.matches("\\d{8}")) {
            return digits.substring(0, 2) + NBSP + digits.substring(2, 4) + NBSP + digits.substring(4, 6) + NBSP
                    + digits.substring(6);
        }
        return raw.strip().replace(' ', NBSP);
    }

    private static void addIf(List<String> parts, String s) {
        if (blankToNull(s) != null) {
            parts.add(s.strip());
        }
    }

    static String capitalize(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Messages.DANISH) + s.substring(1);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
