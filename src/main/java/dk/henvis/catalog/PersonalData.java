package dk.henvis.catalog;

import java.util.regex.Pattern;

/**
 * The one check that text about to be stored says nothing that identifies a citizen, used by every path
 * that stores text a person typed or a file brought: feedback flags (added, imported, exchanged) and the
 * unit of a referral (given, imported). A Danish CPR number ({@code ddmmyy-nnnn}, with or without the dash)
 * is refused wherever it appears.
 */
public final class PersonalData {
    private static final Pattern CPR = Pattern.compile("(?<!\\d)[0-3]\\d[01]\\d\\d\\d[- ]?\\d{4}(?!\\d)");

    private PersonalData() {
    }

    /** True when {@code text} holds something that reads as a CPR number. */
    public static boolean hasCpr(String text) {
        return text != null && CPR.matcher(text).find();
    }
}
