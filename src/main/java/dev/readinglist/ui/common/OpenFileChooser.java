package dev.readinglist.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks which file to open. The window uses the native dialog; tests answer directly. */
@FunctionalInterface
public interface OpenFileChooser {

    Optional<Path> choose(Window owner, String title);
}
