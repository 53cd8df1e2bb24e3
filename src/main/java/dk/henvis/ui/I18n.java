package dk.henvis.ui;

import dk.henvis.i18n.Messages;

/** Short access to the one message bundle for the GUI; keys start with {@code ui.}. */
public final class I18n {
    private I18n() {
    }

    public static String i18n(String key, Object... args) {
        return Messages.get(key, args);
    }
}
