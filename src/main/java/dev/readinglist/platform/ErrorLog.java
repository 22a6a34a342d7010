package dev.readinglist.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Stack traces go here, to {@code reading-list.log} in the data folder, never to the user's
 * terminal. The file is opened on the first error, so a run without errors writes nothing.
 */
public final class ErrorLog {

    private static final Logger LOGGER = Logger.getLogger("dev.readinglist");
    private static final int LIMIT_BYTES = 1_000_000;
    private static volatile boolean fileOpened;

    private ErrorLog() {}

    /** Keeps library logging (sqlite-jdbc uses java.util.logging) off the console. */
    public static void silenceConsole() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
    }

    public static Path file() {
        return DataFolder.folder().resolve("reading-list.log");
    }

    /** Records a failure with its stack trace. Never throws: logging must not hide the real error. */
    public static void record(String what, Throwable error) {
        try {
            openFile();
            LOGGER.log(Level.SEVERE, what, error);
        } catch (IOException | RuntimeException ignored) {
            // No log file (read-only home, full disk): the one-line message already reached the user.
        }
    }

    private static synchronized void openFile() throws IOException {
        if (fileOpened) {
            return;
        }
        Path file = file();
        PrivateFiles.createFolders(file.getParent());
        FileHandler handler = new FileHandler(file.toString(), LIMIT_BYTES, 1, true);
        handler.setFormatter(new SimpleFormatter());
        LOGGER.addHandler(handler);
        LOGGER.setUseParentHandlers(false);
        fileOpened = true;
    }
}
