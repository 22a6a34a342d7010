package dev.readinglist.ui;

import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.SingleInstance;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.application.Application;

/** Starts the JavaFX toolkit; only ever called when no command was given. */
public final class DesktopLauncher {

    private DesktopLauncher() {}

    /** Blocks until the window closes; returns at once when another window already has this library. */
    public static void launch(Path database, LongConsumer firstFrame) {
        Path file = DataFolder.database(database);
        Optional<SingleInstance> instance = SingleInstance.acquire(file);
        if (instance.isEmpty()) {
            SingleInstance.activateRunning(file);
            return;
        }
        ReadingListApp.useInstance(instance.get());
        ReadingListApp.reportFirstFrame(firstFrame);
        String[] args = database == null ? new String[0] : new String[] {"--db=" + database};
        try {
            Application.launch(ReadingListApp.class, args);
        } finally {
            instance.get().close();
        }
    }
}
