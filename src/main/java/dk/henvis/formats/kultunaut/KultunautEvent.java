package dk.henvis.formats.kultunaut;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One KultuNaut event as read from the api2 JSON or the XML export, before it becomes an offer.
 * Texts may still hold HTML; {@code time} is KultuNaut's free-text time ("kl. 13.45-20").
 */
record KultunautEvent(
        String id,
        Instant changed,
        String title,
        String shortDescription,
        String longDescription,
        LocalDate start,
        LocalDate end,
        String startTime,
        String time,
        List<String> tags,
        List<String> targets,
        String fee,
        String link,
        String locationName,
        String street,
        String city,
        String postcode,
        Double latitude,
        Double longitude,
        String organizer) {
}
