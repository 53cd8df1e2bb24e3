package dk.henvis.ui.offereditor;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Frequency;
import dk.henvis.catalog.Schedule;
import dk.henvis.curation.Problem.Field;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One meeting time of the offer in the form: weekly, every n weeks, monthly on the n-th weekday
 * ("2. tirsdag"), daily or once, with times and the period it runs in.
 */
public final class ScheduleRow {
    /** How the meeting repeats, as the form offers it. */
    public enum Rhythm {
        WEEKLY, EVERY_N_WEEKS, MONTHLY, DAILY, ONCE
    }

    /** The choices for "which weekday of the month": 1., 2., 3., 4. and last (-1). */
    public static final List<Integer> MONTH_WEEKS = List.of(1, 2, 3, 4, -1);

    private final ObjectProperty<Rhythm> rhythm = new SimpleObjectProperty<>(Rhythm.WEEKLY);
    private final StringProperty interval = new SimpleStringProperty("2");
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<Integer> monthWeek = new SimpleObjectProperty<>(1);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty opens = new SimpleStringProperty("");
    private final StringProperty closes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> validTo = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();
    private Integer sessions;

    public ScheduleRow() {
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d, new SimpleBooleanProperty());
        }
    }

    ScheduleRow(Schedule s) {
        this();
        Frequency f = s.frequency();
        rhythm.set(switch (f) {
            case WEEKLY -> s.interval() > 1 ? Rhythm.EVERY_N_WEEKS : Rhythm.WEEKLY;
            case MONTHLY -> Rhythm.MONTHLY;
            case DAILY -> Rhythm.DAILY;
            case ONCE -> Rhythm.ONCE;
        });
        interval.set(Integer.toString(Math.max(2, s.interval())));
        s.days().forEach(d -> days.get(d).set(true));
        monthWeek.set(s.monthWeek() == null ? 1 : s.monthWeek());
        date.set(s.date());
        opens.set(Parse.time(s.opensAt()));
        closes.set(Parse.time(s.closesAt()));
        validFrom.set(s.validFrom());
        validTo.set(s.validTo());
        note.set(s.description() == null ? "" : s.description());
        sessions = s.sessions();
    }

    /** A weekly meeting on {@code day} from {@code opens} to {@code closes} ("14:00"). */
    public static ScheduleRow weekly(DayOfWeek day, String opens, String closes) {
        ScheduleRow row = new ScheduleRow();
        row.day(day).set(true);
        row.opens.set(opens);
        row.closes.set(closes);
        return row;
    }

    /** The schedule, or null when a typed time or number cannot be read (the error is set). */
    Schedule toSchedule() {
        LocalTime from = null;
        LocalTime to = null;
        int n = 1;
        boolean ok = true;
        try {
            from = Parse.time(opens.get());
        } catch (Parse.Invalid e) {
            errors.set(Field.SCHEDULE_OPENS, i18n("ui.editor.check.time", opens.get().strip()));
            ok = false;
        }
        try {
            to = Parse.time(closes.get());
        } catch (Parse.Invalid e) {
            errors.set(Field.SCHEDULE_CLOSES, i18n("ui.editor.check.time", closes.get().strip()));
            ok = false;
        }
        if (rhythm.get() == Rhythm.EVERY_N_WEEKS) {
            try {
                Integer i = Parse.integer(interval.get());
                if (i == null || i < 1) {
                    throw new Parse.Invalid();
                }
                n = i;
            } catch (Parse.Invalid e) {
                errors.set(Field.SCHEDULE_INTERVAL, i18n("ui.editor.check.interval"));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        Rhythm r = rhythm.get();
        Frequency f = switch (r) {
            case WEEKLY, EVERY_N_WEEKS -> Frequency.WEEKLY;
            case MONTHLY -> Frequency.MONTHLY;
            case DAILY -> Frequency.DAILY;
            case ONCE -> Frequency.ONCE;
        };
        List<DayOfWeek> chosen = new ArrayList<>();
        if (r == Rhythm.WEEKLY || r == Rhythm.EVERY_N_WEEKS || r == Rhythm.MONTHLY) {
            for (DayOfWeek d : DayOfWeek.values()) {
                if (days.get(d).get()) {
                    chosen.add(d);
                }
            }
        }
        return new Schedule(f, r == Rhythm.EVERY_N_WEEKS ? n : 1, chosen, r == Rhythm.MONTHLY ? monthWeek.get() : null,
                r == Rhythm.ONCE ? date.get() : null, from, to, r == Rhythm.ONCE ? null : validFrom.get(),
                r == Rhythm.ONCE ? null : validTo.get(), sessions, Parse.text(note.get()));
    }

    public ObjectProperty<Rhythm> rhythmProperty() {
        return rhythm;
    }

    public StringProperty intervalProperty() {
        return interval;
    }

    public BooleanProperty day(DayOfWeek d) {
        return days.get(d);
    }

    public ObjectProperty<Integer> monthWeekProperty() {
        return monthWeek;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty opensProperty() {
        return opens;
    }

    public StringProperty closesProperty() {
        return closes;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validToProperty() {
        return validTo;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public FieldErrors errors() {
        return errors;
    }

    javafx.beans.Observable[] observables() {
        List<javafx.beans.Observable> all = new ArrayList<>(List.of(rhythm, interval, monthWeek, date, opens, closes,
                validFrom, validTo, note));
        all.addAll(days.values());
        return all.toArray(new javafx.beans.Observable[0]);
    }
}
