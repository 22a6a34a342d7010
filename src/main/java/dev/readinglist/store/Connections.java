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
}
