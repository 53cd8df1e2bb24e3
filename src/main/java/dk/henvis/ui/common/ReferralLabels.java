package dk.henvis.ui.common;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.FocusLevel;
import dk.henvis.i18n.Messages;
import dk.henvis.settings.StaffUnit;
import dk.henvis.ui.firststart.UnitViewModel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How the referral log's stored codes read on screen: unit names, focus levels, dates. */
public final class ReferralLabels {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Messages.DANISH);

    private ReferralLabels() {
    }

    /** "Døgnplejen" for the stored code "doegnplejen"; another unit's name as it was typed. */
    public static String unit(String code) {
        if (code == null) {
            return i18n("referral.stats.unknown");
        }
        return StaffUnit.fromCode(code).map(u -> UnitViewModel.label(u).replace("_", "")).orElse(code);
    }

    /** The focus level's name for its code ("forebyg", "tidlig", "stoette"). */
    public static String focus(String code) {
        return FocusLevel.fromCode(code).map(ReferralLabels::focus).orElse(code);
    }

    public static String focus(FocusLevel f) {
        if (f == null) {
            return i18n("ui.focus.unknown");
        }
        return switch (f) {
            case FOREBYG -> i18n("ui.focus.forebyg");
            case TIDLIG -> i18n("ui.focus.tidlig");
            case STOETTE -> i18n("ui.focus.stoette");
        };
    }

    /** "12. oktober 2026". */
    public static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
