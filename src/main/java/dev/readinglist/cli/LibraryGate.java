package dev.readinglist.cli;

import dev.readinglist.library.LocalLibraryHost;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.platform.DataFolder;
import dev.readinglist.platform.ErrorLog;
import dev.readinglist.platform.instance.CommandIo;
import dev.readinglist.platform.instance.InstanceClient;
import dev.readinglist.platform.instance.InstanceFiles;
import dev.readinglist.platform.instance.InstanceLock;
import dev.readinglist.platform.instance.Request;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * One process of ours per library: a command runs here, holding the instance lock shared so that
 * no window opens the library meanwhile, or, while a window has it, runs in that window. It never
 * opens the file beside the window.
 */
final class LibraryGate {

    /** How long a window that holds the lock may take to start answering. */
    private static final long STARTING_WINDOW_MS = 10_000;

    private LibraryGate() {}

    static int run(
            LibraryTarget target,
            String[] args,
            Terminal terminal,
            ToIntFunction<LocalLibraryHost> here,
            CommandIo io) {
        Path database = target.database();
        InstanceFiles files = InstanceFiles.of(database);
        long deadline = System.currentTimeMillis() + STARTING_WINDOW_MS;
        while (true) {
            Optional<InstanceLock> lock;
            boolean window;
            try {
                lock = InstanceLock.tryCommand(files.lock());
                window = lock.isEmpty() && InstanceLock.windowPresent(files.lock());
            } catch (IOException e) {
                // No lock file here (a read-only cache folder): no window could have taken it either.
                ErrorLog.record("the instance lock " + files.lock() + " is unusable; running without it", e);
                return runHere(target, here, Optional.empty());
            }
            if (lock.isPresent()) {
                return runHere(target, here, lock);
            }
            if (window && unreachable(files)) {
                throw new ReadingListException("the Reading List window that has " + database
                        + " open cannot take commands (it could not set up its instance socket; see the log);"
                        + " close that window and retry");
            }
            if (window) {
                try {
                    Request request = new Request(
                            Request.Kind.RUN,
                            List.of(args),
                            terminal.workingDirectory(),
                            database,
                            System.getenv(DataFolder.DATABASE_ENV));
                    return InstanceClient.run(files.socket(), request, io.in(), io.out(), io.err());
                } catch (InstanceClient.NotListening e) {
                    // A window that has just taken the lock binds its socket next; one that never does is stuck.
                } catch (InstanceClient.HungUp e) {
                    if (!windowEnds(files)) {
                        throw new ReadingListException(e.getMessage(), e);
                    }
                    // It was closing or killed, and had not taken the command: the loop runs it here.
                } catch (IOException e) {
                    throw new ReadingListException(
                            "lost the connection to the Reading List window that has " + database + " open ("
                                    + e.getMessage() + "); the command may not have finished",
                            e);
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new ReadingListException(
                        "the Reading List window that has " + database + " open does not answer; close it and retry");
            }
            pause();
        }
    }

    private static boolean windowEnds(InstanceFiles files) {
        try {
            return InstanceLock.windowLetsGo(files.lock());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean unreachable(InstanceFiles files) {
        try {
            return InstanceLock.windowUnreachable(files.lock());
        } catch (IOException e) {
            return false; // the socket is tried, and the deadline below ends the wait
        }
    }

    private static int runHere(
            LibraryTarget target, ToIntFunction<LocalLibraryHost> here, Optional<InstanceLock> lock) {
        // The day's backup guards against what a command changes: one that only reads need not wait for it.
        try (LocalLibraryHost host = new LocalLibraryHost(target.database(), !target.readsOnly())) {
            return here.applyAsInt(host);
        } finally {
            lock.ifPresent(InstanceLock::close);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingListException("interrupted while waiting for the Reading List window");
        }
    }
}
