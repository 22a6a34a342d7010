package dev.readinglist.ui;

import dev.readinglist.instance.CommandIo;
import dev.readinglist.instance.InstanceClient;
import dev.readinglist.instance.InstanceFiles;
import dev.readinglist.instance.InstanceLock;
import dev.readinglist.instance.InstanceServer;
import dev.readinglist.instance.Request;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.ErrorLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.application.Application;

/** Starts the JavaFX toolkit; only ever called when no command was given. */
public final class DesktopLauncher {

    /** How long a second launch keeps asking a window that holds the library to answer. */
    private static final long UNANSWERED_MS = 10_000;

    private DesktopLauncher() {}

    /**
     * Blocks until the window closes. Returns at once when a window already has this library (it is
     * brought to the front); waits while a command line works on it.
     */
    public static void launch(Path database, LongConsumer firstFrame, ForwardedCommands commands) {
        Path file = DataFolder.database(database).toAbsolutePath().normalize();
        InstanceFiles files = InstanceFiles.of(file);
        Claim claim = acquire(file, files);
        if (!claim.open()) {
            return;
        }
        WindowLibraryHost host = new WindowLibraryHost(file);
        InstanceServer server = listen(files, host, commands);
        ReadingListApp.useHost(host);
        ReadingListApp.reportFirstFrame(firstFrame);
        String[] args = database == null ? new String[0] : new String[] {"--db=" + database};
        try {
            Application.launch(ReadingListApp.class, args);
        } finally {
            if (server != null) {
                server.close();
            }
            if (claim.lock() != null) {
                claim.lock().close();
            }
        }
    }

    /** The window lock, if there is one to take, and whether to open the window at all. */
    private record Claim(InstanceLock lock, boolean open) {}

    /** Not to open when another window has the library: it was asked to the front instead. */
    private static Claim acquire(Path file, InstanceFiles files) {
        long unanswered = 0;
        while (true) {
            try {
                Optional<InstanceLock> lock = InstanceLock.tryWindow(files.lock());
                if (lock.isPresent()) {
                    return new Claim(lock.get(), true);
                }
                if (InstanceLock.windowPresent(files.lock())) {
                    if (InstanceClient.activate(files.socket(), file)) {
                        return new Claim(null, false);
                    }
                    if (unanswered == 0) {
                        unanswered = System.currentTimeMillis();
                    } else if (System.currentTimeMillis() - unanswered > UNANSWERED_MS) {
                        ErrorLog.record(
                                "another window has " + file + " open but does not answer",
                                new IllegalStateException(files.socket().toString()));
                        return new Claim(null, false);
                    }
                }
                // Otherwise a command line is working on the library: the window opens when it is done.
                Thread.sleep(100);
            } catch (IOException e) {
                ErrorLog.record("the instance lock " + files.lock() + " is unusable; opening without it", e);
                return new Claim(null, true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Claim(null, false);
            }
        }
    }

    static InstanceServer listen(InstanceFiles files, WindowLibraryHost host, ForwardedCommands commands) {
        try {
            return InstanceServer.start(files.socket(), new InstanceServer.Handler() {
                @Override
                public void activate() {
                    ReadingListApp.bringToFront();
                }

                @Override
                public int run(Request request, CommandIo io) {
                    return commands.run(request, io, host);
                }
            });
        } catch (IOException | RuntimeException e) {
            // Command lines then say, in one line, that the window does not answer, and change nothing.
            ErrorLog.record("the window cannot listen on " + files.socket(), e);
            return null;
        }
    }
}
