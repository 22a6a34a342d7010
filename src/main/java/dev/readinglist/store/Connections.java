package dev.readinglist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/** Every connection of ours to a database file, opened only once SQLite's locks are per descriptor. */
final class Connections {

    private Connections() {}

    static Connection open(SQLiteConfig config, Path file) throws SQLException {
        OpenFileDescriptionLocks.ensureInstalled();
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * A library only read: one that cannot be written, or a damaged one rescued. With changes in its log (-wal) it is
     * opened read-only, so that they are read (SQLite then needs the -shm beside it, which a crash leaves there). With
     * none, it is opened immutable: a read-only connection would make a -wal and -shm it cannot take away, or fail in
     * a folder it cannot write, and no program of ours writes to a library that has no log.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        Path log = file.resolveSibling(file.getFileName() + "-wal");
        boolean logged;
        try {
            logged = Files.exists(log) && Files.size(log) > 0;
        } catch (IOException e) {
            logged = true;
        }
        if (!logged) {
            return openImmutable(file);
        }
        OpenFileDescriptionLocks.ensureInstalled();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?mode=ro");
    }

    /**
     * A read-only look at a file no one is writing (a kept copy): immutable, so SQLite takes no
     * locks and leaves no -shm or -wal file beside it, as a read-only connection to a WAL file would.
     */
    static Connection openImmutable(Path file) throws SQLException {
        OpenFileDescriptionLocks.ensureInstalled();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1");
    }
}
