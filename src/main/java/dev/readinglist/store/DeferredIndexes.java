package dev.readinglist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The secondary indexes of a table, dropped while a big fill writes many rows into it and built
 * again before the fill commits: SQLite builds an index from sorted rows several times faster than
 * it inserts rows into one at random places. The article tables' while a big import or a new
 * device's first sync fills a small library, sync_state's while that sync saves its states. Both
 * happen in the fill's own transaction, so a failed or cancelled one gets them back with its
 * rollback. Unique constraints are not touched (they are not named indexes), so slugs stay unique
 * throughout.
 */
final class DeferredIndexes {

    private final List<String> definitions;

    private DeferredIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Drops the named indexes of article and article_tag, remembering how they were made. */
    static DeferredIndexes drop(Connection connection) throws SQLException {
        return dropOn(connection, "'article', 'article_tag'");
    }

    /** Drops the named indexes of sync_state (link key and slug), remembering how they were made. */
    static DeferredIndexes dropSyncStates(Connection connection) throws SQLException {
        return dropOn(connection, "'sync_state'");
    }

    private static DeferredIndexes dropOn(Connection connection, String tables) throws SQLException {
        return new DeferredIndexes(dropAll(connection, "index", "sql IS NOT NULL AND tbl_name IN (" + tables + ")"));
    }

    void rebuild(Connection connection) throws SQLException {
        makeAll(connection, definitions);
    }

    /**
     * Drops the schema objects of this type that {@code where} picks (indexes here, the change
     * log's triggers in {@link DeferredIndexLog}); returns the SQL that makes each again.
     */
    static List<String> dropAll(Connection connection, String type, String where) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT name, sql FROM sqlite_schema WHERE type = ? AND " + where)) {
            select.setString(1, type);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.executeUpdate(
                        "DROP " + type.toUpperCase(Locale.ROOT) + " \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return definitions;
    }

    /** Makes again what {@link #dropAll} dropped. */
    static void makeAll(Connection connection, List<String> definitions) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String definition : definitions) {
                statement.executeUpdate(definition);
            }
        }
    }
}
