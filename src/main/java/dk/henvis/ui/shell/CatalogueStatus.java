package dk.henvis.ui.shell;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Offer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * How big and how old the catalogue is, and whether it is the sample data.
 *
 * @param updated when the newest offer last changed in this database; null for an empty catalogue
 */
public record CatalogueStatus(int offers, Instant updated, boolean sample) {
    /** A catalogue older than this many days is shown with a warning. */
    public static final int STALE_AFTER_DAYS = 14;

    public static CatalogueStatus of(Collection<Offer> all, Predicate<String> isSampleSource) {
        Instant newest = null;
        boolean sample = !all.isEmpty();
        for (Offer o : all) {
            if (o.provenance() != null && o.provenance().lastChanged() != null
                    && (newest == null || o.provenance().lastChanged().isAfter(newest))) {
                newest = o.provenance().lastChanged();
            }
            sample &= isSampleSource.test(o.key().source());
        }
        return new CatalogueStatus(all.size(), newest, sample);
    }

    public long ageDays(Clock clock) {
        if (updated == null) {
            return 0;
        }
        ZoneId zone = clock.getZone();
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(updated, zone), LocalDate.now(clock));
    }

    public boolean isStale(Clock clock) {
        return offers > 0 && ageDays(clock) > STALE_AFTER_DAYS;
    }

    /** "Opdateret for 3 dage siden · 96 tilbud", or a warning when old. */
    public String text(Clock clock) {
        if (offers == 0) {
            return i18n("ui.status.empty");
        }
        long days = ageDays(clock);
        String age;
        if (days <= 0) {
            age = i18n("ui.status.updatedToday");
        } else if (days == 1) {
            age = i18n("ui.status.updatedYesterday");
        } else if (days > STALE_AFTER_DAYS) {
            age = i18n("ui.status.stale", days);
        } else {
            age = i18n("ui.status.updatedDaysAgo", days);
        }
        return i18n("ui.status.line", age, offers);
    }
}
