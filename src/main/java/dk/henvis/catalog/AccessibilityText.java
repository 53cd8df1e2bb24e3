package dk.henvis.catalog;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies a source's free accessibility text ("Niveaufri adgang og handicaptoilet", "Trapper til
 * 1. sal") as step-free, not step-free or unknown. Explicit negations win, then step-free words, then
 * mentions of stairs; a place whose text says nothing either way is unknown.
 */
public final class AccessibilityText {
    private static final List<String> NEGATIONS = List.of(
            "ikke trinfri", "ikke niveaufri", "ikke egnet for kørestol", "ikke egnet til kørestol",
            "ikke tilgængelig for kørestol", "ikke kørestolsvenlig", "ikke handicapvenlig", "ikke handicaptilgængelig",
            "ingen elevator", "uden elevator", "ingen rampe", "uden rampe", "ingen handicapadgang", "ikke adgang for kørestol", "not wheelchair", "no wheelchair",
            "not step-free", "no step-free");
    private static final List<String> STEP_FREE = List.of(
            "trinfri", "niveaufri", "kørestol", "handicapvenlig", "handicaptilgængelig", "handicapadgang",
            "elevator", "rampe", "handicaptoilet", "ingen trapper", "ingen trin", "uden trapper", "uden trin",
            "trappelift", "wheelchair", "step-free", "step free", "accessible");
    private static final Pattern STAIRS = Pattern.compile(
            "(?<!\\p{L})(trapp\\p{L}*|trin|dørtrin|kælder\\p{L}*|stairs|steps|basement)(?!\\p{L})");

    private AccessibilityText() {
    }

    public static Access classify(String text) {
        if (text == null || text.isBlank()) {
            return Access.UNKNOWN;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (containsAny(t, NEGATIONS)) {
            return Access.NOT_STEP_FREE;
        }
        if (containsAny(t, STEP_FREE)) {
            return Access.STEP_FREE;
        }
        if (STAIRS.matcher(t).find()) {
            return Access.NOT_STEP_FREE;
        }
        return Access.UNKNOWN;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
