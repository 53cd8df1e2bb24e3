package dk.henvis.ui.firststart;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.settings.Settings;
import dk.henvis.settings.StaffUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The worker's unit and the unit's phone number, chosen at first start and changed in settings.
 * Both describe the workplace, never a citizen.
 */
public final class UnitViewModel {
    private final Settings settings;
    private final ObjectProperty<StaffUnit> unit = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty("");

    public UnitViewModel(Settings settings) {
        this.settings = settings;
        settings.unit().ifPresent(unit::set);
        phone.set(settings.unitPhone().orElse(""));
    }

    /** True until a unit has been chosen once on this installation. */
    public boolean isFirstStart() {
        return settings.unit().isEmpty();
    }

    public BooleanBinding canSave() {
        return Bindings.isNotNull(unit);
    }

    public void save() {
        if (unit.get() != null) {
            settings.setUnit(unit.get(), phone.get());
        }
    }

    public ObjectProperty<StaffUnit> unitProperty() {
        return unit;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** The unit's name with a mnemonic marker, e.g. "_Døgnplejen". */
    public static String label(StaffUnit unit) {
        return switch (unit) {
            case DOEGNPLEJEN -> i18n("ui.unit.doegnplejen");
            case JOBCENTRET -> i18n("ui.unit.jobcentret");
            case SOCIALPSYKIATRIEN -> i18n("ui.unit.socialpsykiatrien");
            case GENOPTRAENING -> i18n("ui.unit.genoptraening");
            case ANDET -> i18n("ui.unit.andet");
        };
    }
}
