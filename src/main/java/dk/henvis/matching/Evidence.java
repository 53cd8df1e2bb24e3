package dk.henvis.matching;

/**
 * Why an offer was taken to be about an interest or group: the word of the offer's own text that says so
 * and where it stands. Interest reasons are written from it, and tests check that the word really is in
 * that offer's name, description, categories or tags.
 *
 * @param word  the word as the offer writes it ("Kor", "sangkoret"), or the whole category or tag
 * @param field where the word stands
 * @param typed what the worker typed that it answers ("synge")
 */
public record Evidence(String word, Field field, String typed) {
    /** The offer's own texts that count as evidence; never the organisation's name. */
    public enum Field { NAME, ALTERNATE_NAME, TAG, CATEGORY, TARGET_GROUP, DESCRIPTION, ELIGIBILITY }
}
