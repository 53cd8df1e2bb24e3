package dk.henvis.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Everything a user reads comes from the one {@code messages} bundle: Danish in
 * {@code messages_da.properties}, English in {@code messages.properties} as the fallback.
 * Use {@link #get(String, Object...)} with a literal key so the bundle test can find it.
 */
public final class Messages {
    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final String BUNDLE = "messages";

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return bundle(DANISH);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale);
    }

    /** The Danish text for {@code key}, with {@link MessageFormat} arguments filled in. */
    public static String get(String key, Object... args) {
        return format(bundle(), key, args);
    }

    public static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
