package dev.readinglist.store;

import dev.readinglist.model.Article;
import dev.readinglist.model.ExportRow;
import dev.readinglist.model.Query;
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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjLongConsumer;
import java.util.stream.LongStream;

/** Reads articles with the user's state, and writes read state. */
public final class ArticleStore {

    /** Read after every change while the window is open: an index of the starred rows answers it (schema-007). */
    static final String FAVOURITE_SLUGS = "SELECT slug FROM article WHERE favourite = 1";

    /**
     * The day the library's own order places an article by: published, or, with no date, the day it was added (its
     * UTC date, as the window's index has it). Written as schema-008's index has it, so that SQLite reads along it.
     */
    static final String ORDER_DAY = "coalesce(a.published, substr(a.added_at, 1, 10))";

    private static final String TAG_SEPARATOR = "\u001f";
    /** The columns an {@link Article} is read from. */
    private static final String COLUMNS = """
            SELECT a.slug, a.title, a.summary, a.url, a.published, a.reading_minutes, a.read_at,
                   n.body, n.updated_at,
                   -- One subquery for both kinds of tag, 'c…' (catalog) before 'u…' (user): half the lookups.
                   (SELECT group_concat(substr(t.kind, 1, 1) || t.tag, char(31) ORDER BY t.kind, t.position)
                     FROM article_tag t WHERE t.article_id = a.id),
                   a.added_at, a.favourite
            """;

    /** The columns an {@link ExportRow} is read from: tags already joined as the CSV joins them. */
    private static final String EXPORT_COLUMNS = """
            SELECT a.slug, a.title, a.url,
                   (SELECT group_concat(t.tag, '|' ORDER BY t.kind, t.position)
                     FROM article_tag t WHERE t.article_id = a.id),
                   a.read_at, n.body, n.updated_at, a.favourite
            """;

    private static final String JOIN = " LEFT JOIN note n ON n.article_id = a.id";
    private static final String SELECT = COLUMNS + " FROM article a" + JOIN;
    /**
     * Left to itself SQLite walks the slug index (for the ORDER BY's last term) and looks every row
     * up from there; reading the table in row order and sorting once is a third faster. A search's
     * matches still find their rows by row id.
     */
    private static final String SCAN = " FROM article a NOT INDEXED" + JOIN;
    /**
     * Along schema-008's index of the order's day, named: given the order's `added_at DESC` SQLite 3.54 scanned the
     * slug index and sorted every row instead (bench run 51: the first page at 1M in 7.9 s, against 15 ms).
     */
    private static final String ALONG_THE_DAY = COLUMNS + " FROM article a INDEXED BY article_order_day" + JOIN;

    /** Within a day the last added first: an article added by hand sat below that day's imports, by title. */
    private static final String ORDER =
            " ORDER BY " + ORDER_DAY + " DESC, a.added_at DESC, a.title COLLATE NOCASE, a.slug";

    private final LibraryDatabase database;
    private final SyncLog sync;

    public ArticleStore(LibraryDatabase database, SyncLog sync) {
        this.database = database;
        this.sync = sync;
    }

    /** The matching articles, newest first. */
    public List<Article> find(Query query) {
        List<Article> articles = new ArrayList<>();
        forEach(query, articles::add);
        return articles;
    }

    /** Streams the matching articles, newest first, without holding them all in memory. */
    public void forEach(Query query, Consumer<Article> sink) {
        forEach(query, COLUMNS, sink, ArticleStore::article);
    }

    /**
     * As {@link #forEach(Query, Consumer)}, each article as the notes CSV writes it, for the list
     * and the CSV exports: five fewer columns than an article (the summary among them, which made
     * the sort of 100k rows a third slower), and no times or tags parsed only to be written out
     * again, so the reading thread keeps up with the writing one.
     */
    public void forEachExportRow(Query query, Consumer<ExportRow> sink) {
        forEach(query, EXPORT_COLUMNS, sink, ArticleStore::exportRow);
    }

    private <T> void forEach(Query query, String columns, Consumer<T> sink, RowReader<T> reader) {
        QuerySql sql = QuerySql.of(query);
        String select = columns + SCAN + " WHERE " + sql.where() + ORDER;
        database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                bind(statement, sql.parameters());
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(reader.read(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The ids of the starred articles (few, as stars go): the window's index filters and shows by them. */
    public Set<String> favouriteIds() {
        return database.read(connection -> {
            Set<String> ids = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(FAVOURITE_SLUGS);
                    ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /** The highest internal row id, 0 for an empty library: where a scan in parts ends. */
    public long maxRowId() {
        return database.read(ArticleStore::maxRowId);
    }

    /** As {@link #maxRowId()}, inside a transaction the caller holds. */
    static long maxRowId(Connection connection) throws SQLException {
        try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM article");
                ResultSet rs = max.executeQuery()) {
            return rs.getLong(1);
        }
    }

    /**
     * The articles with internal row ids in {@code (afterId, upToId]}, with those ids, in row id
     * order: what the window's in-memory index is built from, a part at a time. Three sequential
     * reads (articles, notes, tags) merged here, in one read transaction: per-row subqueries and a
     * sort of the whole table cost seconds at a million.
     */
    public void scan(long afterId, long upToId, ObjLongConsumer<Article> sink) {
        database.read(connection -> {
            try (PreparedStatement articleRows = connection.prepareStatement("""
                         SELECT id, slug, title, summary, url, published, reading_minutes, read_at, added_at
                         FROM article WHERE id > ?1 AND id <= ?2 ORDER BY id""");
                    PreparedStatement noteRows = connection.prepareStatement(
                            "SELECT article_id, body, updated_at FROM note WHERE article_id > ?1 AND article_id <= ?2 ORDER BY article_id");
                    // One row per article, not per tag: each value read through JDBC costs more than SQLite's work.
                    PreparedStatement tagRows = connection.prepareStatement("""
                         SELECT article_id, group_concat(kind || char(30) || position || char(30) || tag, char(31))
                         FROM article_tag WHERE article_id > ?1 AND article_id <= ?2 GROUP BY article_id ORDER BY article_id""")) {
                for (PreparedStatement each : List.of(articleRows, noteRows, tagRows)) {
                    each.setLong(1, afterId);
                    each.setLong(2, upToId);
                }
                scan(articleRows, noteRows, tagRows, sink);
            }
            return null;
        });
    }

    private static void scan(
            PreparedStatement articleRows,
            PreparedStatement noteRows,
            PreparedStatement tagRows,
            ObjLongConsumer<Article> sink)
            throws SQLException {
        try (ResultSet articles = articleRows.executeQuery();
                ResultSet notes = noteRows.executeQuery();
                ResultSet tags = tagRows.executeQuery()) {
            boolean noteLeft = notes.next();
            boolean tagLeft = tags.next();
            List<String[]> catalogTags = new ArrayList<>();
            List<String[]> userTags = new ArrayList<>();
            while (articles.next()) {
                long id = articles.getLong(1);
                String note = null;
                String noteUpdated = null;
                while (noteLeft && notes.getLong(1) <= id) {
                    if (notes.getLong(1) == id) {
                        note = notes.getString(2);
                        noteUpdated = notes.getString(3);
                    }
                    noteLeft = notes.next();
                }
                catalogTags.clear();
                userTags.clear();
                while (tagLeft && tags.getLong(1) <= id) {
                    if (tags.getLong(1) == id) {
                        for (String joined : tags.getString(2).split(TAG_SEPARATOR)) {
                            String[] parts = joined.split("\u001e", 3);
                            ("catalog".equals(parts[0]) ? catalogTags : userTags)
                                    .add(new String[] {parts[2], parts[1]});
                        }
                    }
                    tagLeft = tags.next();
                }
                int minutes = articles.getInt(7);
                Integer readingMinutes = articles.wasNull() ? null : minutes;
                sink.accept(
                        new Article(
                                articles.getString(2),
                                articles.getString(3),
                                articles.getString(4),
                                articles.getString(5),
                                Timestamps.parseDate(articles.getString(6)),
                                readingMinutes,
                                inPosition(catalogTags),
                                inPosition(userTags),
                                Timestamps.parseInstant(articles.getString(8)),
                                note,
                                Timestamps.parseInstant(noteUpdated),
                                Timestamps.parseInstant(articles.getString(9))),
                        id);
            }
        }
    }

    private static List<String> inPosition(List<String[]> tags) {
        if (tags.isEmpty()) {
            return List.of();
        }
        tags.sort(Comparator.comparingInt(tag -> Integer.parseInt(tag[1])));
        return tags.stream().map(tag -> tag[0]).toList();
    }

    /**
     * The ids of articles stored after the row {@code mark} (a {@link #maxRowId()} taken earlier),
     * first stored first: what an import just added, whatever "added" dates its file carried.
     */
    public List<String> idsAfterRow(long mark, int limit) {
        List<String> ids = new ArrayList<>();
        database.read(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT slug FROM article WHERE id > ? ORDER BY id LIMIT ?")) {
                statement.setLong(1, mark);
                statement.setInt(2, limit);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return null;
        });
        return ids;
    }

    public List<Article> firstPage(int limit) {
        return firstMatches(Query.ALL, limit);
    }

    /**
     * The first articles matching a query, in the default order (newest first): what a window shows while its index
     * loads. They are read along schema-008's index of the order's day, so SQLite stops at the limit instead of
     * sorting every match.
     */
    public List<Article> firstMatches(Query query, int limit) {
        QuerySql sql = QuerySql.of(query);
        String where = " WHERE (" + sql.where() + ")";
        List<Article> page = new ArrayList<>(limit);
        database.read(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement(ALONG_THE_DAY + where + ORDER + " LIMIT ?")) {
                bind(statement, sql.parameters());
                statement.setInt(sql.parameters().size() + 1, limit);
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
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT rowid FROM article_fts WHERE article_fts MATCH ?")) {
                statement.setString(1, QuerySql.ftsPhrase(term));
                LongStream.Builder ids = LongStream.builder();
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
            Map<String, Article> found = new HashMap<>();
            database.read(connection -> {
                String marks = String.join(",", Collections.nCopies(part.size(), "?"));
                try (PreparedStatement statement =
                        connection.prepareStatement(SELECT + " WHERE a.slug IN (" + marks + ")")) {
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
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT count(*) FROM article a WHERE " + sql.where())) {
                bind(statement, sql.parameters());
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Read and unread counts per tag, largest tags first. */
    public List<TagProgress> tagProgress(int limit) {
        return database.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + TagStore.NAME + """
                     AS name, count(a.read_at), count(*) - count(a.read_at)
                    FROM article_tag t JOIN article a ON a.id = t.article_id
                    GROUP BY t.tag_key ORDER BY count(*) DESC, name COLLATE NOCASE LIMIT ?""")) {
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
            try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE article SET read_at = ?1 WHERE id = ?2 AND read_at IS NOT ?1");
                    SyncLog.Recorder recorder = sync.recorder(connection)) {
                for (int i = 0; i < ids.size(); i++) {
                    update.setString(1, Timestamps.format(readTimes.get(ids.get(i))));
                    update.setLong(2, rowIds.get(i));
                    if (update.executeUpdate() > 0) {
                        recorder.read(rowIds.get(i));
                    }
                }
                recorder.finish();
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

    /** The first article whose link has one of these keys ({@code UrlKey}), if any. */
    public Optional<Article> withLinkKey(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
        return database.read(connection -> {
            try (PreparedStatement statement =
                    connection.prepareStatement(SELECT + " WHERE a.url_key IN (" + marks + ") ORDER BY a.id LIMIT 1")) {
                int i = 1;
                for (String key : keys) {
                    statement.setString(i++, key);
                }
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
        return updateReadAt(
                ids, "UPDATE article SET read_at = ? WHERE id = ? AND read_at IS NULL", Timestamps.format(when));
    }

    /** Marks the articles unread. Unknown ids fail the whole call and change nothing. */
    public int markUnread(Collection<String> ids) {
        return updateReadAt(ids, "UPDATE article SET read_at = ? WHERE id = ? AND read_at IS NOT NULL", null);
    }

    private int updateReadAt(Collection<String> ids, String sql, String readAt) {
        return database.write(connection -> {
            List<Long> rowIds = rowIds(connection, ids);
            int changed = 0;
            try (PreparedStatement update = connection.prepareStatement(sql);
                    SyncLog.Recorder recorder = sync.recorder(connection)) {
                for (long rowId : rowIds) {
                    update.setString(1, readAt);
                    update.setLong(2, rowId);
                    if (update.executeUpdate() > 0) {
                        changed++;
                        recorder.read(rowId);
                    }
                }
                recorder.finish();
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
                        throw unknown(connection, id);
                    }
                    rowIds.add(rs.getLong(1));
                }
            }
        }
        return rowIds;
    }

    /** That {@code id} names no article, with the shortest id that begins with it and a hyphen, if any. */
    public UnknownArticleException unknown(String id) {
        return database.read(connection -> unknown(connection, id));
    }

    private static UnknownArticleException unknown(Connection connection, String id) throws SQLException {
        // Every slug that begins with "id-" sorts from "id-" to "id." ('.' follows '-'): a range the slug index serves.
        try (PreparedStatement near = connection.prepareStatement(
                "SELECT slug FROM article WHERE slug >= ? AND slug < ? ORDER BY length(slug), slug LIMIT 1")) {
            near.setString(1, id + "-");
            near.setString(2, id + ".");
            try (ResultSet rs = near.executeQuery()) {
                return new UnknownArticleException(id, rs.next() ? rs.getString(1) : null);
            }
        }
    }

    static long rowId(Connection connection, String id) throws SQLException {
        return rowIds(connection, List.of(id)).getFirst();
    }

    private static Article article(ResultSet rs) throws SQLException {
        int minutes = rs.getInt(6);
        Integer readingMinutes = rs.wasNull() ? null : minutes;
        String tags = rs.getString(10);
        return new Article(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Timestamps.parseDate(rs.getString(5)),
                readingMinutes,
                tagsOfKind(tags, 'c'),
                tagsOfKind(tags, 'u'),
                Timestamps.parseInstant(rs.getString(7)),
                rs.getString(8),
                Timestamps.parseInstant(rs.getString(9)),
                Timestamps.parseInstant(rs.getString(11)),
                rs.getInt(12) == 1);
    }

    private static ExportRow exportRow(ResultSet rs) throws SQLException {
        String tags = rs.getString(4);
        String note = rs.getString(6);
        return new ExportRow(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                tags == null ? "" : tags,
                Timestamps.exportText(rs.getString(5)),
                note == null ? "" : note,
                Timestamps.exportText(rs.getString(7)),
                rs.getInt(8) != 0);
    }

    /** The tags of one kind from "cRedis\u001fcKafka\u001fuMine": each tag behind its kind's first letter. */
    private static List<String> tagsOfKind(String joined, char kind) {
        return joined == null ? List.of() : tagsOfKind(Arrays.asList(joined.split(TAG_SEPARATOR)), kind);
    }

    /** The tags of one kind from entries each behind its kind's first letter ("cRedis", "uMine"), in their order. */
    static List<String> tagsOfKind(List<String> entries, char kind) {
        List<String> tags = new ArrayList<>();
        for (String tag : entries) {
            if (!tag.isEmpty() && tag.charAt(0) == kind) {
                tags.add(tag.substring(1));
            }
        }
        return tags.isEmpty() ? List.of() : List.copyOf(tags);
    }

    static List<String> tags(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(TAG_SEPARATOR));
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
