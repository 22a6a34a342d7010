package dev.readinglist.ui;

import java.nio.file.Path;
import javafx.application.Application;

/** Starts the JavaFX toolkit; only ever called when no command was given. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /** Blocks until the window closes. */
    public static void launch(Path database) {
        String[] args = database == null ? new String[0] : new String[] {"--db=" + database};
        Application.launch(ReadingListApp.class, args);
    }
}
