package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.StartupProbe;
import dev.readinglist.platform.instance.CommandIo;
import dev.readinglist.platform.instance.InstanceFiles;
import dev.readinglist.platform.instance.InstanceServer;
import dev.readinglist.platform.instance.Request;
import dev.readinglist.platform.instance.WindowClaim;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import javafx.application.Application;

/** Starts the JavaFX toolkit; only ever called when no command was given. */
public final class DesktopLauncher {

    /** How long a second launch keeps asking a window that holds the library to answer. */
    private static final long UNANSWERED_MS = 10_000;

    private DesktopLauncher() {}

    /**
     * Blocks until the window closes. Returns at once when a window already has this library (it is
     * brought to the front); waits while a command line works on it. When another window has the
     * library but cannot be brought forward, says so in a small dialog (where there is a display) and
     * throws, for the command line to say the same in one line.
     */
    public static String launch(Path database, StartupProbe probe, ForwardedCommands commands) {
        Path file = DataFolder.database(database).toAbsolutePath().normalize();
        InstanceFiles files = InstanceFiles.of(file);
        WindowClaim claim = WindowClaim.claim(files, file, UNANSWERED_MS);
        Optional<String> problem = claim.problem(file);
        if (problem.isPresent()) {
            AlreadyOpenDialog.show(problem.get());
            throw new ReadingListException(problem.get());
        }
        if (claim.outcome() == WindowClaim.Outcome.SHOWN) {
            // Said: the eighty-fifth walk's second launch came back at once without a word, its window elsewhere.
            return "Reading List already has " + file + " open: its window was brought to the front";
        }
        if (claim.outcome() != WindowClaim.Outcome.OPEN) {
            return "";
        }
        InstanceServer server = null;
        try {
            WindowLibraryHost host = new WindowLibraryHost(file);
            server = WindowClaim.listen(claim.lock(), files.socket(), handler(host, commands));
            ReadingListApp.useHost(host);
            ReadingListApp.openingEarly(openEarly(file));
            ReadingListApp.probe(probe);
            String[] args = database == null ? new String[0] : new String[] {"--db=" + database};
            Application.launch(ReadingListApp.class, args);
            return "";
        } finally {
            if (server != null) {
                server.close();
            }
            if (claim.lock() != null) {
                claim.lock().close();
            }
        }
    }

    /**
     * Opens the library and starts reading its index on a thread of its own while the toolkit
     * starts and the window is built: on two cores, a search of the whole library is ready about
     * when the window is. The window takes the library from here, or the reason it could not open.
     */
    private static Future<Library> openEarly(Path file) {
        CompletableFuture<Library> opening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("library-opening").start(() -> {
            try {
                Library library = Library.openDeferringBackup(file, Clock.systemUTC());
                library.index().load();
                opening.complete(library);
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        });
        return opening;
    }

    /** What the window does for other launches and command lines. */
    static InstanceServer.Handler handler(WindowLibraryHost host, ForwardedCommands commands) {
        return new InstanceServer.Handler() {
            @Override
            public void activate() {
                ReadingListApp.bringToFront();
            }

            @Override
            public int run(Request request, CommandIo io) {
                return commands.run(request, io, host);
            }
        };
    }
}
