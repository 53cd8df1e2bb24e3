package dk.henvis.ui.offereditor;

import dk.henvis.catalog.Contact;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One contact of the offer in the form: a person or role at the organisation, never a citizen. */
public final class ContactRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    public ContactRow() {
    }

    ContactRow(Contact c) {
        name.set(c.name() == null ? "" : c.name());
        role.set(c.title() == null ? "" : c.title());
        phone.set(c.phone() == null ? "" : c.phone());
        email.set(c.email() == null ? "" : c.email());
    }

    Contact toContact() {
        return new Contact(Parse.text(name.get()), Parse.text(role.get()), Parse.text(phone.get()),
                Parse.text(email.get()));
    }

    boolean isEmpty() {
        return Parse.blank(name.get()) && Parse.blank(role.get()) && Parse.blank(phone.get())
                && Parse.blank(email.get());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public FieldErrors errors() {
        return errors;
    }

    javafx.beans.Observable[] observables() {
        return new javafx.beans.Observable[] {name, role, phone, email};
    }
}
