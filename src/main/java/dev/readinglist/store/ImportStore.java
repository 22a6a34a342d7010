package dev.readinglist.store;

import dev.readinglist.model.ImportCancelledException;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.Slugs;
import dev.readinglist.model.UrlKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Merges imported articles into the library in one transaction: a bad record anywhere, or a
 * cancel, leaves the library as it was. Identity is the normalised link, or the id without one.
 * Read beats unread, tags are unioned, and an imported note is appended under a separator
 * unless the same text is already there; it never replaces the user's note.
 */
public final class ImportStore {

    static final String NOTE_SEPARATOR = "\n\n---\n";
    private static final int BATCH = 500;
    /**
     * Up to this many articles, an import reads every link key and id once instead of asking
     * SQLite twice per row; beyond it, holding them would cost more memory than the probes cost time.
     */
    private static final int PRELOAD_LIMIT = 300_000;

    /** Feeds the articles of a file to a sink; parse errors are thrown from here. */
    @FunctionalInterface
    public interface Source {
        void feed(Consumer<ImportedArticle> sink);
    }

    private final LibraryDatabase database;

    public ImportStore(LibraryDatabase database) {
        this.database = database;
    }

    /** Merges everything the source feeds; with {@code dryRun} the same work is done and rolled back. */
    public ImportReport merge(Source source, ImportFormat format, String origin, Instant now, boolean dryRun) {
        return merge(source, format, origin, now, dryRun, done -> { }, () -> false);
    }

    /**
     * As above, reporting the rows done so far to {@code progress}, and rolling everything back
     * with {@link ImportCancelledException} as soon as {@code cancelled} says so.
     */
    public ImportReport merge(Source source, ImportFormat format, String origin, Instant now, boolean dryRun,
                              IntConsumer progress, BooleanSupplier cancelled) {
        return database.write(connection -> {
            Counts counts = new Counts();
            try (Statements statements = new Statements(connection)) {
                // Rows added by this import are indexed for search in one statement at the end.
                statements.firstNewId = maxId(connection) + 1;
                statements.nextId = statements.firstNewId;
                statements.preload(connection);
                source.feed(article -> {
                    if (cancelled.getAsBoolean()) {
                        throw new ImportCancelledException();
                    }
                    try {
                        mergeOne(statements, article, origin, now, counts);
                        int done = counts.added + counts.merged + counts.unchanged;
                        if (done % 250 == 0) {
                            progress.accept(done);
                        }
                    } catch (SQLException e) {
                        throw new WrappedSql(e);
                    }
                });
                statements.flush();
                indexNewRows(connection, statements.firstNewId);
            } catch (WrappedSql e) {
                throw e.sql;
            }
            return new ImportReport(format, counts.added, counts.merged, counts.unchanged, counts.markedRead);
        }, !dryRun);
    }

    /** Adds one article by hand; a link already in the library is refused, naming the article that has it. */
    public String add(ImportedArticle article, String origin, Instant now) {
        return database.write(connection -> {
            try (Statements sql = new Statements(connection)) {
                sql.nextId = maxId(connection) + 1;
                String key = UrlKey.of(article.url());
                Long existing = find(sql, article, key);
                long rowId = existing != null ? existing : insert(sql, article, key, origin, now, null);
                sql.flush();
                try (PreparedStatement select = connection.prepareStatement("SELECT slug FROM article WHERE id = ?")) {
                    select.setLong(1, rowId);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        if (existing != null) {
                            throw new dev.readinglist.model.ReadingListException(
                                    "that link is already in your list, as " + rs.getString(1));
                        }
                        for (String tag : article.tags()) {
                            addTag(sql, rowId, tag);
                        }
                        reindex(sql, rowId, false);  // firstNewId is unset here: this row is indexed now
                        return rs.getString(1);
                    }
                }
            }
        });
    }

    private static final class Counts {
        int added;
        int merged;
        int unchanged;
        int markedRead;
    }

    private static final class WrappedSql extends RuntimeException {
        final SQLException sql;

        WrappedSql(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    private static long maxId(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM article");
             ResultSet rs = select.executeQuery()) {
            return rs.getLong(1);
        }
    }

    private static void indexNewRows(Connection connection, long firstNewId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(FtsIndex.INSERT.replace("a.id = ?", "a.id >= ?"))) {
            insert.setLong(1, firstNewId);
            insert.executeUpdate();
        }
    }

    /** The statements one import needs, prepared once: 100k rows must not mean 100k prepares. */
    private static final class Statements implements AutoCloseable {
        long firstNewId = Long.MAX_VALUE;
        /** New rows get their ids here: an INSERT … RETURNING re-prepares per row in sqlite-jdbc. */
        long nextId;
        /** New rows go to the database in batches; these let later rows find them before a flush. */
        final java.util.Map<String, Long> addedByKey = new java.util.HashMap<>();
        final java.util.Set<String> slugsAdded = new java.util.HashSet<>();
        /** Every link key and id in the library before this import, when it is small enough; else null. */
        java.util.Map<String, Long> existingByKey;
        java.util.Map<String, Long> existingBySlug;

        void preload(Connection connection) throws SQLException {
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM article");
                 ResultSet rs = count.executeQuery()) {
                if (rs.getInt(1) > PRELOAD_LIMIT) {
                    return;
                }
            }
            existingByKey = new java.util.HashMap<>();
            existingBySlug = new java.util.HashMap<>();
            try (PreparedStatement all = connection.prepareStatement("SELECT id, slug, url_key FROM article");
                 ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    existingBySlug.put(rs.getString(2), id);
                    String key = rs.getString(3);
                    if (key != null) {
                        existingByKey.putIfAbsent(key, id);
                    }
                }
            }
        }
        final PreparedStatement noteInsert;
        int pending;

        /** Sends the batched new rows, their tags and notes, in that order. */
        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                newTag.executeBatch();
                noteInsert.executeBatch();
                pending = 0;
            }
        }
        final PreparedStatement newTag;
        final PreparedStatement byUrlKey;
        final PreparedStatement bySlug;
        final PreparedStatement insert;
        final PreparedStatement markRead;
        final UserTags userTags;
        final PreparedStatement noteSelect;
        final PreparedStatement noteUpsert;
        final PreparedStatement ftsDelete;
        final PreparedStatement ftsInsert;

        Statements(Connection connection) throws SQLException {
            byUrlKey = connection.prepareStatement("SELECT id FROM article WHERE url_key = ? LIMIT 1");
            bySlug = connection.prepareStatement("SELECT id FROM article WHERE slug = ?");
            insert = connection.prepareStatement("""
                    INSERT INTO article (slug, title, summary, url, url_key, source, added_at, read_at, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            markRead = connection.prepareStatement("UPDATE article SET read_at = ? WHERE id = ? AND read_at IS NULL");
            userTags = new UserTags(connection);
            noteSelect = connection.prepareStatement("SELECT body FROM note WHERE article_id = ?");
            noteInsert = connection.prepareStatement("INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)");
            noteUpsert = connection.prepareStatement("""
                    INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (article_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""");
            ftsDelete = connection.prepareStatement(FtsIndex.DELETE);
            newTag = connection.prepareStatement(
                    "INSERT OR IGNORE INTO article_tag (article_id, kind, tag_key, tag, position) VALUES (?, 'user', ?, ?, ?)");
            ftsInsert = connection.prepareStatement(FtsIndex.INSERT);
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement each : List.of(noteInsert, newTag, byUrlKey, bySlug, insert, markRead, noteSelect, noteUpsert, ftsDelete,
                    ftsInsert)) {
                each.close();
            }
            userTags.close();
        }
    }

    private static void mergeOne(Statements sql, ImportedArticle article, String origin, Instant now, Counts counts)
            throws SQLException {
        String key = UrlKey.of(article.url());
        Long existing = find(sql, article, key);
        Instant readAt = article.read() ? (article.readAt() == null ? now : article.readAt()) : null;
        if (existing == null) {
            long rowId = insert(sql, article, key, origin, now, readAt);
            int position = 0;
            for (String tag : article.tags()) {
                String tagKey = dev.readinglist.model.TextFolding.tagKey(tag);
                if (!tagKey.isEmpty()) {
                    sql.newTag.setLong(1, rowId);
                    sql.newTag.setString(2, tagKey);
                    sql.newTag.setString(3, tag.strip());
                    sql.newTag.setInt(4, position++);
                    sql.newTag.addBatch();
                }
            }
            if (article.note() != null) {
                sql.noteInsert.setLong(1, rowId);
                sql.noteInsert.setString(2, article.note());
                sql.noteInsert.setString(3, Timestamps.format(now));
                sql.noteInsert.addBatch();
            }
            if (sql.pending >= BATCH) {
                sql.flush();
            }
            counts.added++;
            counts.markedRead += readAt == null ? 0 : 1;
            return;
        }
        sql.flush();  // the row merged into may still be in the batch
        boolean changed = false;
        if (readAt != null && markRead(sql, existing, readAt)) {
            changed = true;
            counts.markedRead++;
        }
        for (String tag : article.tags()) {
            changed |= addTag(sql, existing, tag);
        }
        if (article.note() != null && !article.note().isBlank()) {
            changed |= mergeNote(sql, existing, article.note(), now);
        }
        if (changed) {
            if (existing < sql.firstNewId) {
                reindex(sql, existing, true);
            }
            counts.merged++;
        } else {
            counts.unchanged++;
        }
    }

    private static void reindex(Statements sql, long rowId, boolean existed) throws SQLException {
        if (existed) {
            sql.ftsDelete.setLong(1, rowId);
            sql.ftsDelete.executeUpdate();
        }
        sql.ftsInsert.setLong(1, rowId);
        sql.ftsInsert.executeUpdate();
    }

    private static boolean addTag(Statements sql, long rowId, String tag) throws SQLException {
        return sql.userTags.add(rowId, tag);
    }

    private static Long find(Statements sql, ImportedArticle article, String key) throws SQLException {
        if (key != null && sql.addedByKey.containsKey(key)) {
            return sql.addedByKey.get(key);
        }
        if (sql.existingByKey != null) {
            if (key != null) {
                return sql.existingByKey.get(key);
            }
            if (article.id() == null) {
                return null;
            }
            Long byId = sql.existingBySlug.get(article.id());
            if (byId != null || !sql.slugsAdded.contains(article.id())) {
                return byId;
            }
        }
        if (key == null) {
            sql.flush();  // an id lookup must see the rows still in the batch
        }
        PreparedStatement select = key != null ? sql.byUrlKey : sql.bySlug;
        String value = key != null ? key : article.id();
        if (value == null) {
            return null;
        }
        select.setString(1, value);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static long insert(Statements sql, ImportedArticle article, String key, String origin, Instant now, Instant readAt)
            throws SQLException {
        PreparedStatement insert = sql.insert;
        {
            String slug = uniqueSlug(sql, article.id() != null ? article.id() : Slugs.fromTitle(article.title()));
            insert.setString(1, slug);
            insert.setString(2, article.title());
            insert.setString(3, article.summary());
            insert.setString(4, article.url() == null ? "" : article.url());
            insert.setString(5, key);
            insert.setString(6, origin);
            insert.setString(7, Timestamps.format(now));
            insert.setString(8, Timestamps.format(readAt));
            long id = sql.nextId++;
            insert.setLong(9, id);
            insert.addBatch();
            sql.pending++;
            sql.slugsAdded.add(slug);
            if (key != null) {
                sql.addedByKey.putIfAbsent(key, id);
            }
            return id;
        }
    }

    private static String uniqueSlug(Statements sql, String base) throws SQLException {
        PreparedStatement taken = sql.bySlug;
        {
            for (int n = 1; ; n++) {
                String candidate = n == 1 ? base : base + "-" + n;
                if (sql.slugsAdded.contains(candidate)) {
                    continue;
                }
                if (sql.existingBySlug != null) {
                    if (!sql.existingBySlug.containsKey(candidate)) {
                        return candidate;
                    }
                    continue;
                }
                taken.setString(1, candidate);
                try (ResultSet rs = taken.executeQuery()) {
                    if (!rs.next()) {
                        return candidate;
                    }
                }
            }
        }
    }

    private static boolean markRead(Statements sql, long rowId, Instant readAt) throws SQLException {
        sql.markRead.setString(1, Timestamps.format(readAt));
        sql.markRead.setLong(2, rowId);
        return sql.markRead.executeUpdate() > 0;
    }

    private static boolean mergeNote(Statements sql, long rowId, String imported, Instant now) throws SQLException {
        String local = null;
        sql.noteSelect.setLong(1, rowId);
        try (ResultSet rs = sql.noteSelect.executeQuery()) {
            if (rs.next()) {
                local = rs.getString(1);
            }
        }
        if (local != null && local.contains(imported.strip())) {
            return false;
        }
        setNote(sql.noteUpsert, rowId, local == null ? imported : local + NOTE_SEPARATOR + imported, now);
        return true;
    }

    private static void setNote(PreparedStatement upsert, long rowId, String body, Instant now) throws SQLException {
        upsert.setLong(1, rowId);
        upsert.setString(2, body);
        upsert.setString(3, Timestamps.format(now));
        upsert.executeUpdate();
    }
}
