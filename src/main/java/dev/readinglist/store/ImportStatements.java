package dev.readinglist.store;

import dev.readinglist.model.ImportedArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one import does to the tables, row by row: its statements prepared once (100k rows must
 * not mean 100k prepares), new rows sent in batches, and what it remembers between rows so that
 * a row finds an article added a moment before, still in the batch.
 */
final class ImportStatements implements AutoCloseable {

    static final String NOTE_SEPARATOR = "\n\n---\n";
    /** Between highlights in a note: a blank line, so each quote stays its own Markdown block. */
    static final String QUOTE_SEPARATOR = "\n\n";

    private static final int BATCH = 500;
    /**
     * Up to this many articles, an import reads every link key and id once instead of asking
     * SQLite twice per row; beyond it, holding them would cost more memory than the probes cost time.
     */
    private static final int PRELOAD_LIMIT = 300_000;

    /** Rows with ids from here on were added by this import. */
    final long firstNewId;

    final UserTags userTags;
    private final Connection connection;
    private final String now;
    /** New rows get their ids here: an INSERT … RETURNING re-prepares per row in sqlite-jdbc. */
    private long nextId;

    private final Map<String, Long> addedByKey = new HashMap<>();
    private final Set<String> slugsAdded = new HashSet<>();
    /** Every link key and id in the library before this import, when it is small enough; else null. */
    private Map<String, Long> existingByKey;

    private Map<String, Long> existingBySlug;
    private int rowsBefore;
    /** Set once this import has dropped the secondary indexes, to build them again at its end. */
    private DeferredIndexes deferred;
    /** Set with them: the change log's triggers, made again at the end, when this import has logged what it did. */
    private DeferredIndexLog deferredLog;

    private int pending;

    private final PreparedStatement byUrlKey;
    private final PreparedStatement bySlug;
    /** Asks whether sync holds a slug (a deleted article's keeps it); null in a library that never synced. */
    private final PreparedStatement claimedBySync;

    private final PreparedStatement insert;
    private final PreparedStatement newTag;
    private final PreparedStatement noteInsert;
    private final PreparedStatement markRead;
    private final PreparedStatement star;
    private final PreparedStatement noteSelect;
    private final PreparedStatement noteUpsert;
    private final PreparedStatement ftsDelete;
    private final PreparedStatement ftsInsert;
    private final ImportedNotes given;

    ImportStatements(Connection connection, Instant now) throws SQLException {
        this.connection = connection;
        this.now = Timestamps.format(now);
        firstNewId = ArticleStore.maxRowId(connection) + 1;
        nextId = firstNewId;
        byUrlKey = connection.prepareStatement("SELECT id FROM article WHERE url_key = ? LIMIT 1");
        bySlug = connection.prepareStatement("SELECT id FROM article WHERE slug = ?");
        claimedBySync = everSynced(connection)
                ? connection.prepareStatement("SELECT 1 FROM sync_state WHERE slug = ? LIMIT 1")
                : null;
        insert = connection.prepareStatement("""
                INSERT INTO article (slug, title, summary, url, url_key, source, added_at, read_at, published,
                                     reading_minutes, id, favourite)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        newTag = connection.prepareStatement(
                "INSERT OR IGNORE INTO article_tag (article_id, kind, tag_key, tag, position) VALUES (?, 'user', ?, ?, ?)");
        noteInsert = connection.prepareStatement("INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)");
        // A read time guessed from when the article was saved, before it was published, is the import's own.
        markRead = connection.prepareStatement("UPDATE article SET read_at = CASE WHEN ? AND published IS NOT NULL"
                + " AND ? < published THEN ? ELSE ? END WHERE id = ? AND read_at IS NULL");
        star = connection.prepareStatement("UPDATE article SET favourite = 1 WHERE id = ? AND favourite = 0");
        userTags = new UserTags(connection);
        noteSelect = connection.prepareStatement("SELECT body, updated_at FROM note WHERE article_id = ?");
        noteUpsert = connection.prepareStatement(NoteStore.UPSERT);
        ftsDelete = connection.prepareStatement(FtsIndex.DELETE);
        ftsInsert = connection.prepareStatement(FtsIndex.INSERT);
        given = new ImportedNotes(connection);
    }

    /** Reads every link key and id of a library small enough to hold them; a bigger one is asked row by row. */
    void preload() throws SQLException {
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

    int rowsBefore() {
        return rowsBefore;
    }

    /** The row id of the last article this import added; below {@link #firstNewId} when none. */
    long lastNewId() {
        return nextId - 1;
    }

    /** The notes of the rows this import added, by row id; null when there are more than {@code limit}. */
    Map<Long, String> notesAdded(int limit) throws SQLException {
        Map<Long, String> notes = new HashMap<>();
        try (PreparedStatement select =
                connection.prepareStatement("SELECT article_id, body FROM note WHERE article_id >= ?")) {
            select.setLong(1, firstNewId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (notes.size() >= limit) {
                        return null;
                    }
                    notes.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return notes;
    }

    /** An article's note and when it was last written. */
    record Note(String body, Instant updatedAt) {}

    /** The article's note, or null without one. */
    Note noteOf(long rowId) throws SQLException {
        noteSelect.setLong(1, rowId);
        try (ResultSet rs = noteSelect.executeQuery()) {
            return rs.next() ? new Note(rs.getString(1), Timestamps.parseInstant(rs.getString(2))) : null;
        }
    }

    /** The article's note's text, or null. */
    String note(long rowId) throws SQLException {
        Note note = noteOf(rowId);
        return note == null ? null : note.body();
    }

    /** The article this one is, by link or else by id; null for a new one. */
    Long find(IncomingArticle incoming) throws SQLException {
        String key = incoming.key();
        String id = incoming.article().id();
        if (key != null && addedByKey.containsKey(key)) {
            return addedByKey.get(key);
        }
        if (existingByKey != null) {
            if (key != null) {
                return existingByKey.get(key);
            }
            if (id == null) {
                return null;
            }
            Long byId = existingBySlug.get(id);
            if (byId != null || !slugsAdded.contains(id)) {
                return byId;
            }
        }
        if (key == null) {
            flush(); // an id lookup must see the rows still in the batch
        }
        PreparedStatement select = key != null ? byUrlKey : bySlug;
        String value = key != null ? key : id;
        if (value == null) {
            return null;
        }
        select.setString(1, value);
        try (ResultSet rs = select.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** Adds a new article with its tags and note to the batch; returns its row id. */
    long addNew(IncomingArticle incoming, String origin, Instant readAt) throws SQLException {
        long rowId = insert(incoming, origin, readAt);
        ImportedArticle article = incoming.article();
        int position = 0;
        for (int i = 0; i < incoming.tagKeys().size(); i++) {
            String tagKey = incoming.tagKeys().get(i);
            if (!tagKey.isEmpty()) {
                newTag.setLong(1, rowId);
                newTag.setString(2, tagKey);
                newTag.setString(3, article.tags().get(i).strip());
                newTag.setInt(4, position++);
                newTag.addBatch();
            }
        }
        String note = noteOf(article);
        if (note != null) {
            noteInsert.setLong(1, rowId);
            noteInsert.setString(2, note);
            noteInsert.setString(3, now);
            noteInsert.addBatch();
            if (article.note() != null && !article.note().isBlank()) {
                given.given(rowId, article.note());
            }
            for (String quote : article.highlights()) {
                given.given(rowId, quote);
            }
        }
        if (pending >= BATCH) {
            flush();
        }
        return rowId;
    }

    /** Adds the article row alone to the batch, for an article added by hand; returns its row id. */
    long insert(IncomingArticle incoming, String origin, Instant readAt) throws SQLException {
        ImportedArticle article = incoming.article();
        String slug = uniqueSlug(incoming.slugBase());
        long id = nextId++;
        insert.setString(1, slug);
        insert.setString(2, article.title());
        insert.setString(3, article.summary());
        insert.setString(4, article.url() == null ? "" : article.url());
        insert.setString(5, incoming.key());
        insert.setString(6, origin);
        insert.setString(7, incoming.addedAt() != null ? incoming.addedAt() : now);
        insert.setString(8, Timestamps.format(readAt));
        insert.setString(
                9, article.published() == null ? null : article.published().toString());
        if (article.readingMinutes() == null) {
            insert.setNull(10, Types.INTEGER);
        } else {
            insert.setInt(10, article.readingMinutes());
        }
        insert.setLong(11, id);
        insert.setInt(12, article.favourite() ? 1 : 0);
        insert.addBatch();
        pending++;
        slugsAdded.add(slug);
        if (incoming.key() != null) {
            addedByKey.putIfAbsent(incoming.key(), id);
        }
        return id;
    }

    /**
     * The base, or the base with the first free number. A slug that sync holds for a deleted article is not free: taken,
     * the next sync renamed the new article, and the window, showing it under the id it was imported with, took it for
     * deleted (the forty-ninth walk).
     */
    private String uniqueSlug(String base) throws SQLException {
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            if (slugsAdded.contains(candidate)) {
                continue;
            }
            boolean free;
            if (existingBySlug != null) {
                free = !existingBySlug.containsKey(candidate);
            } else {
                bySlug.setString(1, candidate);
                try (ResultSet rs = bySlug.executeQuery()) {
                    free = !rs.next();
                }
            }
            if (free && !claimedBySync(candidate)) {
                return candidate;
            }
        }
    }

    private boolean claimedBySync(String slug) throws SQLException {
        if (claimedBySync == null) {
            return false;
        }
        claimedBySync.setString(1, slug);
        try (ResultSet rs = claimedBySync.executeQuery()) {
            return rs.next();
        }
    }

    private static boolean everSynced(Connection connection) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement("SELECT 1 FROM sync_state LIMIT 1");
                ResultSet rs = any.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Marks an unread article read; false if it was read already. A {@code guessed} time (the file said when the article
     * was saved, not read) before the article was published is the import's.
     */
    boolean markRead(long rowId, Instant readAt, boolean guessed) throws SQLException {
        String at = Timestamps.format(readAt);
        markRead.setBoolean(1, guessed);
        markRead.setString(2, at);
        markRead.setString(3, now);
        markRead.setString(4, at);
        markRead.setLong(5, rowId);
        return markRead.executeUpdate() > 0;
    }

    /** Stars an article; false if it was starred already. */
    boolean star(long rowId) throws SQLException {
        star.setLong(1, rowId);
        return star.executeUpdate() > 0;
    }

    /** A new article's note: the file's note, then each highlight once. */
    private static String noteOf(ImportedArticle article) {
        StringBuilder note = new StringBuilder(article.note() == null ? "" : article.note());
        for (String quote : article.highlights()) {
            if (note.indexOf(quote) < 0) {
                note.append(note.isEmpty() ? "" : QUOTE_SEPARATOR).append(quote);
            }
        }
        return note.isEmpty() ? null : note.toString();
    }

    /**
     * Appends an imported note under a separator, unless the same text is already there, or puts it in place of a
     * note it holds whole; true if it changed.
     */
    boolean mergeNote(long rowId, String imported) throws SQLException {
        return mergeNote(rowId, imported, NOTE_SEPARATOR);
    }

    /** Appends a highlight after a blank line, unless the note holds it already; true if it changed. */
    boolean mergeQuote(long rowId, String quote) throws SQLException {
        return mergeNote(rowId, quote, QUOTE_SEPARATOR);
    }

    private boolean mergeNote(long rowId, String imported, String separator) throws SQLException {
        if (given.givenBefore(rowId, imported)) {
            return false; // and edited since, or it would be there
        }
        String local = note(rowId);
        if (local != null && local.contains(imported.strip())) {
            return false;
        }
        noteUpsert.setLong(1, rowId);
        // A file's note that holds the whole of this one (a later export, a rescue of a damaged library) takes its
        // place: under a separator the same text would stand twice.
        boolean holdsLocal = local != null && imported.contains(local.strip());
        noteUpsert.setString(2, local == null || holdsLocal ? imported : local + separator + imported);
        noteUpsert.setString(3, now);
        noteUpsert.executeUpdate();
        return true;
    }

    /** Puts one article's search entry in step with its tables. */
    void reindex(long rowId, boolean existed) throws SQLException {
        if (existed && deferredLog != null) {
            deferredLog.changed(rowId);
        }
        if (existed) {
            ftsDelete.setLong(1, rowId);
            ftsDelete.executeUpdate();
        }
        ftsInsert.setLong(1, rowId);
        ftsInsert.executeUpdate();
    }

    /**
     * Drops the secondary indexes until {@link #finish}, when lookups are answered from memory
     * (the library was preloaded); a library asked row by row keeps them.
     */
    void deferIndexes() throws SQLException {
        if (existingByKey != null && deferred == null) {
            flush();
            deferred = DeferredIndexes.drop(connection);
            deferredLog = DeferredIndexLog.drop(connection);
        }
    }

    /** Sends the batched new rows, their tags and notes, in that order. */
    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            newTag.executeBatch();
            noteInsert.executeBatch();
            given.flush();
            pending = 0;
        }
    }

    /** Sends what is left, builds any dropped indexes again and indexes the new rows for search. */
    void finish() throws SQLException {
        flush();
        if (deferred != null) {
            deferred.rebuild(connection);
            deferredLog.restore(connection, firstNewId);
        }
        try (PreparedStatement index = connection.prepareStatement(FtsIndex.INSERT_FROM + " WHERE a.id >= ?")) {
            index.setLong(1, firstNewId);
            index.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement each : List.of(
                byUrlKey,
                bySlug,
                insert,
                newTag,
                noteInsert,
                markRead,
                star,
                noteSelect,
                noteUpsert,
                ftsDelete,
                ftsInsert)) {
            each.close();
        }
        userTags.close();
        given.close();
        if (claimedBySync != null) {
            claimedBySync.close();
        }
        if (deferredLog != null) {
            deferredLog.close();
        }
    }
}
