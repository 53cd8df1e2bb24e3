package dk.henvis.ui.firststart;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.settings.ReferralUnits;
import dk.henvis.settings.Settings;
import dk.henvis.settings.StaffUnit;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The worker's unit and the unit's phone number, chosen at first start and changed in settings: a built-in
 * unit or one the coordinator added on this installation ({@link ReferralUnits}). Both describe the workplace,
 * never a citizen.
 */
public final class UnitViewModel {
    private final Settings settings;
    private final ReferralUnits units;
    /** The chosen unit: a built-in unit's code ("doegnplejen") or an added unit's name; null before a choice. */
    private final ObjectProperty<String> unit = new SimpleObjectProperty<>();
    private final StringProperty phone = new SimpleStringProperty("");

    public UnitViewModel(Settings settings) {
        this.settings = settings;
        this.units = new ReferralUnits(settings);
        settings.unitName().flatMap(units::find).ifPresent(unit::set);
        phone.set(settings.unitPhone().orElse(""));
    }

    /** True until a unit has been chosen once on this installation. */
    public boolean isFirstStart() {
        return settings.unitName().isEmpty();
    }

    /** The units the coordinator added, offered after the built-in ones. */
    public List<String> addedUnits() {
        return units.added();
    }

    public BooleanBinding canSave() {
        return Bindings.isNotNull(unit);
    }

    public void save() {
        if (unit.get() != null) {
            settings.setUnit(unit.get(), phone.get());
        }
    }

    /** The chosen unit: a built-in unit's code or an added unit's name. */
    public ObjectProperty<String> unitProperty() {
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
