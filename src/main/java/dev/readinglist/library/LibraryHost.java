package dev.readinglist.library;

import java.nio.file.Path;

/**
 * Where a command finds its library: opened for that command alone, or lent by the window that
 * has it open, so that one process of ours, and one connection, writes to a library at a time.
 */
public interface LibraryHost {

    /** The library file, absolute. */
    Path database();

    /** Runs {@code work} against the open library. */
    <T> T use(LibraryWork<T> work) throws Exception;

    /**
     * Puts a checked backup in place of the library (reopening it, where it is open); returns where
     * the replaced file was kept, or null when there was none.
     */
    Path restore(Path backup);

    /** Work on an open library. */
    @FunctionalInterface
    interface LibraryWork<T> {
        T run(Library library) throws Exception;
    }
}
