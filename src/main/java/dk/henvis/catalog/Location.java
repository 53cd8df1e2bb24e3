package dk.henvis.catalog;

/**
 * Where an offer takes place. Coordinates may be missing; {@code online} offers have no distance.
 *
 * @param street        street and number
 * @param transport     how to get there, as the source writes it ("Bus 312 holder ved døren")
 * @param access        step-free access as classified from {@code accessibility}
 * @param accessibility the source's own accessibility text, kept verbatim
 */
public record Location(
        String id,
        String name,
        String street,
        String postcode,
        String city,
        Double latitude,
        Double longitude,
        String transport,
        Access access,
        String accessibility,
        boolean online) {

    public Location {
        access = access == null ? Access.UNKNOWN : access;
    }

    /**
     * True when the location has usable coordinates: both given and on the globe (a record stored before
     * imports checked the range must not break matching or distances).
     */
    public boolean hasCoordinates() {
        return latitude != null && longitude != null && latitude >= -90 && latitude <= 90
                && longitude >= -180 && longitude <= 180;
    }

    /** "Street, postcode city" with missing parts left out. */
    public String addressLine() {
        StringBuilder sb = new StringBuilder();
        if (street != null && !street.isBlank()) {
            sb.append(street.strip());
        }
        String town = ((postcode == null ? "" : postcode.strip()) + " " + (city == null ? "" : city.strip())).strip();
        if (!town.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(town);
        }
        return sb.toString();
    }
}
