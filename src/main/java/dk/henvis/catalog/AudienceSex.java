package dk.henvis.catalog;

/** An offer stated as only for women or only for men; {@link #ANY} when nothing is stated. */
public enum AudienceSex {
    ANY, WOMEN, MEN
}
