package dk.henvis.catalog;

/** Whom to call or write about an offer (a role at an organisation, never a citizen). */
public record Contact(String name, String title, String phone, String email) {
}
