package dk.henvis.ui;

import dk.henvis.catalog.Offer;
import java.time.LocalDate;
import java.util.List;

/** Renders the one-page referral handout as PDF bytes (the handout service, as the GUI sees it). */
@FunctionalInterface
public interface HandoutPort {
    byte[] render(List<Offer> offers, String firstName, String note, String referralCode, LocalDate date);
}
