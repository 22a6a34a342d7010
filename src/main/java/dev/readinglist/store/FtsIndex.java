package dev.readinglist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Keeps article_fts in step with an article's title, summary, tags and note. Runs inside the caller's transaction. */
final class FtsIndex {

    static final String DELETE = "DELETE FROM article_fts WHERE rowid = ?";
    /** Indexes the articles the caller's WHERE clause picks. */
    static final String INSERT_FROM = """
            INSERT INTO article_fts (rowid, title, summary, tags, note)
            SELECT a.id, a.title, a.summary,
                   (SELECT group_concat(t.tag, ' ') FROM article_tag t WHERE t.article_id = a.id),
                   (SELECT n.body FROM note n WHERE n.article_id = a.id)
            FROM article a""";

    static final String INSERT = INSERT_FROM + " WHERE a.id = ?";

    private FtsIndex() {}

    static void reindex(Connection connection, long articleId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE);
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            delete.setLong(1, articleId);
            delete.executeUpdate();
            insert.setLong(1, articleId);
            insert.executeUpdate();
        }
    }
}
