package dk.henvis.formats.hsds;

/**
 * HSDS's required {@code state_province} for a Danish address: the region its postcode lies in. The postcode
 * ranges used are the ones that lie wholly in one region; any other postcode (and none) gives "Danmark".
 */
final class DanishRegion {
    static final String UNKNOWN = "Danmark";

    private DanishRegion() {
    }

    static String of(String postcode) {
        if (postcode == null || !postcode.strip().matches("\\d{4}")) {
            return UNKNOWN;
        }
        int pc = Integer.parseInt(postcode.strip());
        if (pc >= 2670 && pc <= 2699 || pc >= 4000 && pc <= 4999) {
            return "Region Sjælland";
        }
        if (pc >= 1000 && pc <= 3799) {
            return "Region Hovedstaden";
        }
        if (pc >= 5000 && pc <= 5999) {
            return "Region Syddanmark";
        }
        if (pc >= 8000 && pc <= 8999) {
            return "Region Midtjylland";
        }
        if (pc >= 9000 && pc <= 9999) {
            return "Region Nordjylland";
        }
        return UNKNOWN;
    }
}
