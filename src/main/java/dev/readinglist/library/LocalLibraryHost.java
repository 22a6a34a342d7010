package dev.readinglist.library;

import java.nio.file.Path;
import java.time.Clock;

/** A library opened for one command in its own process, and closed when the command ends. */
public final class LocalLibraryHost implements LibraryHost, AutoCloseable {

    private final Path database;
    private final boolean changes;
    private Library library;

    /**
     * @param changes whether the command changes the library: then opening takes the day's backup if
     *     none is taken yet (at a million articles the checked copy takes 20 to 30 seconds), and closing compacts
     *     the log of changes, which no window trims meanwhile
     */
    public LocalLibraryHost(Path database, boolean changes) {
        this.database = database.toAbsolutePath().normalize();
        this.changes = changes;
    }

    @Override
    public Path database() {
        return database;
    }

    @Override
    public <T> T use(LibraryWork<T> work) throws Exception {
        if (library == null) {
            library = changes ? Library.open(database) : Library.openDeferringBackup(database, Clock.systemUTC());
        }
        return work.run(library);
    }

    @Override
    public Path restore(Path backup) {
        close();
        return Library.restore(database, backup);
    }

    @Override
    public void close() {
        if (library != null) {
            if (changes) {
                library.compactChangeLog();
            }
            library.close();
            library = null;
        }
    }
}
