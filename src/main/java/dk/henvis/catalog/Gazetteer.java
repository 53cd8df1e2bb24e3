package dk.henvis.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Postcodes, towns and villages of Frederikssund Kommune and its neighbours, with coordinates, so a
 * postcode or a town name can be placed on the map. Read from {@code gazetteer.csv} beside this class.
 */
public final class Gazetteer {
    /** A named place. {@code postcodeArea} is true for the row that stands for a whole postcode. */
    public record Place(String name, String postcode, String municipality, GeoPoint point, boolean postcodeArea) {
        /** "3630 Jægerspris" for a postcode area, "Kulhuse (3630)" for a village. */
        public String label() {
            return postcodeArea ? postcode + " " + name : name + " (" + postcode + ")";
        }
    }

    /** The municipality's centre (Frederikssund town), used when a profile gives no home. */
    public static final String CENTRE_POSTCODE = "3600";

    private final List<Place> places;

    public Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
    }

    /** The gazetteer shipped with Henvis. */
    public static Gazetteer bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Gazetteer BUNDLED = load();
    }

    private static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Place> list = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",");
                list.add(new Place(f[1].strip(), f[0].strip(), f[2].strip(),
                        new GeoPoint(Double.parseDouble(f[3]), Double.parseDouble(f[4])), "postnummer".equals(f[5].strip())));
            }
            return new Gazetteer(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Place> all() {
        return places;
    }

    /** The area a postcode stands for. */
    /**
     * True when {@code postcode} is in the list: the one postcode check for a citizen's profile
     * ({@code match}) and a referral ({@code handout}) alike.
     */
    public boolean isPostcode(String postcode) {
        return postcode != null && byPostcode(postcode.strip()).isPresent();
    }

    public Optional<Place> byPostcode(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String pc = postcode.strip();
        return places.stream().filter(p -> p.postcodeArea() && p.postcode().equals(pc)).findFirst();
    }

    /** A town or village by name, ignoring case ("jægerspris", "Kulhuse"). */
    public Optional<Place> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String key = fold(name);
        return places.stream().filter(p -> fold(p.name()).equals(key))
                .min(Comparator.comparing(p -> !p.postcodeArea()));
    }

    /**
     * The town or village a venue's name or address mentions ("Jægerspris Bibliotek", "Kulturhuset, Slangerup"):
     * the whole text as a name, else the longest place name found in it as whole words.
     */
    public Optional<Place> findIn(String text) {
        Optional<Place> whole = resolve(text);
        if (whole.isPresent() || text == null) {
            return whole;
        }
        String folded = " " + fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return places.stream()
                .filter(p -> folded.contains(" " + fold(p.name()).replaceAll("[^\\p{L}\\p{N}]+", " ") + " "))
                .max(Comparator.comparingInt((Place p) -> p.name().length())
                        .thenComparing(p -> p.postcodeArea()));
    }

    /** A postcode ("3630", "3630 Jægerspris") or a place name. */
    public Optional<Place> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        String digits = t.replaceAll("^(\\d{4}).*$", "$1");
        if (digits.length() == 4 && digits.chars().allMatch(Character::isDigit)) {
            return byPostcode(digits);
        }
        return byName(t);
    }

    /** Places whose name or postcode starts with what was typed, postcode areas first. */
    public List<Place> suggest(String prefix, int limit) {
        String key = fold(prefix == null ? "" : prefix);
        return places.stream()
                .filter(p -> fold(p.name()).startsWith(key) || p.postcode().startsWith(key))
                .sorted(Comparator.comparing((Place p) -> !p.postcodeArea()).thenComparing(Place::name))
                .limit(limit)
                .toList();
    }

    /** The place nearest to a point. */
    public Optional<Place> nearest(GeoPoint point) {
        return places.stream().min(Comparator.comparingDouble(p -> p.point().distanceKm(point)));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }
}
