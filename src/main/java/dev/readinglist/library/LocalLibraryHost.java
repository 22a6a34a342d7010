package dev.readinglist.library;

import java.nio.file.Path;
import java.time.Clock;

/** A library opened for one command in its own process, and closed when the command ends. */
public final class LocalLibraryHost implements LibraryHost, AutoCloseable {

    private final Path database;
    private final boolean dailyBackup;
    private Library library;

    /**
     * @param dailyBackup whether opening takes the day's backup, if none is taken yet: for a command
     *     that changes the library (at a million articles the copy takes half a minute)
     */
    public LocalLibraryHost(Path database, boolean dailyBackup) {
        this.database = database.toAbsolutePath().normalize();
        this.dailyBackup = dailyBackup;
    }

    @Override
    public Path database() {
        return database;
    }

    @Override
    public <T> T use(LibraryWork<T> work) throws Exception {
        if (library == null) {
            library = dailyBackup ? Library.open(database) : Library.openDeferringBackup(database, Clock.systemUTC());
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
            library.close();
            library = null;
        }
    }
}
