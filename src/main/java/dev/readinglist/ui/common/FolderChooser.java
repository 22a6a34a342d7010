package dev.readinglist.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks for a folder, for the Markdown export and for sync. Tests answer directly. */
@FunctionalInterface
public interface FolderChooser {

    /** A folder to export into: starts where the last export went. */
    Optional<Path> choose(Window owner, String title, Path initialFolder);

    /**
     * The folder to sync through: starts in {@code current}, the one synced through now, if any,
     * and is not taken for the folder exports go to. (Chosen through the export chooser, the sync
     * folder became where the next export was offered to go: notes written into a shared folder.)
     */
    default Optional<Path> chooseSyncFolder(Window owner, String title, Path current) {
        return choose(owner, title, current);
    }
}
