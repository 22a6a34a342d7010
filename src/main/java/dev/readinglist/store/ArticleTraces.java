package dev.readinglist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;

/**
 * What the article table's own indexes still say of rows the table cannot give: each index keeps a column beside
 * the row id, on pages of its own, so a damaged table page leaves them whole. The link key is the link as the
 * library compares links, and an import finds the article by it.
 */
final class ArticleTraces {

    /** One article as its indexes remember it; a part an index could not give is null. */
    record Trace(String slug, String urlKey, String readAt, String starredSlug) {

        /** Starred: the index of starred articles (schema-007) holds it. */
        boolean starred() {
            return starredSlug != null;
        }
    }

    // No index keeps the title (schema-008 dropped the one that did); the slug is made from it.
    // A partial index is used only where the query names its condition (else "no query solution"); its rows hold it,
    // so the damaged table is not read to check it.
    private static final String[][] INDEXES = {
        {"slug", "sqlite_autoindex_article_1", ""},
        {"url_key", "article_url_key", ""},
        {"read_at", "article_read_at", ""},
        {"slug", "article_favourite", " AND favourite = 1"},
    };

    private ArticleTraces() {}

    /** The traces of these rows, for those any index remembers. */
    static Map<Long, Trace> of(Connection connection, NavigableSet<Long> rows) {
        Map<Long, String[]> found = new HashMap<>();
        if (rows.isEmpty()) {
            return Map.of();
        }
        for (int column = 0; column < INDEXES.length; column++) {
            read(connection, rows, column, found);
        }
        Map<Long, Trace> traces = new HashMap<>();
        found.forEach((row, parts) -> traces.put(row, new Trace(parts[0], parts[1], parts[2], parts[3])));
        return traces;
    }

    /** One index scanned whole (it is ordered by its column, not the row id); a damaged page ends it there. */
    private static void read(Connection connection, NavigableSet<Long> rows, int column, Map<Long, String[]> found) {
        String sql = "SELECT id, " + INDEXES[column][0] + " FROM article INDEXED BY " + INDEXES[column][1]
                + " WHERE id BETWEEN ?1 AND ?2" + INDEXES[column][2];
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, rows.first());
            statement.setLong(2, rows.last());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long row = rs.getLong(1);
                    String value = rs.getString(2);
                    if (value != null && rows.contains(row)) {
                        found.computeIfAbsent(row, k -> new String[INDEXES.length])[column] = value;
                    }
                }
            }
        } catch (SQLException damagedOrMissing) {
            // What was read before stays; the other indexes may still say the rest.
        }
    }
}
