package dev.readinglist.ui;

import dev.readinglist.library.LibraryHost;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.ui.main.LibrarySession;
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
    private final CompletableFuture<LibrarySession> window = new CompletableFuture<>();
    private final ReadWriteLock restoring = new ReentrantReadWriteLock();

    WindowLibraryHost(Path database) {
        this.database = database.toAbsolutePath().normalize();
    }

    void attach(LibrarySession opened) {
        window.complete(opened);
    }

    @Override
    public Path database() {
        return database;
    }

    @Override
    public <T> T use(LibraryWork<T> work) throws Exception {
        LibrarySession session = window();
        restoring.readLock().lock();
        try {
            // What the command changes reaches the window through the library's index.
            return work.run(session.await());
        } finally {
            restoring.readLock().unlock();
        }
    }

    @Override
    public Path restore(Path backup) {
        LibrarySession session = window();
        restoring.writeLock().lock();
        try {
            return session.restoreAndWait(backup);
        } finally {
            restoring.writeLock().unlock();
        }
    }

    private LibrarySession window() {
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
