package dk.henvis.ui.flags;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Offer;
import dk.henvis.curation.Flag;
import dk.henvis.curation.FlagFile;
import dk.henvis.curation.FlagService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Meld fejl i oplysningerne…": a short text about what is wrong with one offer, kept locally and sent to
 * the coordinator at the next sync. The text is checked before it is saved (not empty, short, no CPR number).
 */
public final class FlagViewModel {
    private final FlagService flags;
    private final Offer offer;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanBinding canSave;

    public FlagViewModel(FlagService flags, Offer offer) {
        this.flags = flags;
        this.offer = offer;
        this.canSave = Bindings.createBooleanBinding(() -> !text.get().isBlank()
                && text.get().strip().length() <= FlagFile.MAX_TEXT, text);
        text.addListener((o, a, b) -> error.set(""));
    }

    public Offer offer() {
        return offer;
    }

    /** Saves the flag; false (with {@link #errorProperty()} set) when the text may not be saved. */
    public boolean save() {
        try {
            Flag f = flags.raise(offer.key(), text.get());
            error.set("");
            return f != null;
        } catch (BadInputException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    /** What the dialog says about where the flag goes. */
    public String whereItGoes() {
        return flags.folder().isPresent() ? i18n("ui.flag.sentAtSync") : i18n("ui.flag.noFolder");
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public BooleanBinding canSave() {
        return canSave;
    }
}
