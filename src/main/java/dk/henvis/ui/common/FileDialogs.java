package dk.henvis.ui.common;

import static dk.henvis.ui.I18n.i18n;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the worker where to save a file; tests supply their own answer. */
@FunctionalInterface
public interface FileDialogs {
    Optional<Path> savePdf(Window owner, String suggestedName);

    /** The system's save dialog. */
    static FileDialogs system() {
        return (owner, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n("ui.handout.saveTitle"));
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n("ui.handout.pdfFiles"), "*.pdf"));
            File f = chooser.showSaveDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }
}
