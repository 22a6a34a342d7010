package dev.readinglist.ui;

import dev.readinglist.library.Library;
import dev.readinglist.library.LibraryHost;
import dev.readinglist.model.ReadingListException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The window's library, lent to the commands that command lines hand over while the window has
 * it open. Commands run on their own threads (the library serialises its transactions); a
 * restore waits for running commands, and commands wait for a restore.
 */
final class WindowLibraryHost implements LibraryHost {

    private final Path database;
    private final CompletableFuture<MainWindow> window = new CompletableFuture<>();
    private final ReadWriteLock restoring = new ReentrantReadWriteLock();

    WindowLibraryHost(Path database) {
        this.database = database.toAbsolutePath().normalize();
    }

    void attach(MainWindow opened) {
        window.complete(opened);
    }

    @Override
    public Path database() {
        return database;
    }

    @Override
    public <T> T use(LibraryWork<T> work) throws Exception {
        MainWindow main = window();
        restoring.readLock().lock();
        try {
            Library library = main.awaitLibrary();
            long before = library.commits();
            try {
                return work.run(library);
            } finally {
                if (library.commits() != before) {
                    main.showChangesByCommand();
                }
            }
        } finally {
            restoring.readLock().unlock();
        }
    }

    @Override
    public Path restore(Path backup) {
        MainWindow main = window();
        restoring.writeLock().lock();
        try {
            return main.restoreForCommand(backup);
        } finally {
            restoring.writeLock().unlock();
        }
    }

    private MainWindow window() {
        try {
            return window.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadingListException("cancelled while the window was starting");
        } catch (ExecutionException e) {
            throw new ReadingListException(
                    "the window did not start: " + e.getCause().getMessage(), e);
        }
    }
}
