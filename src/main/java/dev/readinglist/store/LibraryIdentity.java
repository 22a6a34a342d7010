package dev.readinglist.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.sqlite.Function;
import org.sqlite.SQLiteConfig;

/** A library's random id, kept in its own file (table library_meta, from schema 3). */
public final class LibraryIdentity {

    private static final String SELECT = "SELECT value FROM library_meta WHERE key = 'library_id'";

    private LibraryIdentity() {}

    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The id of an open library, or empty for a file from before schema 3. */
    static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'library_meta'");
                ResultSet table = statement.executeQuery()) {
            if (!table.next()) {
                return Optional.empty();
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(SELECT);
                ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /**
     * The id of a library file that is not open, read through SQLite without writing; empty when the
     * file has none or cannot be read (a damaged file may still give it).
     */
    public static Optional<String> of(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = Connections.open(config, file.toAbsolutePath())) {
            return read(connection);
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Gives an open library another id (see {@link LibraryDatabase#joinLibrary}). */
    static void replace(Connection connection, String id) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE library_meta SET value = ? WHERE key = 'library_id'")) {
            update.setString(1, id);
            update.executeUpdate();
        }
    }

    /** Makes {@code id} the one schema 3 gives a file that has none (see schema-003.sql). */
    static void offer(Connection connection, String id) throws SQLException {
        Function.create(connection, "rl_new_library_id", new Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(id);
            }
        });
    }

    /** Gives a copy (a backup of a file from before schema 3) the id of the library it was taken from. */
    static void stamp(Path copy, String id) throws SQLException {
        try (Connection connection = Connections.open(new SQLiteConfig(), copy)) {
            try (PreparedStatement create = connection.prepareStatement(
                    "CREATE TABLE IF NOT EXISTS library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")) {
                create.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO library_meta (key, value) VALUES ('library_id', ?)")) {
                insert.setString(1, id);
                insert.executeUpdate();
            }
        }
    }
}
