package dk.henvis.catalog;

/** The association, institution or volunteer group that runs an offer. */
public record Organisation(String id, String name, String description, String url) {
    public static final Organisation NONE = new Organisation(null, null, null, null);
}
