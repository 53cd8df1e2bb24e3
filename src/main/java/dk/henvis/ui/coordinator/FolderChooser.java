package dk.henvis.ui.coordinator;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks for a folder; tests supply their own answer. */
@FunctionalInterface
public interface FolderChooser {
    Optional<Path> choose(Window owner, String title, Path initial);

    /** The system's folder dialog. */
    static FolderChooser system() {
        return (owner, title, initial) -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            if (initial != null && Files.isDirectory(initial)) {
                chooser.setInitialDirectory(initial.toFile());
            }
            File f = chooser.showDialog(owner);
            return Optional.ofNullable(f).map(File::toPath);
        };
    }
}
