package dk.henvis.ui.offereditor;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.catalog.Offer;
import dk.henvis.curation.OfferCuration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.stage.Window;

/**
 * The coordinator's buttons in the catalogue browser: "Nyt tilbud", "Redigér", "Dupliker", "Tilbagetræk"
 * for the municipality's own offers and "Overtag i kommunens katalog" for imported ones. Shown only in
 * coordinator mode; each is enabled only when it applies to the selected offer.
 */
public final class CoordinatorActions {
    public static final String BAR_ID = "coordinatorActions";

    private final FlowPane bar = new FlowPane(8, 8);

    public CoordinatorActions(OfferEditor editor, ObservableValue<Offer> selected, ObservableBooleanValue coordinatorMode,
            Supplier<Window> owner) {
        bar.setId(BAR_ID);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("coordinator-actions");
        Button create = button("actionNew", "ui.browser.new", () -> editor.create(owner.get()));
        Button edit = button("actionEdit", "ui.browser.edit", () -> editor.edit(owner.get(), selected.getValue().key()));
        Button duplicate = button("actionDuplicate", "ui.browser.duplicate",
                () -> editor.duplicate(owner.get(), selected.getValue().key()));
        Button retire = button("actionRetire", "ui.browser.retire",
                () -> editor.retire(owner.get(), selected.getValue()));
        Button adopt = button("actionAdopt", "ui.browser.adopt", () -> editor.adopt(owner.get(), selected.getValue().key()));
        enableWhen(edit, selected, OfferCuration::isCurated);
        enableWhen(duplicate, selected, o -> true);
        enableWhen(retire, selected, o -> OfferCuration.isCurated(o) && o.isActive());
        enableWhen(adopt, selected, o -> !OfferCuration.isCurated(o));
        bar.getChildren().addAll(create, edit, duplicate, retire, adopt);
        bar.visibleProperty().bind(coordinatorMode);
        bar.managedProperty().bind(bar.visibleProperty());
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n(key));
        b.setId(id);
        // no mnemonics: every letter of these labels is taken on the citizen screen (Alt+O, Alt+R, ...)
        b.setMnemonicParsing(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void enableWhen(Button b, ObservableValue<Offer> selected, Predicate<Offer> applies) {
        b.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.getValue() == null || !applies.test(selected.getValue()), selected));
    }

    public FlowPane bar() {
        return bar;
    }
}
