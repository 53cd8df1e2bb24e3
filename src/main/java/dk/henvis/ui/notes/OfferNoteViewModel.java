package dk.henvis.ui.notes;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.OfferKey;
import dk.henvis.curation.OfferNote;
import dk.henvis.curation.OfferNotes;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The staff's own knowledge about one offer, shown and edited in the offer's details: a note ("Ring til
 * Bente før første gang") and the day it was verified by phone. Kept beside the offer, so a sync never
 * overwrites it.
 */
public final class OfferNoteViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final OfferNotes notes;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<OfferKey> offer = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty verified = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> verifiedOn = new SimpleObjectProperty<>();
    private final StringProperty savedNote = new SimpleStringProperty("");
    private final StringProperty savedVerified = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private long generation;

    public OfferNoteViewModel(OfferNotes notes, TaskExecutor executor, Clock clock) {
        this.notes = notes;
        this.executor = executor;
        this.clock = clock;
        verified.addListener((o, a, b) -> {
            if (b && verifiedOn.get() == null) {
                verifiedOn.set(LocalDate.now(clock));
            }
        });
    }

    /** Shows the note of {@code key} (null: none). */
    public void load(OfferKey key) {
        long mine = ++generation;
        offer.set(key);
        message.set("");
        show(null);
        if (key == null) {
            return;
        }
        executor.submit(BackgroundTask.of(p -> notes.find(key))
                .onSuccess(n -> {
                    if (mine == generation) {
                        show(n.orElse(null));
                    }
                }));
    }

    private void show(OfferNote n) {
        String text = n == null || n.note() == null ? "" : n.note();
        LocalDate on = n == null ? null : n.verifiedOn();
        note.set(text);
        verifiedOn.set(on);
        verified.set(on != null);
        savedNote.set(text);
        savedVerified.set(on == null ? "" : i18n("ui.notes.verifiedOn", DATE.format(on)));
    }

    /** Saves the note and the verification (unticked: no date) for the shown offer. */
    public void save() {
        OfferKey key = offer.get();
        if (key == null) {
            return;
        }
        String text = note.get();
        LocalDate on = verified.get() ? Optional.ofNullable(verifiedOn.get()).orElse(LocalDate.now(clock)) : null;
        executor.submit(BackgroundTask.of(p -> {
                    notes.setNote(key, text);
                    notes.markVerified(key, on);
                    return notes.find(key);
                })
                .onSuccess(n -> {
                    if (key.equals(offer.get())) {
                        show(n.orElse(null));
                        message.set(i18n("ui.notes.saved"));
                    }
                })
                .onFailure(e -> message.set(i18n("ui.notes.saveFailed", String.valueOf(e.getMessage())))));
    }

    /** True when the fields differ from what is saved. */
    public boolean dirty() {
        String saved = savedNote.get() == null ? "" : savedNote.get().strip();
        String typed = note.get() == null ? "" : note.get().strip();
        return !saved.equals(typed) || verified.get() != !savedVerified.get().isEmpty();
    }

    public ReadOnlyObjectProperty<OfferKey> offerProperty() {
        return offer;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty verifiedProperty() {
        return verified;
    }

    public ObjectProperty<LocalDate> verifiedOnProperty() {
        return verifiedOn;
    }

    /** The saved note, as shown on the details. */
    public ReadOnlyStringProperty savedNoteProperty() {
        return savedNote;
    }

    /** "Verificeret pr. telefon 12.11.2026", or empty. */
    public ReadOnlyStringProperty savedVerifiedProperty() {
        return savedVerified;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
