package dk.henvis.catalog;

/** Minimum and maximum age, each null when open. */
public record AgeRange(Integer min, Integer max) {
    public static final AgeRange ANY = new AgeRange(null, null);

    public boolean admits(int age) {
        return (min == null || age >= min) && (max == null || age <= max);
    }

    public boolean isOpen() {
        return min == null && max == null;
    }
}
