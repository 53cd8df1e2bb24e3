package dk.henvis.ui.shell;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.CatalogCount;
import dk.henvis.catalog.Offer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * How big and how old the catalogue is, and whether it is the sample data.
 *
 * @param updated    the last good sync of every source when known, else when the newest offer last
 *                   changed in this database; null for an empty catalogue
 * @param fromSync   true when {@code updated} is the last good sync
 * @param staleAfter the age after which the catalogue is shown with a warning
 */
public record CatalogStatus(int offers, Instant updated, boolean sample, boolean fromSync, Duration staleAfter) {
    /** A catalogue older than this many days is shown with a warning (when no sync interval applies). */
    public static final int STALE_AFTER_DAYS = 14;

    public CatalogStatus(int offers, Instant updated, boolean sample) {
        this(offers, updated, sample, false, Duration.ofDays(STALE_AFTER_DAYS));
    }

    /**
     * @param all the offers the sources hold (withdrawn ones left out); the count is of the offers a worker can
     *            be suggested and finds in the catalogue tab: active ones, an adopted original left out for its
     *            copy, the same activity from several sources once (as the tab and matching count them)
     */
    public static CatalogStatus of(Collection<Offer> all, Predicate<String> isSampleSource) {
        return new CatalogStatus(CatalogCount.activities(all), newest(all), isSample(all, isSampleSource));
    }

    private static Instant newest(Collection<Offer> all) {
        Instant newest = null;
        for (Offer o : all) {
            if (o.provenance() != null && o.provenance().lastChanged() != null
                    && (newest == null || o.provenance().lastChanged().isAfter(newest))) {
                newest = o.provenance().lastChanged();
            }
        }
        return newest;
    }

    // sample data stays sample data when one own offer joins it: the badge goes only with the last sample offer
    private static boolean isSample(Collection<Offer> all, Predicate<String> isSampleSource) {
        return all.stream().anyMatch(o -> isSampleSource.test(o.key().source()));
    }

    /** The same catalogue, its age counted from the last good sync and a warning after {@code interval}. */
    public CatalogStatus syncedAt(Instant lastGoodSync, Duration interval) {
        return new CatalogStatus(offers, lastGoodSync, sample, true, interval);
    }

    public long ageDays(Clock clock) {
        if (updated == null) {
            return 0;
        }
        ZoneId zone = clock.getZone();
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(updated, zone), LocalDate.now(clock));
    }

    public boolean isStale(Clock clock) {
        if (offers == 0 || updated == null) {
            return false;
        }
        if (fromSync) {
            return Duration.between(updated, clock.instant()).compareTo(staleAfter) > 0;
        }
        return ageDays(clock) > staleAfter.toDays();
    }

    /** "Opdateret for 3 dage siden · 96 tilbud", or a warning when old. */
    public String text(Clock clock) {
        if (offers == 0) {
            return i18n("ui.status.empty");
        }
        return fromSync ? i18n("ui.status.line", syncedAge(clock), offers) : i18n("ui.status.line", age(clock), offers);
    }

    private String age(Clock clock) {
        long days = ageDays(clock);
        if (days > STALE_AFTER_DAYS && isStale(clock)) {
            return i18n("ui.status.stale", days);
        } else if (days <= 0) {
            return i18n("ui.status.updatedToday");
        } else if (days == 1) {
            return i18n("ui.status.updatedYesterday");
        }
        return i18n("ui.status.updatedDaysAgo", days);
    }

    /** By hours within the first two days ("Synkroniseret for 5 timer siden"), then by days. */
    private String syncedAge(Clock clock) {
        Duration age = Duration.between(updated, clock.instant());
        long hours = Math.max(0, age.toHours());
        String ago = hours < 1 ? i18n("ui.status.lessThanHour")
                : hours < 48 ? i18n("ui.status.hours", hours) : i18n("ui.status.days", age.toDays());
        return isStale(clock) ? i18n("ui.status.syncStale", ago) : i18n("ui.status.synced", ago);
    }
}
