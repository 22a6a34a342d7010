package dev.readinglist.ui;

import dev.readinglist.platform.DataFolder;
import dev.readinglist.ui.common.Dialogs;
import dev.readinglist.ui.common.Formats;
import dev.readinglist.ui.common.LibraryConnection;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window's title and icons. */
final class WindowTitle {

    private WindowTitle() {}

    /** A library other than the default one is named in the title: two windows must not look alike. */
    static void apply(Stage stage, Path database, LibraryConnection connection, Dialogs dialogs) {
        name(stage, database, false);
        sayReadOnly(stage, database, connection, dialogs);
        for (String size : new String[] {"32", "64", "256"}) {
            stage.getIcons()
                    .add(new Image(WindowTitle.class
                            .getResource("reading-list-" + size + ".png")
                            .toExternalForm()));
        }
    }

    /**
     * A library that cannot be written (a disk mounted read-only) says so as it opens, and in the title for as long
     * as the window shows it: the eighty-fifth walk's showed an empty list.
     */
    private static void sayReadOnly(Stage stage, Path database, LibraryConnection connection, Dialogs dialogs) {
        connection.libraryProperty().addListener((obs, old, now) -> {
            boolean readOnly = now != null && now.readOnly();
            name(stage, database, readOnly);
            if (readOnly) {
                dialogs.notice(Formats.quoted(now.file().getFileName().toString(), 40)
                        + " cannot be written (a read-only disk?): you can read, search and export it, not change it");
            }
        });
    }

    private static void name(Stage stage, Path database, boolean readOnly) {
        Path usual = DataFolder.database(null).toAbsolutePath().normalize();
        Path shown = database.toAbsolutePath().normalize();
        String name = shown.equals(usual) ? "Reading List" : shown.getFileName() + " — Reading List";
        stage.setTitle(readOnly ? name + " (read-only)" : name);
    }
}
