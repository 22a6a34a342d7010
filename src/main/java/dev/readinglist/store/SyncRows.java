package dev.readinglist.store;

import dev.readinglist.model.Slugs;
import dev.readinglist.model.SyncNews;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import dev.readinglist.sync.ArticleGroup;
import dev.readinglist.sync.ArticleState;
import dev.readinglist.sync.ArticleView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Shows merged states as the library's rows: each live group of sync ids (one id, or the live ids
 * that share a link) is one article row, labelled with its surviving id; a row whose ids are no
 * longer live is removed. A shared article's row is always exactly its view, so any replica with
 * the same operations has the same rows. Catalog facts (title, summary, link, catalog tags) are
 * each device's own catalog's: a catalog article's row takes only the user's state from its view.
 *
 * <p>A refresh may be of one article (a read mark) or of 100k (a new device's first sync): lookups
 * go a few hundred ids a query, new rows are sent in batches and indexed for search at the end,
 * and a large first fill builds the secondary indexes once and logs its new rows for the window's
 * index in one statement, as a big import does.
 */
final class SyncRows {

    private static final int CHUNK = 500;
    private static final int BATCH = 500;
    /** Up to this many rows, a refresh reads every row's sync id and slug at once instead of asking. */
    private static final int PRELOAD_ROWS = 50_000;
    /** A refresh that adds this many rows, and more than the library held, builds the indexes at its end. */
    private static final int DEFER_INDEXES_AFTER = 10_000;

    private static final String ROW_FACTS = """
            SELECT slug, title, summary, url, published, reading_minutes, source, added_at, read_at, favourite, sync_id
            FROM article WHERE id = ?""";
    private static final String ROW_NOTE = "SELECT body, updated_at FROM note WHERE article_id = ?";
    private static final String ROW_TAGS =
            "SELECT kind, tag_key, tag, position FROM article_tag WHERE article_id = ? ORDER BY kind, position";
    private static final String BY_SLUG = "SELECT id, sync_id FROM article WHERE slug = ?";
    private static final String BY_SYNC_ID = "SELECT id, slug FROM article WHERE sync_id = ?";
    private static final String INSERT = """
            INSERT INTO article (id, slug, title, summary, url, url_key, published, reading_minutes, source, added_at,
                                 read_at, favourite, sync_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_TAG =
            "INSERT OR IGNORE INTO article_tag (article_id, kind, tag_key, tag, position) VALUES (?, 'user', ?, ?, ?)";
    /** The same insert, for a row already there: its own statement, as the batch of new rows is on the other. */
    private static final String ADD_USER_TAG =
            "INSERT OR IGNORE INTO article_tag (article_id, kind, tag_key, tag, position) VALUES (?1, 'user', ?2, ?3, ?4)";

    private static final String INSERT_NOTE = "INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)";
    private static final String UPSERT_NOTE = NoteStore.UPSERT;
    private static final String DELETE_NOTE = NoteStore.DELETE;
    private static final String DELETE_USER_TAGS = "DELETE FROM article_tag WHERE article_id = ? AND kind = 'user'";
    private static final String DELETE_FTS = FtsIndex.DELETE;
    private static final String DELETE_ROW = "DELETE FROM article WHERE id = ?";
    private static final String RELABEL = "UPDATE article SET sync_id = ? WHERE id = ?";
    private static final String RENAME = "UPDATE article SET slug = ? WHERE id = ?";

    private final Connection connection;
    private final SyncStates states;
    private final Statements sql;
    private int changedRows;
    /** Notes that now keep the texts of edits made on several devices at once. */
    private int mergedNotes;
    /** The title of the first of them, for the notice, and its id; null while there is none. */
    private String mergedNoteTitle;

    private String mergedNoteId;
    /** Articles deleted here that came back, and the first one's title and why. */
    private int cameBack;

    private String cameBackTitle;
    private boolean putBack;
    /** The next row id for a new row, and the first this refresh gave. */
    private long nextId;

    private long firstNew;
    /** Rows whose title, summary, tags or note changed: indexed for search again at the end. */
    private final Set<Long> toReindex = new LinkedHashSet<>();

    private int pending;
    private RowIndex rows;
    private DeferredIndexes deferred;
    private DeferredIndexLog deferredLog;

    SyncRows(Connection connection, SyncStates states, Statements sql) {
        this.connection = connection;
        this.states = states;
        this.sql = sql;
    }

    /** Rows added, changed or removed so far. */
    int changedRows() {
        return changedRows;
    }

    /** What the user is told of by name. */
    SyncNews news() {
        return new SyncNews(mergedNotes, mergedNoteTitle, cameBack, cameBackTitle, putBack, null, mergedNoteId);
    }

    /**
     * Shows these ids, and every id that shares a group with them now or shared one before this
     * transaction, or claimed the same slug, as rows. Their states must be saved ({@link SyncStates#flush()}).
     */
    void refresh(Collection<String> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        // Those that claimed the same slug too: which of them keeps it may have changed.
        Set<String> affected = new LinkedHashSet<>(changed);
        affected.addAll(states.sameSlugs(changed));
        Map<String, SyncStates.Summary> summaries = states.summaries(affected);
        Set<String> keys = new LinkedHashSet<>();
        for (String id : affected) {
            String before = states.keyBefore(id);
            if (before != null) {
                keys.add(before);
            }
            SyncStates.Summary summary = summaries.get(id);
            if (summary != null && summary.live() && summary.linkKey() != null) {
                keys.add(summary.linkKey());
            }
        }
        Map<String, List<String>> byKey = states.liveWithKeys(keys);
        Set<String> grouped = new HashSet<>();
        List<List<String>> groups = new ArrayList<>();
        for (String key : keys) {
            List<String> members = byKey.getOrDefault(key, List.of());
            if (!members.isEmpty() && members.stream().noneMatch(grouped::contains)) {
                groups.add(members);
                grouped.addAll(members);
            }
        }
        List<String> gone = new ArrayList<>();
        for (String id : affected) {
            if (grouped.add(id)) {
                SyncStates.Summary summary = summaries.get(id);
                if (summary != null && summary.live()) {
                    groups.add(List.of(id));
                } else {
                    gone.add(id);
                }
            }
        }
        boolean own = rows == null;
        if (own) {
            rows = new RowIndex(grouped.size());
        } else {
            flushInserts(); // rows shown at once during a merge may be refreshed now: they must be in the table
            restoreLog();
        }
        for (String id : gone) {
            Long rowId = rows.ofSyncId(id);
            if (rowId != null) {
                deleteRow(rowId);
            }
        }
        // firstNew stays: rows a merge showed at once before this refresh are indexed at its end too.
        for (int from = 0; from < groups.size(); from += CHUNK) {
            List<List<String>> part = groups.subList(from, Math.min(groups.size(), from + CHUNK));
            show(part);
        }
        if (own) {
            end();
        }
    }

    /**
     * Starts a large merge of about {@code expected} articles: until {@link #end()}, new articles
     * may be shown as they are merged ({@link #showNew}), and refreshes share one view of the rows.
     */
    void begin(int expected) throws SQLException {
        rows = new RowIndex(expected);
        if (rows.preloaded && expected >= DEFER_INDEXES_AFTER && expected > rows.count()) {
            deferred = DeferredIndexes.drop(connection);
            states.deferIndexes();
            deferredLog = DeferredIndexLog.drop(connection);
        }
    }

    /**
     * True between {@link #begin} and {@link #end} of a large merge into a smaller library, whose
     * tables it fills in bulk: sync_state then holds mostly this merge's states.
     */
    boolean fillingInBulk() {
        return deferred != null;
    }

    /** Sends the rows still in the batch, builds any dropped indexes, and indexes new rows for search. */
    void end() throws SQLException {
        finishInserts();
        rows = null;
    }

    /**
     * Shows an article this library had no state of until this merge, right away, when it is alone:
     * its slug free and, as far as is known yet, its link no other's. Returns false when it needs a
     * full {@link #refresh}; the caller refreshes those whose link or slug turn out to be shared.
     */
    boolean showNew(ArticleState state, PreparedState prepared) throws SQLException {
        if (SyncStates.isCatalog(state.id()) || rows.ofSyncId(state.id()) != null) {
            return false;
        }
        if (!state.added() || state.deleted()) {
            return true; // nothing to show, and no row to remove
        }
        PreparedState alone = prepared != null && prepared.isFor(state) ? prepared : PreparedState.of(state);
        if (rows.ofSlug(alone.slug()) != null) {
            return false;
        }
        insert(alone.view(), state.linkKey());
        return true;
    }

    /** Shows a few hundred groups: their states and rows read together, then each shown. */
    private void show(List<List<String>> groups) throws SQLException {
        List<String> ids = new ArrayList<>();
        groups.forEach(ids::addAll);
        states.load(ids);
        rows.prefetch(ids);
        List<ArticleGroup> loaded = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        for (List<String> members : groups) {
            List<ArticleState> memberStates = new ArrayList<>();
            for (String id : members) {
                memberStates.add(states.get(id));
            }
            ArticleGroup group = new ArticleGroup(memberStates);
            loaded.add(group);
            claimed.add(claimedSlug(group));
        }
        Map<String, String> owners = states.slugOwners(claimed);
        for (ArticleGroup group : loaded) {
            show(group, owners);
        }
        states.forget();
    }

    private void show(ArticleGroup group, Map<String, String> owners) throws SQLException {
        String survivor = group.survivor();
        Long keep = null;
        for (ArticleState member : group.members()) {
            Long rowId = rows.ofSyncId(member.id());
            if (rowId == null) {
                continue;
            }
            if (keep == null) {
                keep = rowId; // the survivor's own row comes first: members are sorted, and it is the lowest
            } else {
                deleteRow(rowId);
            }
        }
        if (SyncStates.isCatalog(survivor)) {
            if (keep != null) {
                Row row = row(keep);
                relabel(row, survivor);
                if (writeUserState(row, group.view(row.slug()))) {
                    changedRows++;
                }
            }
            return; // a catalog article this device's catalogs do not have waits until they do
        }
        String claimed = claimedSlug(group);
        String owner = owners.get(claimed);
        ArticleView view = group.view(owner == null || owner.equals(survivor) ? claimed : suffixed(claimed, survivor));
        if (keep == null) {
            tellIfBack(group, view);
            insert(view, UrlKey.of(view.url()));
        } else {
            Row row = row(keep);
            relabel(row, survivor);
            update(row, view);
        }
    }

    /**
     * A row for an article deleted here, before this merge: another device edited its note before it saw the delete,
     * or put it back. Shown without a word, it was "1 article changed here" to the device that deleted it (the
     * forty-ninth walk).
     */
    private void tellIfBack(ArticleGroup group, ArticleView view) {
        for (ArticleState member : group.members()) {
            // Deleted, not merely waiting for its add: another device's note edit can arrive before the add does.
            if (states.deadBefore(member.id()) && member.everDeleted() && member.added() && !member.deleted()) {
                if (cameBack++ == 0) {
                    cameBackTitle = view.title();
                    putBack = member.deletesTakenBack();
                }
                return;
            }
        }
    }

    /**
     * The slug a group's survivor claimed when it was added. The group shows it if no lower id
     * claimed it too, else it and the start of the id: a pure function of the states, as slugs are
     * the ids users type and exports carry.
     */
    static String claimedSlug(ArticleGroup group) {
        ArticleState survivor = group.members().getFirst();
        if (SyncStates.isCatalog(survivor.id())) {
            return survivor.id().substring(SyncStates.CATALOG_PREFIX.length());
        }
        String claimed = survivor.text("slug");
        return claimed == null || claimed.isBlank() ? Slugs.fromTitle(survivor.text("title")) : claimed;
    }

    /** "raft" and "r3fa9c0…" make "raft-3fa9c0". */
    private static String suffixed(String slug, String syncId) {
        String tail = SyncStates.isCatalog(syncId) ? syncId.replaceAll("[^0-9a-z]", "") : syncId.substring(1);
        return slug + "-" + tail.substring(0, Math.min(6, tail.length()));
    }

    private void relabel(Row row, String survivor) throws SQLException {
        if (!survivor.equals(row.syncId())) {
            PreparedStatement update = sql.get(RELABEL);
            update.setString(1, survivor);
            update.setLong(2, row.id());
            update.executeUpdate();
            rows.relabeled(row.id(), row.syncId(), survivor);
        }
    }

    /** Adds a row to the batch; its tags and note follow it, and it is indexed for search at the end. */
    private void insert(ArticleView view, String linkKey) throws SQLException {
        if (nextId == 0) {
            nextId = ArticleStore.maxRowId(connection) + 1;
        }
        if (firstNew == 0) {
            firstNew = nextId;
        }
        long id = nextId++;
        String slug = freeSlug(view.slug(), id);
        String url = view.url() == null ? "" : view.url();
        PreparedStatement insert = sql.get(INSERT);
        insert.setLong(1, id);
        insert.setString(2, slug);
        insert.setString(3, title(view));
        insert.setString(4, view.summary() == null ? "" : view.summary());
        insert.setString(5, url);
        insert.setString(6, linkKey);
        insert.setString(7, view.published() == null ? null : view.published().toString());
        if (view.readingMinutes() == null) {
            insert.setNull(8, Types.INTEGER);
        } else {
            insert.setInt(8, view.readingMinutes());
        }
        insert.setString(9, view.source() == null ? "Sync" : view.source());
        insert.setString(10, Timestamps.format(view.addedAt() == null ? Instant.EPOCH : view.addedAt()));
        insert.setString(11, Timestamps.format(view.readAt()));
        insert.setInt(12, view.favourite() ? 1 : 0);
        insert.setString(13, view.syncId());
        insert.addBatch();
        rows.inserted(id, view.syncId(), slug);
        int position = 0;
        Set<String> keys = new HashSet<>();
        for (String tag : view.userTags()) {
            String key = TextFolding.tagKey(tag);
            if (!key.isEmpty() && keys.add(key)) {
                PreparedStatement insertTag = sql.get(INSERT_TAG);
                insertTag.setLong(1, id);
                insertTag.setString(2, key);
                insertTag.setString(3, tag.strip());
                insertTag.setInt(4, position++);
                insertTag.addBatch();
            }
        }
        if (view.note() != null) {
            PreparedStatement note = sql.get(INSERT_NOTE);
            note.setLong(1, id);
            note.setString(2, view.note());
            note.setString(3, Timestamps.format(view.noteUpdatedAt()));
            note.addBatch();
        }
        changedRows++;
        if (++pending >= BATCH) {
            flushInserts();
        }
    }

    /** Sends the batched rows, then their tags and notes. */
    private void flushInserts() throws SQLException {
        if (pending > 0) {
            sql.get(INSERT).executeBatch();
            sql.get(INSERT_TAG).executeBatch();
            sql.get(INSERT_NOTE).executeBatch();
            pending = 0;
        }
    }

    /** Sends what is left, builds any dropped indexes again, and indexes the new rows for search. */
    private void finishInserts() throws SQLException {
        flushInserts();
        restoreLog();
        states.indexed();
        if (deferred != null) {
            deferred.rebuild(connection);
            deferred = null;
        }
        if (firstNew != 0) {
            try (PreparedStatement index = connection.prepareStatement(FtsIndex.INSERT_FROM + " WHERE a.id >= ?")) {
                index.setLong(1, firstNew);
                index.executeUpdate();
            }
            firstNew = 0;
        }
        reindexChanged();
    }

    /**
     * Logs the rows shown at once for the window's index, and makes the change log's triggers again:
     * before anything but those inserts writes (a refresh), or at the end.
     */
    private void restoreLog() throws SQLException {
        if (deferredLog != null) {
            deferredLog.restore(connection, firstNew == 0 ? Long.MAX_VALUE : firstNew);
            deferredLog.close();
            deferredLog = null;
        }
    }

    private void update(Row row, ArticleView view) throws SQLException {
        boolean facts = false;
        Map<String, Object> changes = new LinkedHashMap<>();
        String slug = view.slug();
        if (!slug.equals(row.slug())) {
            changes.put("slug", freeSlug(slug, row.id()));
        }
        String title = title(view);
        if (!title.equals(row.title())) {
            changes.put("title", title);
            facts = true;
        }
        String summary = view.summary() == null ? "" : view.summary();
        if (!summary.equals(row.summary())) {
            changes.put("summary", summary);
            facts = true;
        }
        String url = view.url() == null ? "" : view.url();
        if (!url.equals(row.url())) {
            changes.put("url", url);
            changes.put("url_key", UrlKey.of(url));
        }
        String published = view.published() == null ? null : view.published().toString();
        if (!Objects.equals(published, row.published())) {
            changes.put("published", published);
        }
        if (!Objects.equals(view.readingMinutes(), row.readingMinutes())) {
            changes.put("reading_minutes", view.readingMinutes());
        }
        String source = view.source() == null ? "Sync" : view.source();
        if (!source.equals(row.source())) {
            changes.put("source", source);
        }
        String addedAt = Timestamps.format(view.addedAt() == null ? Instant.EPOCH : view.addedAt());
        if (!addedAt.equals(row.addedAt())) {
            changes.put("added_at", addedAt);
        }
        boolean changed = set(row.id(), changes);
        if (changes.containsKey("slug")) {
            rows.renamed(row.id(), row.slug(), slug);
        }
        // Counted once, however many of its parts changed: "received 1 change; 2 articles changed here" (the
        // fifty-fourth walk) counted one row's read time twice.
        if (writeUserState(row, view) || changed) {
            changedRows++;
        }
        if (facts) {
            reindex(row.id());
        }
    }

    /** The user's state: read time, star, note and own tags. Returns true if anything changed; the caller counts it. */
    private boolean writeUserState(Row row, ArticleView view) throws SQLException {
        Map<String, Object> changes = new LinkedHashMap<>();
        String readAt = Timestamps.format(view.readAt());
        if (!Objects.equals(readAt, row.readAt())) {
            changes.put("read_at", readAt);
        }
        if (view.favourite() != row.favourite()) {
            changes.put("favourite", view.favourite() ? 1 : 0);
        }
        boolean changed = set(row.id(), changes);
        boolean searchable = false;
        List<String> tags = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String tag : view.userTags()) {
            String key = TextFolding.tagKey(tag);
            if (!row.catalogTagKeys().contains(key) && keys.add(key)) {
                tags.add(tag);
            }
        }
        if (!tags.equals(row.userTags())) {
            sql.get(DELETE_USER_TAGS).setLong(1, row.id());
            sql.get(DELETE_USER_TAGS).executeUpdate();
            writeTags(row.id(), tags, row.catalogTagKeys(), row.nextPosition());
            searchable = true;
        }
        String updatedAt = Timestamps.format(view.noteUpdatedAt());
        if (!Objects.equals(view.note(), row.note())
                || (view.note() != null && !Objects.equals(updatedAt, row.noteUpdatedAt()))) {
            if (view.note() == null) {
                sql.get(DELETE_NOTE).setLong(1, row.id());
                sql.get(DELETE_NOTE).executeUpdate();
            } else {
                writeNote(row.id(), view);
            }
            searchable |= !Objects.equals(view.note(), row.note());
            if (view.keptNotes() > 0 && !Objects.equals(view.note(), row.note())) {
                mergedNotes++;
                if (mergedNoteTitle == null) {
                    mergedNoteTitle =
                            row.title() != null ? row.title() : view.title(); // a catalog article's is the row's
                    mergedNoteId = row.slug();
                }
            }
            changed = true;
        }
        if (searchable) {
            reindex(row.id());
        }
        return changed || searchable;
    }

    private boolean set(long rowId, Map<String, Object> changes) throws SQLException {
        if (changes.isEmpty()) {
            return false;
        }
        String assignments = String.join(
                ", ", changes.keySet().stream().map(column -> column + " = ?").toList());
        PreparedStatement update = sql.get("UPDATE article SET " + assignments + " WHERE id = ?");
        int i = 1;
        for (Object value : changes.values()) {
            update.setObject(i++, value);
        }
        update.setLong(i, rowId);
        update.executeUpdate();
        return true;
    }

    private void writeTags(long rowId, List<String> tags, Set<String> catalogKeys, int firstPosition)
            throws SQLException {
        int position = firstPosition;
        for (String tag : tags) {
            String key = TextFolding.tagKey(tag);
            if (key.isEmpty() || catalogKeys.contains(key)) {
                continue;
            }
            PreparedStatement insert = sql.get(ADD_USER_TAG);
            insert.setLong(1, rowId);
            insert.setString(2, key);
            insert.setString(3, tag.strip());
            insert.setInt(4, position++);
            insert.executeUpdate();
        }
    }

    private void writeNote(long rowId, ArticleView view) throws SQLException {
        sql.get(UPSERT_NOTE).setLong(1, rowId);
        sql.get(UPSERT_NOTE).setString(2, view.note());
        sql.get(UPSERT_NOTE).setString(3, Timestamps.format(view.noteUpdatedAt()));
        sql.get(UPSERT_NOTE).executeUpdate();
    }

    /**
     * Makes {@code slug} free for row {@code rowId}: a row that holds it and is not owed it moves to
     * its own slug (one no sync shared, to the next free "-N"). Returns the slug.
     */
    private String freeSlug(String slug, long rowId) throws SQLException {
        RowIndex.Holder holder = rows.ofSlug(slug);
        if (holder == null || holder.rowId() == rowId) {
            return slug;
        }
        String moved = holder.syncId() == null ? null : suffixed(slug, holder.syncId());
        if (moved == null || moved.equals(slug) || rows.ofSlug(moved) != null) {
            moved = slug;
            for (int n = 2; rows.ofSlug(moved) != null; n++) {
                moved = slug + "-" + n;
            }
        }
        flushInserts(); // the holder may be a row still in the batch
        PreparedStatement rename = sql.get(RENAME);
        rename.setString(1, moved);
        rename.setLong(2, holder.rowId());
        rename.executeUpdate();
        rows.renamed(holder.rowId(), slug, moved);
        return slug;
    }

    /** Puts a row's search entry in step with it at the end, with every other row changed: a few statements in all. */
    private void reindex(long rowId) {
        if (firstNew != 0 && rowId >= firstNew) {
            return; // a row new in this refresh: indexed, as it is then, at the end
        }
        toReindex.add(rowId);
    }

    private void reindexChanged() throws SQLException {
        List<Long> ids = new ArrayList<>(toReindex);
        toReindex.clear();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
            String marks = String.join(",", Collections.nCopies(part.size(), "?"));
            PreparedStatement delete = sql.get("DELETE FROM article_fts WHERE rowid IN (" + marks + ")");
            PreparedStatement insert = sql.get(FtsIndex.INSERT_FROM + " WHERE a.id IN (" + marks + ")");
            for (int i = 0; i < part.size(); i++) {
                delete.setLong(i + 1, part.get(i));
                insert.setLong(i + 1, part.get(i));
            }
            delete.executeUpdate();
            insert.executeUpdate();
        }
    }

    private void deleteRow(long rowId) throws SQLException {
        toReindex.remove(rowId);
        PreparedStatement fts = sql.get(DELETE_FTS);
        fts.setLong(1, rowId);
        fts.executeUpdate();
        PreparedStatement delete = sql.get(DELETE_ROW);
        delete.setLong(1, rowId);
        delete.executeUpdate();
        rows.deleted(rowId);
        changedRows++;
    }

    private static String title(ArticleView view) {
        if (view.title() != null && !view.title().isBlank()) {
            return view.title();
        }
        return view.url() != null && !view.url().isBlank() ? view.url() : "Untitled";
    }

    /**
     * The rows' sync ids and slugs as this refresh sees them, rows still in the batch included: all
     * of them read at once in a small library (or for a large refresh of one), else asked a few
     * hundred at a time and remembered.
     */
    private final class RowIndex {
        final boolean preloaded;
        private final Map<String, Long> bySyncId;
        private final Map<String, Holder> bySlug;
        private final Map<Long, String[]> byRow;
        /** What was looked up already; not kept when every row was read at the start. */
        private final Set<String> askedSyncIds = new HashSet<>();

        private final Set<String> askedSlugs = new HashSet<>();
        private int count;

        record Holder(long rowId, String syncId) {}

        RowIndex(int refreshing) throws SQLException {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM article");
                    ResultSet rs = select.executeQuery()) {
                count = rs.getInt(1);
            }
            // A large refresh of a library no larger than it, say a new device's first: one read beats many.
            preloaded = refreshing >= CHUNK && count <= Math.max(PRELOAD_ROWS, refreshing);
            int rows = preloaded ? Math.min(count + refreshing, 1 << 20) : 0;
            bySyncId = HashMap.newHashMap(rows);
            bySlug = HashMap.newHashMap(rows);
            byRow = HashMap.newHashMap(rows);
            if (preloaded) {
                try (PreparedStatement select = connection.prepareStatement("SELECT id, sync_id, slug FROM article");
                        ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        put(rs.getLong(1), rs.getString(2), rs.getString(3));
                    }
                }
            }
        }

        int count() {
            return count;
        }

        /** Reads the rows of these sync ids, and of the slugs they claim, in a few queries. */
        void prefetch(Collection<String> syncIds) throws SQLException {
            if (preloaded) {
                return;
            }
            List<String> asking = syncIds.stream().filter(askedSyncIds::add).toList();
            states.inChunks(asking, "SELECT id, sync_id, slug FROM article WHERE sync_id IN (%s)", rs -> {
                put(rs.getLong(1), rs.getString(2), rs.getString(3));
            });
        }

        Long ofSyncId(String syncId) throws SQLException {
            if (!preloaded && askedSyncIds.add(syncId)) {
                PreparedStatement select = sql.get(BY_SYNC_ID);
                select.setString(1, syncId);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next() && !byRow.containsKey(rs.getLong(1))) {
                        put(rs.getLong(1), syncId, rs.getString(2));
                    }
                }
            }
            return bySyncId.get(syncId);
        }

        Holder ofSlug(String slug) throws SQLException {
            if (!preloaded && askedSlugs.add(slug) && !bySlug.containsKey(slug)) {
                PreparedStatement select = sql.get(BY_SLUG);
                select.setString(1, slug);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next() && !byRow.containsKey(rs.getLong(1))) {
                        put(rs.getLong(1), rs.getString(2), slug);
                    }
                }
            }
            return bySlug.get(slug);
        }

        private void put(long rowId, String syncId, String slug) {
            byRow.put(rowId, new String[] {syncId, slug});
            if (syncId != null) {
                bySyncId.put(syncId, rowId);
                if (!preloaded) {
                    askedSyncIds.add(syncId);
                }
            }
            bySlug.put(slug, new Holder(rowId, syncId));
            if (!preloaded) {
                askedSlugs.add(slug);
            }
        }

        void inserted(long rowId, String syncId, String slug) {
            put(rowId, syncId, slug);
            count++;
        }

        void deleted(long rowId) {
            String[] known = byRow.remove(rowId);
            if (known != null) {
                if (known[0] != null) {
                    bySyncId.remove(known[0]);
                }
                bySlug.remove(known[1]);
            }
            count--;
        }

        void relabeled(long rowId, String from, String to) {
            if (from != null) {
                bySyncId.remove(from);
            }
            String[] known = byRow.get(rowId);
            put(rowId, to, known == null ? null : known[1]);
        }

        void renamed(long rowId, String from, String to) {
            String[] known = byRow.get(rowId);
            bySlug.remove(from);
            put(rowId, known == null ? null : known[0], to);
        }
    }

    /** A row as stored, to compare with its view. */
    private record Row(
            long id,
            String syncId,
            String slug,
            String title,
            String summary,
            String url,
            String published,
            Integer readingMinutes,
            String source,
            String addedAt,
            String readAt,
            boolean favourite,
            String note,
            String noteUpdatedAt,
            List<String> userTags,
            Set<String> catalogTagKeys,
            int nextPosition) {}

    private Row row(long rowId) throws SQLException {
        sql.get(ROW_FACTS).setLong(1, rowId);
        try (ResultSet facts = sql.get(ROW_FACTS).executeQuery()) {
            facts.next();
            String note = null;
            String noteUpdatedAt = null;
            sql.get(ROW_NOTE).setLong(1, rowId);
            try (ResultSet rs = sql.get(ROW_NOTE).executeQuery()) {
                if (rs.next()) {
                    note = rs.getString(1);
                    noteUpdatedAt = rs.getString(2);
                }
            }
            List<String> userTags = new ArrayList<>();
            Set<String> catalogKeys = new HashSet<>();
            int nextPosition = 0;
            sql.get(ROW_TAGS).setLong(1, rowId);
            try (ResultSet rs = sql.get(ROW_TAGS).executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("catalog")) {
                        catalogKeys.add(rs.getString(2));
                    } else {
                        userTags.add(rs.getString(3));
                    }
                    nextPosition = Math.max(nextPosition, rs.getInt(4) + 1);
                }
            }
            int minutes = facts.getInt(6);
            Integer readingMinutes = facts.wasNull() ? null : minutes;
            return new Row(
                    rowId,
                    facts.getString(11),
                    facts.getString(1),
                    facts.getString(2),
                    facts.getString(3),
                    facts.getString(4),
                    facts.getString(5),
                    readingMinutes,
                    facts.getString(7),
                    facts.getString(8),
                    facts.getString(9),
                    facts.getInt(10) == 1,
                    note,
                    noteUpdatedAt,
                    userTags,
                    catalogKeys,
                    nextPosition);
        }
    }
}
