package dev.readinglist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Keeps article_fts in step with an article's title, summary, tags and note. Runs inside the caller's transaction. */
final class FtsIndex {

    static final String DELETE = "DELETE FROM article_fts WHERE rowid = ?";
    /**
     * The SQL function that gives a text as search splits it ({@code TextFolding.searchWords}), so that the
     * library's index finds what the window's finds: each CJK character a word, and Korean folded as the query is.
     */
    static final String SEARCH_WORDS = "rl_search_words";
    /** Indexes the articles the caller's WHERE clause picks. */
    static final String INSERT_FROM =
            """
            INSERT INTO article_fts (rowid, title, summary, tags, note)
            SELECT a.id, %1$s, %2$s,
                   (SELECT %3$s FROM (SELECT group_concat(t.tag, ' ') AS v FROM article_tag t WHERE t.article_id = a.id)),
                   (SELECT %4$s FROM note n WHERE n.article_id = a.id)
            FROM article a""".formatted(searchable("a.title"), searchable("a.summary"), searchable("v"), searchable("n.body"));

    static final String INSERT = INSERT_FROM + " WHERE a.id = ?";

    private FtsIndex() {}

    /** Plain ASCII is indexed as it is (unicode61 splits it the same), without a call into Java per column. */
    private static String searchable(String column) {
        return "CASE WHEN %1$s GLOB '*[^' || char(1) || '-' || char(127) || ']*' THEN %2$s(%1$s) ELSE %1$s END"
                .formatted(column, SEARCH_WORDS);
    }

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
