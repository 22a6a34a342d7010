package dev.readinglist.store;

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
