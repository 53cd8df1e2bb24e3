package dk.henvis.ui.handoutpreview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints the handout through the system's print dialog: the PDF page is rendered at 300 dpi and
 * placed on the printable area. Works with no network (a local or PDF printer).
 */
public final class HandoutPrinter {
    private HandoutPrinter() {
    }

    /** True when the job was sent to a printer; false when there is none or the worker cancelled. */
    public static boolean print(Window owner, byte[] pdf) throws IOException {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(owner)) {
            if (job != null) {
                job.cancelJob();
            }
            return false;
        }
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 300);
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                javafx.print.Printer.MarginType.HARDWARE_MINIMUM);
        ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
        view.setPreserveRatio(true);
        view.setFitWidth(layout.getPrintableWidth());
        view.setFitHeight(layout.getPrintableHeight());
        boolean ok = job.printPage(layout, view);
        return ok && job.endJob();
    }
}
