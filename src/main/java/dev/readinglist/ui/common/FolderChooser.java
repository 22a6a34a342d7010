package dev.readinglist.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks for a folder, for the Markdown export. Tests answer directly. */
@FunctionalInterface
public interface FolderChooser {

    Optional<Path> choose(Window owner, String title, Path initialFolder);
}
