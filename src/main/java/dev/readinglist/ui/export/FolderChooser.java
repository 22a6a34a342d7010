package dev.readinglist.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks for a folder, for the Markdown export. The window uses the native dialog; tests answer directly. */
@FunctionalInterface
public interface FolderChooser {

    Optional<Path> choose(Window owner, String title, Path initialFolder);
}
