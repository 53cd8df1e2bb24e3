package dk.henvis.ui.stats;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.referrals.DateRange;
import dk.henvis.referrals.LabelledCount;
import dk.henvis.referrals.MeanChange;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralStatistics;
import dk.henvis.referrals.Share;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The anonymous referral statistics for a period, beside the action plan's target: key figures as a
 * table and the breakdowns for charts. Counts of 1–4 show as "<5".
 */
public final class StatsViewModel {
    /** The periods a coordinator picks from. */
    public enum Period { QUARTER, YEAR, ALL }

    /** One line of the key-figure table. */
    public record Figure(String label, String value) {
    }

    private final ReferralLog log;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.QUARTER);
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<LabelledCount> perMonth = FXCollections.observableArrayList();
    private final ObservableList<LabelledCount> perUnit = FXCollections.observableArrayList();
    private final ObservableList<LabelledCount> perCategory = FXCollections.observableArrayList();

    public StatsViewModel(ReferralLog log, TaskExecutor executor, Clock clock) {
        this.log = log;
        this.executor = executor;
        this.clock = clock;
        period.addListener((o, a, b) -> refresh());
    }

    public void refresh() {
        DateRange range = range(period.get(), LocalDate.now(clock));
        executor.submit(BackgroundTask.of(p -> log.statistics(range)).onSuccess(this::show));
    }

    static DateRange range(Period p, LocalDate today) {
        return switch (p) {
            case QUARTER -> {
                LocalDate start = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
                yield new DateRange(start, start.plusMonths(3).minusDays(1));
            }
            case YEAR -> new DateRange(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()));
            case ALL -> DateRange.ALL;
        };
    }

    private void show(ReferralStatistics s) {
        figures.setAll(List.of(
                new Figure(i18n("ui.stats.referrals"), Integer.toString(s.referrals())),
                new Figure(i18n("ui.stats.followups"), share(s.followUpRate())),
                new Figure(i18n("ui.stats.attended"), share(s.attended())),
                new Figure(i18n("ui.stats.stillGoing"), share(s.stillGoing())),
                new Figure(i18n("ui.stats.severeAtReferral"), share(s.severeAtReferral())),
                new Figure(i18n("ui.stats.severeAtFollowUp"), share(s.severeAtFollowUp())),
                new Figure(i18n("ui.stats.uclaChange"), change(s.uclaChange())),
                new Figure(i18n("ui.stats.plan"), i18n("ui.stats.planValue",
                        ReferralStatistics.PLAN_BASELINE_PERCENT, ReferralStatistics.PLAN_TARGET_PERCENT))));
        perMonth.setAll(s.perMonth());
        perUnit.setAll(s.perUnit());
        perCategory.setAll(s.perOfferCategory());
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
        NumberFormat f = NumberFormat.getNumberInstance(dk.henvis.catalog.Messages.DANISH);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(1);
        return i18n("ui.stats.changeValue", f.format(c.visibleMean().getAsDouble()), c.shownN());
    }

    private static String percent(double p) {
        NumberFormat f = NumberFormat.getNumberInstance(dk.henvis.catalog.Messages.DANISH);
        f.setMaximumFractionDigits(0);
        return f.format(p);
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObservableList<Figure> figures() {
        return figures;
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

    public static String periodText(Period p) {
        return switch (p) {
            case QUARTER -> i18n("ui.stats.quarter");
            case YEAR -> i18n("ui.stats.year");
            case ALL -> i18n("ui.stats.all");
        };
    }
}
