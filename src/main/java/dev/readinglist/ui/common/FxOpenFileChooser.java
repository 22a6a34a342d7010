package dev.readinglist.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The OS's own open dialog, used only on Windows, where locks are per handle: elsewhere it may
 * open the library's files in this process (see ui.choosing.AppFileChooser).
 */
public final class FxOpenFileChooser implements OpenFileChooser {

    @Override
    public Optional<Path> choose(Window owner, String title) {
        return choose(owner, title, FileType.IMPORTS);
    }

    @Override
    public Optional<Path> choose(Window owner, String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters()
                    .add(new FileChooser.ExtensionFilter(
                            type.label(),
                            type.extensions().isEmpty()
                                    ? List.of("*")
                                    : type.extensions().stream()
                                            .map(e -> "*." + e)
                                            .toList()));
        }
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
