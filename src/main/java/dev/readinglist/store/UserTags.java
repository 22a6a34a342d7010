package dev.readinglist.store;

import dev.readinglist.model.TextFolding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Adds the user's own tags, once per tag key, after the article's other tags or where one stood before. Its statements are
 * prepared once, so an import of many rows and a single edit share the one rule.
 */
final class UserTags implements AutoCloseable {

    private final PreparedStatement exists;
    private final PreparedStatement insert;

    UserTags(Connection connection) throws SQLException {
        exists = connection.prepareStatement("SELECT 1 FROM article_tag WHERE article_id = ? AND tag_key = ?");
        insert = connection.prepareStatement("""
                INSERT INTO article_tag (article_id, kind, tag_key, tag, position)
                SELECT ?1, 'user', ?2, ?3, coalesce(?4, max(position) + 1, 0) FROM article_tag WHERE article_id = ?1""");
    }

    /** Adds the tag unless the article has one with the same key (catalog or user). Returns true if added. */
    boolean add(long rowId, String tag) throws SQLException {
        return add(rowId, tag, null);
    }

    /** As {@link #add(long, String)}, at this place among the article's tags; null: after them. */
    boolean add(long rowId, String tag, Integer place) throws SQLException {
        String key = TextFolding.tagKey(tag);
        if (key.isEmpty()) {
            return false;
        }
        exists.setLong(1, rowId);
        exists.setString(2, key);
        try (ResultSet rs = exists.executeQuery()) {
            if (rs.next()) {
                return false;
            }
        }
        insert.setLong(1, rowId);
        insert.setString(2, key);
        insert.setString(3, tag.strip());
        if (place == null) {
            insert.setNull(4, Types.INTEGER);
        } else {
            insert.setInt(4, place);
        }
        return insert.executeUpdate() > 0;
    }

    @Override
    public void close() throws SQLException {
        exists.close();
        insert.close();
    }
}
