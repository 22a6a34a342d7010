package dev.readinglist.ui;

import dev.readinglist.platform.DataFolder;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window's title and icons. */
final class WindowTitle {

    private WindowTitle() {}

    /** A library other than the default one is named in the title: two windows must not look alike. */
    static void apply(Stage stage, Path database) {
        Path usual = DataFolder.database(null).toAbsolutePath().normalize();
        Path shown = database.toAbsolutePath().normalize();
        stage.setTitle(shown.equals(usual) ? "Reading List" : shown.getFileName() + " — Reading List");
        for (String size : new String[] {"32", "64", "256"}) {
            stage.getIcons()
                    .add(new Image(WindowTitle.class
                            .getResource("reading-list-" + size + ".png")
                            .toExternalForm()));
        }
    }
}
