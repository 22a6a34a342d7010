package dev.readinglist.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Stack traces go here, to {@code reading-list.log} in the data folder, never to the user's
 * terminal. The file is made on the first error, so a run without errors writes nothing. Each entry is appended and
 * the file closed again, so the window and a command line write to the one file the messages name: a FileHandler
 * held a lock, and the command line beside the window wrote to reading-list.log.1 while it said reading-list.log
 * (the sixty-eighth walk).
 */
public final class ErrorLog {

    private static final int LIMIT_BYTES = 1_000_000;
    private static final Formatter FORMAT = new SimpleFormatter();

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
            LogRecord entry = new LogRecord(Level.SEVERE, what);
            entry.setThrown(error);
            entry.setLoggerName("dev.readinglist");
            append(FORMAT.format(entry));
        } catch (IOException | RuntimeException ignored) {
            // No log file (read-only home, full disk): the one-line message already reached the user.
        }
    }

    private static synchronized void append(String text) throws IOException {
        Path file = file();
        if (Files.notExists(file)) {
            PrivateFiles.createFolders(file.getParent());
            try {
                Files.createFile(file, PrivateFiles.ownerOnly());
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // by another process: append to it
            }
        } else if (Files.size(file) > LIMIT_BYTES) {
            Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            Files.createFile(file, PrivateFiles.ownerOnly());
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
