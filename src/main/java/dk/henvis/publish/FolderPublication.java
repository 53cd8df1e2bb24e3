package dk.henvis.publish;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * "Udgiv kataloget": one action that publishes the catalogue into one folder on the shared drive, in every
 * format: {@value #JSON_FILE} (HSDS 3 JSON, what staff laptops sync from), {@value #PACKAGE_FOLDER}/ (the
 * HSDS tabular data package) and {@value #HTML_FOLDER}/ (the citizen web pages). Each is written beside
 * the old one and swapped in ({@link CatalogPublisher}), so a failure leaves the earlier publication of
 * that format intact; the first failure stops the run.
 */
public final class FolderPublication {
    public static final String JSON_FILE = "henvis-katalog.json";
    public static final String PACKAGE_FOLDER = "henvis-datapakke";
    public static final String HTML_FOLDER = "borgersider";

    /** Told before each format is written. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total, String message);
    }

    /** What was published: the offers in the HSDS files and the offers with a citizen page. */
    public record Result(Path folder, int offers, int citizenPages, List<Path> written) {
    }

    private final CatalogPublisher publisher;

    public FolderPublication(CatalogPublisher publisher) {
        this.publisher = publisher;
    }

    /** Publishes every format into {@code folder}, which must exist. */
    public Result publish(Path folder, Progress progress) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(Messages.get("publish.error.noFolder", folder));
        }
        Path json = dir.resolve(JSON_FILE);
        Path pack = dir.resolve(PACKAGE_FOLDER);
        Path html = dir.resolve(HTML_FOLDER);
        progress.step(0, 3, Messages.get("publish.step.json"));
        int offers = publisher.publish(ExportFormat.HSDS_JSON, null, json);
        progress.step(1, 3, Messages.get("publish.step.package"));
        publisher.publish(ExportFormat.HSDS_PACKAGE, null, pack);
        progress.step(2, 3, Messages.get("publish.step.html"));
        int pages = publisher.publish(ExportFormat.HTML, null, html);
        progress.step(3, 3, Messages.get("publish.step.done"));
        return new Result(dir, offers, pages, List.of(json, pack, html));
    }
}
