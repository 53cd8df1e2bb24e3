package dk.henvis.ui.stats;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.LabelledCount;
import dk.henvis.referrals.MeanChange;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralStatistics;
import dk.henvis.referrals.Share;
import dk.henvis.ui.common.ReferralLabels;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The anonymous referral statistics for a period, beside the action plan's target: a headline that
 * answers "how many this quarter", key figures as a table, the breakdowns for charts and, with every
 * count of 1–4 shown as "<5", as a table of all numbers.
 */
public final class StatsViewModel {
    /** The periods a coordinator picks from; {@link #CUSTOM} uses {@link #fromProperty()}/{@link #toProperty()}. */
    public enum Period { QUARTER, PREVIOUS_QUARTER, YEAR, ALL, CUSTOM }

    /** One line of the key-figure table. */
    public record Figure(String label, String value) {
    }

    /** One line of the table behind the charts: the section, the label and the count as it may be shown. */
    public record Cell(String section, String label, String count) {
    }

    /** A bar of the loneliness chart: a percentage when it may be shown, and the text beside it. */
    public record PercentBar(String label, OptionalDouble percent, String shown, boolean plan) {
    }

    private final ReferralLog log;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.QUARTER);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty periodError = new SimpleStringProperty("");
    private final StringProperty headline = new SimpleStringProperty("");
    private final ObjectProperty<ReferralStatistics> statistics = new SimpleObjectProperty<>();
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<Cell> cells = FXCollections.observableArrayList();
    private final ObservableList<LabelledCount> perMonth = FXCollections.observableArrayList();
    private final ObservableList<LabelledCount> perUnit = FXCollections.observableArrayList();
    private final ObservableList<LabelledCount> perCategory = FXCollections.observableArrayList();
    private final ObservableList<LabelledCount> perFocus = FXCollections.observableArrayList();
    private final ObservableList<PercentBar> loneliness = FXCollections.observableArrayList();
    private int generation;

    public StatsViewModel(ReferralLog log, TaskExecutor executor, Clock clock) {
        this.log = log;
        this.executor = executor;
        this.clock = clock;
        LocalDate today = LocalDate.now(clock);
        DateRange quarter = range(Period.QUARTER, today);
        from.set(quarter.from());
        to.set(today);
        period.addListener((o, a, b) -> refresh());
        from.addListener((o, a, b) -> customChanged());
        to.addListener((o, a, b) -> customChanged());
    }

    private void customChanged() {
        if (period.get() == Period.CUSTOM) {
            refresh();
        }
    }

    /** The period chosen, or empty with {@link #periodErrorProperty()} set when the custom dates are reversed. */
    public java.util.Optional<DateRange> currentRange() {
        try {
            periodError.set("");
            return java.util.Optional.of(period.get() == Period.CUSTOM ? new DateRange(from.get(), to.get())
                    : range(period.get(), LocalDate.now(clock)));
        } catch (BadInputException e) {
            periodError.set(e.getMessage());
            return java.util.Optional.empty();
        }
    }

    /** Computes the statistics of the chosen period in the background. */
    public void refresh() {
        java.util.Optional<DateRange> range = currentRange();
        if (range.isEmpty()) {
            return;
        }
        int mine = ++generation;
        executor.submit(BackgroundTask.of(p -> log.statistics(range.get())).onSuccess(s -> {
            if (mine == generation) {
                show(s);
            }
        }));
    }

    static DateRange range(Period p, LocalDate today) {
        LocalDate quarterStart = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        return switch (p) {
            case QUARTER -> new DateRange(quarterStart, quarterStart.plusMonths(3).minusDays(1));
            case PREVIOUS_QUARTER -> new DateRange(quarterStart.minusMonths(3), quarterStart.minusDays(1));
            case YEAR -> new DateRange(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
            case ALL, CUSTOM -> DateRange.ALL;
        };
    }

    private void show(ReferralStatistics s) {
        statistics.set(s);
        headline.set(headline(s));
        figures.setAll(List.of(
                new Figure(i18n("ui.stats.referrals"), s.shownReferrals()),
                new Figure(i18n("ui.stats.followups"), share(s.followUpRate())),
                new Figure(i18n("ui.stats.attended"), share(s.attended())),
                new Figure(i18n("ui.stats.stillGoing"), share(s.stillGoing())),
                new Figure(i18n("ui.stats.consent"), share(s.consent())),
                new Figure(i18n("ui.stats.severeAtReferral"), share(s.severeAtReferral())),
                new Figure(i18n("ui.stats.severeAtFollowUp"), share(s.severeAtFollowUp())),
                new Figure(i18n("ui.stats.uclaChange"), change(s.uclaChange())),
                new Figure(i18n("ui.stats.plan"), i18n("ui.stats.planValue",
                        ReferralStatistics.PLAN_BASELINE_PERCENT, ReferralStatistics.PLAN_TARGET_PERCENT))));
        perMonth.setAll(s.perMonth());
        perUnit.setAll(relabel(s.perUnit(), ReferralLabels::unit));
        perCategory.setAll(s.perOfferCategory());
        perFocus.setAll(relabel(s.perFocus(), ReferralLabels::focus));
        loneliness.setAll(List.of(
                planBar(i18n("ui.stats.uclaBaseline"), ReferralStatistics.PLAN_BASELINE_PERCENT),
                planBar(i18n("ui.stats.uclaTarget"), ReferralStatistics.PLAN_TARGET_PERCENT),
                shareBar(i18n("ui.stats.uclaAtReferral"), s.severeAtReferral()),
                shareBar(i18n("ui.stats.uclaAtFollowUp"), s.severeAtFollowUp())));
        List<Cell> all = new ArrayList<>();
        add(all, i18n("ui.stats.perMonth"), s.perMonth());
        add(all, i18n("ui.stats.perUnit"), perUnit);
        add(all, i18n("ui.stats.perFocus"), perFocus);
        add(all, i18n("ui.stats.perAgeBand"), s.perAgeBand());
        add(all, i18n("ui.stats.perCategory"), s.perOfferCategory());
        add(all, i18n("ui.stats.perOffer"), s.perOffer());
        cells.setAll(all);
    }

    private String headline(ReferralStatistics s) {
        String when = periodText(period.get(), s.period());
        if (s.referrals() == 0) {
            return i18n("ui.stats.headlineNone", when);
        }
        String went = s.attended().percent().isPresent() ? percent(s.attended().percent().getAsDouble()) + " %"
                : s.attended().shownCount();
        return i18n("ui.stats.headline", s.shownReferrals(), when, s.shownFollowups(), went);
    }

    private static List<LabelledCount> relabel(List<LabelledCount> cells, UnaryOperator<String> label) {
        return cells.stream().map(c -> new LabelledCount(c.key(), label.apply(c.key()), c.count())).toList();
    }

    private static void add(List<Cell> out, String section, List<LabelledCount> counts) {
        for (LabelledCount c : counts) {
            out.add(new Cell(section, c.label(), c.shown()));
        }
    }

    private static PercentBar planBar(String label, double percent) {
        return new PercentBar(label, OptionalDouble.of(percent), percent(percent) + " %", true);
    }

    private static PercentBar shareBar(String label, Share share) {
        return new PercentBar(label, share.percent(), share.percent().isPresent()
                ? percent(share.percent().getAsDouble()) + " %"
                : share.of() == 0 ? i18n("ui.stats.noAnswers") : i18n("ui.stats.shareNoPercent", share.shownCount(),
                        share.shownOf()), false);
    }

    private static String share(Share share) {
        if (share.percent().isPresent()) {
            return i18n("ui.stats.share", share.shownCount(), share.shownOf(), percent(share.percent().getAsDouble()));
        }
        return i18n("ui.stats.shareNoPercent", share.shownCount(), share.shownOf());
    }

    private static String change(MeanChange c) {
        if (c.visibleMean().isEmpty()) {
            return i18n("ui.stats.tooFew", c.shownN());
        }
        NumberFormat f = NumberFormat.getNumberInstance(Messages.DANISH);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        double mean = c.visibleMean().getAsDouble();
        return i18n("ui.stats.changeValue", (mean > 0 ? "+" : "") + f.format(mean), c.shownN());
    }

    private static String percent(double p) {
        NumberFormat f = NumberFormat.getNumberInstance(Messages.DANISH);
        f.setMaximumFractionDigits(0);
        return f.format(p);
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    /** First day of a custom period. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day of a custom period. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError;
    }

    /** "23 henvisninger i dette kvartal (1. oktober 2026 – 31. december 2026); 7 fulgt op, 57 % mødte op". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    /** The statistics last shown (null until the first refresh). */
    public ReadOnlyObjectProperty<ReferralStatistics> statisticsProperty() {
        return statistics;
    }

    public ObservableList<Figure> figures() {
        return figures;
    }

    /** Every breakdown's counts as text, "<5" for 1–4. */
    public ObservableList<Cell> cells() {
        return cells;
    }

    public ObservableList<LabelledCount> perMonth() {
        return perMonth;
    }

    public ObservableList<LabelledCount> perUnit() {
        return perUnit;
    }

    public ObservableList<LabelledCount> perCategory() {
        return perCategory;
    }

    public ObservableList<LabelledCount> perFocus() {
        return perFocus;
    }

    /** Share with UCLA 7+ among the referred, at referral and at follow-up, beside the plan's 11 % and 7 %. */
    public ObservableList<PercentBar> loneliness() {
        return loneliness;
    }

    public static String periodText(Period p) {
        return switch (p) {
            case QUARTER -> i18n("ui.stats.quarter");
            case PREVIOUS_QUARTER -> i18n("ui.stats.previousQuarter");
            case YEAR -> i18n("ui.stats.year");
            case ALL -> i18n("ui.stats.all");
            case CUSTOM -> i18n("ui.stats.custom");
        };
    }

    /** "i dette kvartal (1. oktober 2026 – 31. december 2026)" or "i hele loggen". */
    static String periodText(Period p, DateRange r) {
        if (r.from() == null && r.to() == null) {
            return i18n("ui.stats.inAll");
        }
        String dates = (r.from() == null ? "…" : ReferralLabels.date(r.from())) + " – "
                + (r.to() == null ? "…" : ReferralLabels.date(r.to()));
        return switch (p) {
            case QUARTER -> i18n("ui.stats.inQuarter", dates);
            case PREVIOUS_QUARTER -> i18n("ui.stats.inPreviousQuarter", dates);
            case YEAR -> i18n("ui.stats.inYear", dates);
            default -> i18n("ui.stats.inPeriod", dates);
        };
    }
}
