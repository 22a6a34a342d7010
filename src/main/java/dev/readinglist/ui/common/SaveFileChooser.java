package dev.readinglist.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks where to save a file. The window uses the native dialog; tests answer directly. */
@FunctionalInterface
public interface SaveFileChooser {

    Optional<Path> choose(Window owner, String title, Path initialFolder, String initialName);
}
