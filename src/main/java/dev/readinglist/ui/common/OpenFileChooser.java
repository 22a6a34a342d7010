package dev.readinglist.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/** Asks which file to open. The window uses the native dialog; tests answer directly. */
@FunctionalInterface
public interface OpenFileChooser {

    Optional<Path> choose(Window owner, String title);

    /** As above, offering these kinds of file, the first shown first. */
    default Optional<Path> choose(Window owner, String title, List<FileType> types) {
        return choose(owner, title);
    }

    /**
     * A backup to restore, starting in the folder of the last one chosen, else in {@code backupsFolder} (the
     * forty-eighth walk found itself in the import folder).
     */
    default Optional<Path> chooseBackup(Window owner, String title, Path backupsFolder) {
        return choose(owner, title, FileType.BACKUPS);
    }
}
