package dev.readinglist.store;

import dev.readinglist.model.Article;
import dev.readinglist.model.Query;
import dev.readinglist.model.ReadingProgress;
import dev.readinglist.model.TagProgress;
import dev.readinglist.model.UnknownArticleException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads articles with the user's state, and writes read state. */
public final class ArticleStore {

    private static final String TAG_SEPARATOR = "\u001f";
    private static final String SELECT = """
            SELECT a.slug, a.title, a.summary, a.url, a.published, a.reading_minutes, a.read_at,
                   n.body, n.updated_at,
                   (SELECT group_concat(t.tag, char(31) ORDER BY t.position) FROM article_tag t
                     WHERE t.article_id = a.id AND t.kind = 'catalog'),
                   (SELECT group_concat(t.tag, char(31) ORDER BY t.position) FROM article_tag t
                     WHERE t.article_id = a.id AND t.kind = 'user')
            FROM article a LEFT JOIN note n ON n.article_id = a.id
            """;
    private static final String SELECT_WITH_ROW_ID = SELECT.replace("FROM article a LEFT JOIN", ", a.id FROM article a LEFT JOIN");
    private static final String ORDER = " ORDER BY a.published IS NULL, a.published DESC, a.title COLLATE NOCASE, a.slug";

    private final LibraryDatabase database;

    public ArticleStore(LibraryDatabase database) {
        this.database = database;
    }

    /** The matching articles, newest first. */
    public List<Article> find(Query query) {
        List<Article> articles = new ArrayList<>();
        forEach(query, articles::add);
        return articles;
    }

    /** Streams the matching articles, newest first, without holding them all in memory. */
    public void forEach(Query query, Consumer<Article> sink) {
        QuerySql sql = QuerySql.of(query);
        database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE " + sql.where() + ORDER)) {
                bind(statement, sql.parameters());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(article(rs));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Every article with its internal row id, newest first: what the window's in-memory index is
     * built from. One read transaction, so the snapshot is consistent.
     */
    public void scan(java.util.function.ObjLongConsumer<Article> sink) {
        database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT_WITH_ROW_ID + ORDER)) {
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(article(rs), rs.getLong(12));
                    }
                }
            }
            return null;
        });
    }

    /** The first {@code limit} articles in the default order: what a window shows before its index is ready. */
    public List<Article> firstPage(int limit) {
        List<Article> page = new ArrayList<>(limit);
        database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT + ORDER + " LIMIT ?")) {
                statement.setInt(1, limit);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        page.add(article(rs));
                    }
                }
            }
            return null;
        });
        return page;
    }

    /** The row ids of articles whose text matches one search term (a phrase, or several words in a row). */
    public long[] matchingRowIds(Query.TextTerm term) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT rowid FROM article_fts WHERE article_fts MATCH ?")) {
                statement.setString(1, QuerySql.ftsPhrase(term));
                java.util.stream.LongStream.Builder ids = java.util.stream.LongStream.builder();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids.build().toArray();
            }
        });
    }

    /** Streams these articles in this order, a few hundred per query; unknown ids are skipped. */
    public void forEachId(List<String> ids, Consumer<Article> sink) {
        int chunk = 500;
        for (int from = 0; from < ids.size(); from += chunk) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + chunk));
            java.util.Map<String, Article> found = new java.util.HashMap<>();
            database.read(connection -> {
                String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE a.slug IN (" + marks + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        statement.setString(i + 1, part.get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            Article article = article(rs);
                            found.put(article.id(), article);
                        }
                    }
                }
                return null;
            });
            for (String id : part) {
                Article article = found.get(id);
                if (article != null) {
                    sink.accept(article);
                }
            }
        }
    }

    public int count(Query query) {
        QuerySql sql = QuerySql.of(query);
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM article a WHERE " + sql.where())) {
                bind(statement, sql.parameters());
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }

    public ReadingProgress progress() {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT count(*), count(read_at), coalesce(sum(CASE WHEN read_at IS NULL THEN reading_minutes END), 0)
                    FROM article""");
                 ResultSet rs = statement.executeQuery()) {
                return new ReadingProgress(rs.getInt(1), rs.getInt(2), rs.getInt(3));
            }
        });
    }

    /** Read and unread counts per tag, largest tags first. */
    public List<TagProgress> tagProgress(int limit) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT min(t.tag), count(a.read_at), count(*) - count(a.read_at)
                    FROM article_tag t JOIN article a ON a.id = t.article_id
                    GROUP BY t.tag_key ORDER BY count(*) DESC, min(t.tag) COLLATE NOCASE LIMIT ?""")) {
                statement.setInt(1, limit);
                List<TagProgress> tags = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        tags.add(new TagProgress(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                    }
                }
                return tags;
            }
        });
    }

    /**
     * Sets each article's read time exactly (null for unread), as undo needs. All or nothing.
     */
    public void restoreReadTimes(Map<String, Instant> readTimes) {
        database.write(connection -> {
            List<String> ids = new ArrayList<>(readTimes.keySet());
            List<Long> rowIds = rowIds(connection, ids);
            try (PreparedStatement update = connection.prepareStatement("UPDATE article SET read_at = ? WHERE id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    update.setString(1, Timestamps.format(readTimes.get(ids.get(i))));
                    update.setLong(2, rowIds.get(i));
                    update.executeUpdate();
                }
            }
            return null;
        });
    }

    public Optional<Article> get(String id) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE a.slug = ?")) {
                statement.setString(1, id);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(article(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Marks the articles read at {@code when}; one already read keeps its first date.
     * Unknown ids fail the whole call and change nothing.
     *
     * @return how many articles changed
     */
    public int markRead(Collection<String> ids, Instant when) {
        return updateReadAt(ids, "UPDATE article SET read_at = ? WHERE id = ? AND read_at IS NULL", Timestamps.format(when));
    }

    /** Marks the articles unread. Unknown ids fail the whole call and change nothing. */
    public int markUnread(Collection<String> ids) {
        return updateReadAt(ids, "UPDATE article SET read_at = ? WHERE id = ? AND read_at IS NOT NULL", null);
    }

    private int updateReadAt(Collection<String> ids, String sql, String readAt) {
        return database.write(connection -> {
            List<Long> rowIds = rowIds(connection, ids);
            int changed = 0;
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (long rowId : rowIds) {
                    update.setString(1, readAt);
                    update.setLong(2, rowId);
                    changed += update.executeUpdate();
                }
            }
            return changed;
        });
    }

    /** The internal row ids for these slugs, in order, without repeats; throws on the first unknown one. */
    static List<Long> rowIds(Connection connection, Collection<String> ids) throws SQLException {
        List<Long> rowIds = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM article WHERE slug = ?")) {
            for (String id : new LinkedHashSet<>(ids)) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new UnknownArticleException(id);
                    }
                    rowIds.add(rs.getLong(1));
                }
            }
        }
        return rowIds;
    }

    static long rowId(Connection connection, String id) throws SQLException {
        return rowIds(connection, List.of(id)).getFirst();
    }

    private static Article article(ResultSet rs) throws SQLException {
        int minutes = rs.getInt(6);
        Integer readingMinutes = rs.wasNull() ? null : minutes;
        return new Article(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Timestamps.parseDate(rs.getString(5)), readingMinutes,
                tags(rs.getString(10)), tags(rs.getString(11)),
                Timestamps.parseInstant(rs.getString(7)),
                rs.getString(8), Timestamps.parseInstant(rs.getString(9)));
    }

    static List<String> tags(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(TAG_SEPARATOR));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
