package dev.readinglist.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The OS's own open dialog, offering the export files Reading List can import. */
public final class FxOpenFileChooser implements OpenFileChooser {

    @Override
    public Optional<Path> choose(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Exports (CSV, zip, JSON, bookmark or Pocket HTML)",
                                "*.csv",
                                "*.zip",
                                "*.json",
                                "*.html",
                                "*.htm"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
