package dk.henvis.ui.common;

import static dk.henvis.ui.I18n.i18n;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the worker where to save a file; tests supply their own answer. */
@FunctionalInterface
public interface FileDialogs {
    Optional<Path> savePdf(Window owner, String suggestedName);

    /** The kinds of file the statistics view writes and reads. */
    enum Kind { PDF, CSV, JSON }

    /** Where to save a file of {@code kind} (an export); empty when the worker cancels. */
    default Optional<Path> save(Window owner, Kind kind, String suggestedName) {
        FileChooser chooser = chooser(i18n("ui.files.saveTitle"), kind);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** One or more files of {@code kind} to read; empty when the worker cancels. */
    default List<Path> openMany(Window owner, Kind kind) {
        List<File> files = chooser(i18n("ui.files.openTitle"), kind).showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    private static FileChooser chooser(String title, Kind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        switch (kind) {
            case PDF -> chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(i18n("ui.handout.pdfFiles"), "*.pdf"));
            case CSV -> chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(i18n("ui.files.csvFiles"), "*.csv"));
            case JSON -> chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(i18n("ui.files.jsonFiles"), "*.json"));
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n("ui.files.allFiles"), "*"));
        return chooser;
    }

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
