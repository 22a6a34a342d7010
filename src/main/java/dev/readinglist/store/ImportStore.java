package dev.readinglist.store;

import dev.readinglist.concurrent.ReadAhead;
import dev.readinglist.model.ImportCancelledException;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.Slugs;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
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
    /**
     * An import that has added this many rows, and more than the library held before it, builds
     * the secondary indexes once at its end instead of row by row ({@link DeferredIndexes}).
     */
    private static final int DEFER_INDEXES_AFTER = 10_000;

    /** Feeds the articles of a file to a sink; parse errors are thrown from here. */
    @FunctionalInterface
    public interface Source {
        void feed(Consumer<ImportedArticle> sink);
    }

    private final LibraryDatabase database;

    public ImportStore(LibraryDatabase database) {
        this.database = database;
    }

    /** Merges everything the source feeds; with {@code dryRun} the same merge is done, counted and rolled back. */
    public ImportReport merge(Source source, ImportFormat format, String origin, Instant now, boolean dryRun) {
        return merge(source, format, origin, now, dryRun, done -> { }, () -> false);
    }

    /**
     * As above, reporting the rows done so far to {@code progress}, and rolling everything back
     * with {@link ImportCancelledException} as soon as {@code cancelled} says so. The file is read
     * on a thread of its own, a few batches ahead of the writes.
     */
    public ImportReport merge(Source source, ImportFormat format, String origin, Instant now, boolean dryRun,
                              IntConsumer progress, BooleanSupplier cancelled) {
        return database.write(connection -> {
            Counts counts = new Counts();
            try (Statements statements = new Statements(connection, now)) {
                // Rows added by this import are indexed for search in one statement at the end.
                statements.firstNewId = maxId(connection) + 1;
                statements.nextId = statements.firstNewId;
                statements.preload(connection);
                ReadAhead.<Incoming>run("import reader", sink -> source.feed(article -> sink.accept(Incoming.of(article))),
                        incoming -> {
                            if (cancelled.getAsBoolean()) {
                                throw new ImportCancelledException();
                            }
                            try {
                                mergeOne(statements, incoming, origin, now, counts);
                            } catch (SQLException e) {
                                throw new WrappedSql(e);
                            }
                            int done = counts.added + counts.merged + counts.unchanged;
                            if (done % 250 == 0) {
                                progress.accept(done);
                            }
                        });
                statements.flush();
                if (!dryRun) {  // a dry run is rolled back: its counts are known, and nobody will search its rows
                    if (statements.deferred != null) {
                        statements.deferred.rebuild(connection);
                    }
                    indexNewRows(connection, statements.firstNewId);
                }
            } catch (WrappedSql e) {
                throw e.sql;
            } catch (CancellationException e) {
                throw new ImportCancelledException();  // the worker was interrupted: the same as Cancel
            }
            return new ImportReport(format, counts.added, counts.merged, counts.unchanged, counts.markedRead);
        }, !dryRun);
    }

    /** Adds one article by hand; a link already in the library is refused, naming the article that has it. */
    public String add(ImportedArticle article, String origin, Instant now) {
        return database.write(connection -> {
            try (Statements sql = new Statements(connection, now)) {
                sql.nextId = maxId(connection) + 1;
                Incoming incoming = Incoming.of(article);
                Long existing = find(sql, incoming);
                long rowId = existing != null ? existing : insert(sql, incoming, origin, null);
                sql.flush();
                try (PreparedStatement select = connection.prepareStatement("SELECT slug FROM article WHERE id = ?")) {
                    select.setLong(1, rowId);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        if (existing != null) {
                            throw new ReadingListException(
                                    "that link is already in your list, as " + rs.getString(1));
                        }
                        for (String tag : article.tags()) {
                            sql.userTags.add(rowId, tag);
                        }
                        reindex(sql, rowId, false);  // firstNewId is unset here: this row is indexed now
                        return rs.getString(1);
                    }
                }
            }
        });
    }

    /**
     * An article with what can be worked out before it meets the library: its link key, the slug
     * it would get, its tags' keys and its saved time as stored. Made on the reading thread, so the writing one only writes.
     */
    private record Incoming(ImportedArticle article, String key, String slugBase, List<String> tagKeys, String addedAt) {

        static Incoming of(ImportedArticle article) {
            String slugBase = article.id() != null ? article.id() : Slugs.fromTitle(article.title());
            List<String> tagKeys = new ArrayList<>(article.tags().size());
            for (String tag : article.tags()) {
                tagKeys.add(TextFolding.tagKey(tag));
            }
            return new Incoming(article, UrlKey.of(article.url()), slugBase, tagKeys, Timestamps.format(article.addedAt()));
        }
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
        final String now;
        long firstNewId = Long.MAX_VALUE;
        /** New rows get their ids here: an INSERT … RETURNING re-prepares per row in sqlite-jdbc. */
        long nextId;
        /** New rows go to the database in batches; these let later rows find them before a flush. */
        final Map<String, Long> addedByKey = new HashMap<>();
        final Set<String> slugsAdded = new HashSet<>();
        /** Every link key and id in the library before this import, when it is small enough; else null. */
        Map<String, Long> existingByKey;
        Map<String, Long> existingBySlug;
        int rowsBefore;
        /** Set once this import has dropped the secondary indexes, to build them again at its end. */
        DeferredIndexes deferred;
        int pending;

        final Connection connection;
        final PreparedStatement byUrlKey;
        final PreparedStatement bySlug;
        final PreparedStatement insert;
        final PreparedStatement newTag;
        final PreparedStatement noteInsert;
        final PreparedStatement markRead;
        final UserTags userTags;
        final PreparedStatement noteSelect;
        final PreparedStatement noteUpsert;
        final PreparedStatement ftsDelete;
        final PreparedStatement ftsInsert;

        Statements(Connection connection, Instant now) throws SQLException {
            this.connection = connection;
            this.now = Timestamps.format(now);
            byUrlKey = connection.prepareStatement("SELECT id FROM article WHERE url_key = ? LIMIT 1");
            bySlug = connection.prepareStatement("SELECT id FROM article WHERE slug = ?");
            insert = connection.prepareStatement("""
                    INSERT INTO article (slug, title, summary, url, url_key, source, added_at, read_at, id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            newTag = connection.prepareStatement(
                    "INSERT OR IGNORE INTO article_tag (article_id, kind, tag_key, tag, position) VALUES (?, 'user', ?, ?, ?)");
            noteInsert = connection.prepareStatement("INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)");
            markRead = connection.prepareStatement("UPDATE article SET read_at = ? WHERE id = ? AND read_at IS NULL");
            userTags = new UserTags(connection);
            noteSelect = connection.prepareStatement("SELECT body FROM note WHERE article_id = ?");
            noteUpsert = connection.prepareStatement("""
                    INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (article_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""");
            ftsDelete = connection.prepareStatement(FtsIndex.DELETE);
            ftsInsert = connection.prepareStatement(FtsIndex.INSERT);
        }

        void preload(Connection connection) throws SQLException {
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM article");
                 ResultSet rs = count.executeQuery()) {
                rowsBefore = rs.getInt(1);
                if (rowsBefore > PRELOAD_LIMIT) {
                    return;
                }
            }
            existingByKey = new HashMap<>();
            existingBySlug = new HashMap<>();
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

        /** Sends the batched new rows, their tags and notes, in that order. */
        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                newTag.executeBatch();
                noteInsert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement each : List.of(byUrlKey, bySlug, insert, newTag, noteInsert, markRead, noteSelect, noteUpsert,
                    ftsDelete, ftsInsert)) {
                each.close();
            }
            userTags.close();
        }
    }

    private static void mergeOne(Statements sql, Incoming incoming, String origin, Instant now, Counts counts)
            throws SQLException {
        ImportedArticle article = incoming.article();
        Long existing = find(sql, incoming);
        Instant readAt = article.read() ? (article.readAt() == null ? now : article.readAt()) : null;
        if (existing == null) {
            long rowId = insert(sql, incoming, origin, readAt);
            int position = 0;
            for (int i = 0; i < incoming.tagKeys().size(); i++) {
                String tagKey = incoming.tagKeys().get(i);
                if (!tagKey.isEmpty()) {
                    sql.newTag.setLong(1, rowId);
                    sql.newTag.setString(2, tagKey);
                    sql.newTag.setString(3, article.tags().get(i).strip());
                    sql.newTag.setInt(4, position++);
                    sql.newTag.addBatch();
                }
            }
            if (article.note() != null) {
                sql.noteInsert.setLong(1, rowId);
                sql.noteInsert.setString(2, article.note());
                sql.noteInsert.setString(3, sql.now);
                sql.noteInsert.addBatch();
            }
            if (sql.pending >= BATCH) {
                sql.flush();
            }
            counts.added++;
            if (counts.added == Math.max(DEFER_INDEXES_AFTER, sql.rowsBefore + 1) && sql.existingByKey != null) {
                // Lookups are answered from memory now (preloaded), so no index is needed until the end.
                sql.flush();
                sql.deferred = DeferredIndexes.drop(sql.connection);
            }
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
            changed |= sql.userTags.add(existing, tag);
        }
        if (article.note() != null && !article.note().isBlank()) {
            changed |= mergeNote(sql, existing, article.note());
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

    private static Long find(Statements sql, Incoming incoming) throws SQLException {
        String key = incoming.key();
        String id = incoming.article().id();
        if (key != null && sql.addedByKey.containsKey(key)) {
            return sql.addedByKey.get(key);
        }
        if (sql.existingByKey != null) {
            if (key != null) {
                return sql.existingByKey.get(key);
            }
            if (id == null) {
                return null;
            }
            Long byId = sql.existingBySlug.get(id);
            if (byId != null || !sql.slugsAdded.contains(id)) {
                return byId;
            }
        }
        if (key == null) {
            sql.flush();  // an id lookup must see the rows still in the batch
        }
        PreparedStatement select = key != null ? sql.byUrlKey : sql.bySlug;
        String value = key != null ? key : id;
        if (value == null) {
            return null;
        }
        select.setString(1, value);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static long insert(Statements sql, Incoming incoming, String origin, Instant readAt) throws SQLException {
        ImportedArticle article = incoming.article();
        String slug = uniqueSlug(sql, incoming.slugBase());
        long id = sql.nextId++;
        PreparedStatement insert = sql.insert;
        insert.setString(1, slug);
        insert.setString(2, article.title());
        insert.setString(3, article.summary());
        insert.setString(4, article.url() == null ? "" : article.url());
        insert.setString(5, incoming.key());
        insert.setString(6, origin);
        insert.setString(7, incoming.addedAt() != null ? incoming.addedAt() : sql.now);
        insert.setString(8, Timestamps.format(readAt));
        insert.setLong(9, id);
        insert.addBatch();
        sql.pending++;
        sql.slugsAdded.add(slug);
        if (incoming.key() != null) {
            sql.addedByKey.putIfAbsent(incoming.key(), id);
        }
        return id;
    }

    private static String uniqueSlug(Statements sql, String base) throws SQLException {
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
            sql.bySlug.setString(1, candidate);
            try (ResultSet rs = sql.bySlug.executeQuery()) {
                if (!rs.next()) {
                    return candidate;
                }
            }
        }
    }

    private static boolean markRead(Statements sql, long rowId, Instant readAt) throws SQLException {
        sql.markRead.setString(1, Timestamps.format(readAt));
        sql.markRead.setLong(2, rowId);
        return sql.markRead.executeUpdate() > 0;
    }

    private static boolean mergeNote(Statements sql, long rowId, String imported) throws SQLException {
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
        sql.noteUpsert.setLong(1, rowId);
        sql.noteUpsert.setString(2, local == null ? imported : local + NOTE_SEPARATOR + imported);
        sql.noteUpsert.setString(3, sql.now);
        sql.noteUpsert.executeUpdate();
        return true;
    }
}
