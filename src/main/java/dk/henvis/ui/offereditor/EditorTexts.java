package dk.henvis.ui.offereditor;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.AudienceSex;
import dk.henvis.catalog.OfferStatus;

/** The form's words for the domain's choices (each key written out, so the messages check finds it). */
public final class EditorTexts {
    private EditorTexts() {
    }

    public static String status(OfferStatus s) {
        return switch (s) {
            case ACTIVE -> i18n("ui.editor.status.ACTIVE");
            case INACTIVE -> i18n("ui.editor.status.INACTIVE");
            case TEMPORARILY_CLOSED -> i18n("ui.editor.status.TEMPORARILY_CLOSED");
            case DEFUNCT -> i18n("ui.editor.status.DEFUNCT");
        };
    }

    static String rhythm(ScheduleRow.Rhythm r) {
        return switch (r) {
            case WEEKLY -> i18n("ui.editor.rhythm.WEEKLY");
            case EVERY_N_WEEKS -> i18n("ui.editor.rhythm.EVERY_N_WEEKS");
            case MONTHLY -> i18n("ui.editor.rhythm.MONTHLY");
            case DAILY -> i18n("ui.editor.rhythm.DAILY");
            case ONCE -> i18n("ui.editor.rhythm.ONCE");
        };
    }

    static String access(Access a) {
        return switch (a) {
            case STEP_FREE -> i18n("ui.editor.access.STEP_FREE");
            case NOT_STEP_FREE -> i18n("ui.editor.access.NOT_STEP_FREE");
            case UNKNOWN -> i18n("ui.editor.access.UNKNOWN");
        };
    }

    static String sex(AudienceSex s) {
        return switch (s) {
            case ANY -> i18n("ui.editor.sex.ANY");
            case WOMEN -> i18n("ui.editor.sex.WOMEN");
            case MEN -> i18n("ui.editor.sex.MEN");
        };
    }

    static String price(PriceKind k) {
        return switch (k) {
            case UNKNOWN -> i18n("ui.editor.price.UNKNOWN");
            case FREE -> i18n("ui.editor.price.FREE");
            case AMOUNT -> i18n("ui.editor.price.AMOUNT");
            case TEXT -> i18n("ui.editor.price.TEXT");
        };
    }
}
