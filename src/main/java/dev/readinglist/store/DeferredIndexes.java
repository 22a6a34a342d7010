package dev.readinglist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The secondary indexes of the article tables, dropped while a big import fills a small library
 * and built again before it commits: SQLite builds an index from sorted rows several times
 * faster than it inserts rows into one at random places. Both happen in the import's own
 * transaction, so a failed or cancelled import gets them back with its rollback. Unique
 * constraints are not touched (they are not named indexes), so slugs stay unique throughout.
 */
final class DeferredIndexes {

    private final List<String> definitions;

    private DeferredIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /** Drops the named indexes of article and article_tag, remembering how they were made. */
    static DeferredIndexes drop(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT name, sql FROM sqlite_schema
                WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('article', 'article_tag')""");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
                definitions.add(rs.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.executeUpdate("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return new DeferredIndexes(definitions);
    }

    void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String definition : definitions) {
                statement.executeUpdate(definition);
            }
        }
    }
}
