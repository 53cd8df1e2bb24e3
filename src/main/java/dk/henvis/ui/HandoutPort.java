package dk.henvis.ui;

import dk.henvis.catalog.Offer;
import dk.henvis.handout.HandoutPages;
import dk.henvis.handout.HandoutRenderer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The handout service as the GUI sees it: renders the one-page referral handout as PDF bytes, draws it
 * for the preview and saves it. View-models reach PDFBox and the file system only through here.
 */
@FunctionalInterface
public interface HandoutPort {
    /**
     * Renders the page.
     *
     * @param stepFreeNeeded the citizen's wheelchair need is ticked: each offer's step-free access is printed
     */
    byte[] render(List<Offer> offers, String firstName, String note, String referralCode, LocalDate date,
            boolean stepFreeNeeded);

    /** The page as a picture for the preview. */
    default BufferedImage preview(byte[] pdf) {
        return HandoutPages.preview(pdf);
    }

    /**
     * Writes the PDF to {@code target} whole or not at all.
     *
     * @throws dk.henvis.catalog.BadInputException naming the file when it cannot be written
     */
    default void save(byte[] pdf, Path target) {
        HandoutRenderer.save(pdf, target);
    }
}
