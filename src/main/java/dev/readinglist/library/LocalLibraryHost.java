package dev.readinglist.library;

import java.nio.file.Path;

/** A library opened for one command in its own process, and closed when the command ends. */
public final class LocalLibraryHost implements LibraryHost, AutoCloseable {

    private final Path database;
    private Library library;

    public LocalLibraryHost(Path database) {
        this.database = database.toAbsolutePath().normalize();
    }

    @Override
    public Path database() {
        return database;
    }

    @Override
    public <T> T use(LibraryWork<T> work) throws Exception {
        if (library == null) {
            library = Library.open(database);
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
