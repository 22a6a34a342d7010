package dev.readinglist.ui.main;

import dev.readinglist.library.Library;
import dev.readinglist.model.Backup;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.ui.common.Background;
import dev.readinglist.ui.common.LibraryConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The window's library from open to close: opened off the FX thread, lent to the commands command
 * lines hand over, checked for other programs' changes, swapped for a backup, closed last. What
 * happens on screen is left to the callers: the session only says what happened.
 */
public final class LibrarySession {

    private final Path database;
    private final Background background;
    private final LibraryConnection connection;
    private final Clock clock;
    private final Consumer<Throwable> failed;
    private final BiConsumer<LibraryDamagedException, List<Backup>> damaged;
    private final Consumer<String> beforeClose;

    /** The library as the last open left it: open, or the reason it is not. Commands wait on it. */
    private volatile CompletableFuture<Library> opened = new CompletableFuture<>();

    private long dataVersion;
    private boolean closed;
    /** Told (FX thread) what a command line restored and where the library it replaced was kept. */
    private BiConsumer<Path, Path> restoredByCommandLine = (backup, kept) -> {};

    /**
     * @param failed told when the library cannot be opened
     * @param damaged told when the file is damaged, with its backups, newest first
     * @param beforeClose runs on the FX thread before the library closes (saves the note being typed); given what
     *                    replaces the library, when a restore does
     */
    public LibrarySession(
            Path database,
            Background background,
            LibraryConnection connection,
            Clock clock,
            Consumer<Throwable> failed,
            BiConsumer<LibraryDamagedException, List<Backup>> damaged,
            Consumer<String> beforeClose) {
        this.database = database;
        this.background = background;
        this.connection = connection;
        this.clock = clock;
        this.failed = failed;
        this.damaged = damaged;
        this.beforeClose = beforeClose;
    }

    /** Opens the library on the worker; the window fills when it is open. FX thread. */
    public void open() {
        open(() -> Library.openDeferringBackup(database, clock));
    }

    /**
     * As {@link #open()}, with the library the launcher began opening (and reading into memory)
     * while the toolkit started and the window was built; null opens it now. FX thread.
     */
    public void open(Future<Library> early) {
        if (early == null) {
            open();
            return;
        }
        open(() -> {
            try {
                return early.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new ReadingListException(String.valueOf(e.getCause().getMessage()), e.getCause());
            }
        });
    }

    private void open(Callable<Library> opener) {
        CompletableFuture<Library> opening = opened.isDone() ? new CompletableFuture<>() : opened;
        opened = opening;
        background.run(
                () -> {
                    try {
                        Library library = opener.call();
                        opening.complete(library);
                        return new Opened(library, library.dataVersion());
                    } catch (RuntimeException e) {
                        opening.completeExceptionally(e);
                        throw e;
                    }
                },
                open -> {
                    Library library = open.library();
                    dataVersion = open.dataVersion();
                    connection.open(library);
                    // Beside the first page and the index, before anything the user can change; not on
                    // the worker, which the user's searches and notes would wait behind.
                    library.takeDailyBackupInBackground();
                },
                failure -> {
                    if (!(failure instanceof LibraryDamagedException broken)) {
                        failed.accept(failure);
                    } else {
                        // The window's own words behind its dialog: the exception's are the command line's ways out.
                        failed.accept(new ReadingListException(broken.file().getFileName() + " is damaged ("
                                + broken.what() + "); nothing in it was changed."));
                        background.run(
                                () -> Library.backups(broken.file()),
                                backups -> damaged.accept(broken, backups),
                                listFailure -> damaged.accept(broken, List.of()));
                    }
                });
    }

    /**
     * On SIGTERM or logout the JVM runs this before it stops: the note being typed is saved, as on
     * a normal close, and the work queued for the library is done. Any thread but the FX thread.
     */
    public void saveBeforeExit() {
        CountDownLatch flushed = new CountDownLatch(1);
        try {
            background.onUiThread(() -> {
                try {
                    beforeClose.accept(null);
                } finally {
                    flushed.countDown();
                }
            });
            flushed.await(3, TimeUnit.SECONDS);
        } catch (IllegalStateException | InterruptedException e) {
            // The FX thread is gone: nothing can still be typing, and saved notes are already on disk.
        }
        background.drain();
    }

    /** The open library, for a command a command line handed over; waits while it opens. Never on the FX thread. */
    public Library await() {
        if (failedForNow(opened)) {
            // Asked again on the FX thread, where the session opens: a window started on a full disk, with space
            // freed since, answered every command line with "the disk is full" until it was quit.
            CountDownLatch asked = new CountDownLatch(1);
            background.onUiThread(() -> {
                try {
                    openAgainIfItFailed();
                } finally {
                    asked.countDown();
                }
            });
            try {
                asked.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return waitFor(opened, "cancelled while the library was opening");
    }

    /**
     * Opens the library again when its open failed for a reason that may have passed (a full disk, a file another
     * program had); a damaged file has its own dialog. FX thread: on focus, and for a command line's command.
     */
    public void openAgainIfItFailed() {
        if (!closed && connection.get() == null && failedForNow(opened)) {
            open();
        }
    }

    private static boolean failedForNow(CompletableFuture<Library> opening) {
        return opening.state() == Future.State.FAILED && !(opening.exceptionNow() instanceof LibraryDamagedException);
    }

    /**
     * Puts a backup in place of the library: the note being typed is saved, the library closed, the
     * backup checked and moved in, and the library opened again (also when the restore failed: the
     * old file is still there then). Returns where the replaced file was kept. FX thread.
     */
    public void restore(Path backup, Consumer<Path> restored, Consumer<Throwable> notRestored) {
        beforeClose.accept("a restore");
        Library open = connection.get();
        connection.open(null);
        background.run(
                () -> {
                    if (open != null) {
                        open.close();
                    }
                    return Library.restore(database, backup);
                },
                kept -> {
                    open();
                    restored.accept(kept);
                },
                failure -> {
                    open();
                    notRestored.accept(failure);
                });
    }

    /** Who to tell, on the FX thread, when a command line's restore replaced the library. FX thread. */
    public void onRestoredByCommandLine(BiConsumer<Path, Path> told) {
        restoredByCommandLine = told;
    }

    /** As {@link #restore}, for a command line's {@code restore}: waits until the backup is in place. Not the FX thread. */
    public Path restoreAndWait(Path backup) {
        CompletableFuture<Path> done = new CompletableFuture<>();
        background.onUiThread(() -> restore(
                backup,
                kept -> {
                    done.complete(kept);
                    restoredByCommandLine.accept(backup, kept);
                },
                done::completeExceptionally));
        return waitFor(done, "cancelled while restoring");
    }

    /** Runs a recovery step (restore a backup, set a damaged file aside), then opens the library. FX thread. */
    public <T> void recover(Callable<T> step, Consumer<T> after) {
        background.run(
                step,
                done -> {
                    open();
                    after.accept(done);
                },
                failed);
    }

    /** Another program (the CLI, a sync) may have written while the window was in the background. FX thread. */
    public void reloadIfChangedOutside() {
        Library library = connection.get();
        if (library == null) {
            openAgainIfItFailed();
            return;
        }
        if (closed) {
            return;
        }
        background.run(
                () -> {
                    long version = library.dataVersion();
                    if (version != dataVersion) {
                        library.reloadIndex();
                    }
                    return version;
                },
                version -> dataVersion = version,
                Background.ignoreFailure("the next focus asks again; a broken library shows on the next write"));
    }

    /** Closes the library after everything queued before; waits. FX thread, at quit. */
    public void close() {
        closed = true;
        Library library = connection.get();
        if (library != null) {
            background.run(
                    () -> {
                        library.close();
                        return null;
                    },
                    done -> {},
                    Background.ignoreFailure("quitting: a failed close loses nothing, every write is committed"));
        }
        background.drain();
    }

    public Path database() {
        return database;
    }

    private static <T> T waitFor(CompletableFuture<T> future, String cancelled) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingListException(cancelled);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new ReadingListException(String.valueOf(e.getCause().getMessage()), e.getCause());
        }
    }

    /** What the worker read while opening, so the FX thread never asks SQLite. */
    private record Opened(Library library, long dataVersion) {}
}
