package dk.henvis.ui.offereditor;

import dk.henvis.catalog.Access;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.catalog.Location;
import dk.henvis.curation.Problem.Field;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One place of the offer in the form: address, coordinates (from the gazetteer or typed) and access. */
public final class PlaceRow {
    private final String id;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty latitude = new SimpleStringProperty("");
    private final StringProperty longitude = new SimpleStringProperty("");
    private final StringProperty transport = new SimpleStringProperty("");
    private final ObjectProperty<Access> access = new SimpleObjectProperty<>(Access.UNKNOWN);
    private final StringProperty accessibility = new SimpleStringProperty("");
    private final BooleanProperty online = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors();

    public PlaceRow() {
        this.id = null;
    }

    PlaceRow(Location l) {
        this.id = l.id();
        name.set(nz(l.name()));
        street.set(nz(l.street()));
        postcode.set(nz(l.postcode()));
        city.set(nz(l.city()));
        latitude.set(Parse.coordinate(l.latitude()));
        longitude.set(Parse.coordinate(l.longitude()));
        transport.set(nz(l.transport()));
        access.set(l.access());
        accessibility.set(nz(l.accessibility()));
        online.set(l.online());
    }

    /** Fills postcode, town and coordinates from a gazetteer place (a town or postcode area). */
    public void pick(Gazetteer.Place place) {
        postcode.set(place.postcode() == null ? "" : place.postcode());
        city.set(place.name());
        latitude.set(Parse.coordinate(place.point().lat()));
        longitude.set(Parse.coordinate(place.point().lon()));
    }

    /** The place, or null when a typed number cannot be read (the error is set). */
    Location toLocation() {
        Double lat;
        Double lon;
        try {
            lat = Parse.coordinate(latitude.get());
            lon = Parse.coordinate(longitude.get());
        } catch (Parse.Invalid e) {
            errors.set(Field.PLACE_COORDINATES, dk.henvis.ui.I18n.i18n("ui.editor.check.coordinate"));
            return null;
        }
        return new Location(id, Parse.text(name.get()), Parse.text(street.get()), Parse.text(postcode.get()),
                Parse.text(city.get()), lat, lon, Parse.text(transport.get()), access.get(),
                Parse.text(accessibility.get()), online.get());
    }

    /**
     * True when the row says where the offer is on the map or that it is online: an address, a postcode, a town
     * or coordinates. A place's name alone cannot be sorted by distance.
     */
    boolean locates() {
        return online.get() || !Parse.blank(street.get()) || !Parse.blank(postcode.get()) || !Parse.blank(city.get())
                || !Parse.blank(latitude.get()) || !Parse.blank(longitude.get());
    }

    boolean isEmpty() {
        return Parse.blank(name.get()) && Parse.blank(street.get()) && Parse.blank(postcode.get())
                && Parse.blank(city.get()) && Parse.blank(latitude.get()) && Parse.blank(longitude.get())
                && !online.get();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty postcodeProperty() {
        return postcode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty transportProperty() {
        return transport;
    }

    public ObjectProperty<Access> accessProperty() {
        return access;
    }

    public StringProperty accessibilityProperty() {
        return accessibility;
    }

    public BooleanProperty onlineProperty() {
        return online;
    }

    public FieldErrors errors() {
        return errors;
    }

    javafx.beans.Observable[] observables() {
        return new javafx.beans.Observable[] {name, street, postcode, city, latitude, longitude, transport, access,
                accessibility, online};
    }
}
