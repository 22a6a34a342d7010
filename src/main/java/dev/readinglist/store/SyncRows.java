package dev.readinglist.store;

import dev.readinglist.model.Slugs;
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
 */
final class SyncRows {

    private static final String ROWS_OF_IDS = "SELECT id FROM article WHERE sync_id = ?";
    private static final String ROW_NOTE = "SELECT body, updated_at FROM note WHERE article_id = ?";
    private static final String BY_SLUG = "SELECT id, sync_id FROM article WHERE slug = ?";
    private static final String INSERT_TAG =
            "INSERT OR IGNORE INTO article_tag (article_id, kind, tag_key, tag, position) VALUES (?, 'user', ?, ?, ?)";
    private static final String DELETE_NOTE = "DELETE FROM note WHERE article_id = ?";
    private static final String ROW_FACTS = """
            SELECT slug, title, summary, url, published, reading_minutes, source, added_at, read_at, favourite, sync_id
            FROM article WHERE id = ?""";
    private static final String ROW_TAGS =
            "SELECT kind, tag_key, tag, position FROM article_tag WHERE article_id = ? ORDER BY kind, position";
    private static final String INSERT = """
            INSERT INTO article (id, slug, title, summary, url, url_key, published, reading_minutes, source, added_at,
                                 read_at, favourite, sync_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPSERT_NOTE = """
            INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""";
    private static final String DELETE_USER_TAGS = "DELETE FROM article_tag WHERE article_id = ? AND kind = 'user'";
    private static final String DELETE_ROW = "DELETE FROM article WHERE id = ?";
    private static final String DELETE_FTS = FtsIndex.DELETE;
    private static final String FTS_INSERT = FtsIndex.INSERT;

    private final Connection connection;
    private final SyncStates states;
    private final Statements sql;
    private long nextId;
    private int changedRows;

    SyncRows(Connection connection, SyncStates states, Statements sql) {
        this.connection = connection;
        this.states = states;
        this.sql = sql;
    }

    /** Rows added, changed or removed so far. */
    int changedRows() {
        return changedRows;
    }

    /**
     * Shows these ids, and every id that shares a group with them now or shared one before this
     * transaction, as rows. Their states must be saved ({@link SyncStates#flush()}).
     */
    void refresh(Collection<String> changed) throws SQLException {
        // The articles that claim the same slug too: which of them keeps it may have changed.
        Set<String> affected = new LinkedHashSet<>(changed);
        for (String id : changed) {
            affected.addAll(states.sameSlug(id));
        }
        Set<String> keys = new LinkedHashSet<>();
        Map<String, SyncStates.Summary> summaries = new HashMap<>();
        for (String id : affected) {
            String before = states.keyBefore(id);
            if (before != null) {
                keys.add(before);
            }
            SyncStates.Summary summary = states.summary(id);
            summaries.put(id, summary);
            if (summary != null && summary.live() && summary.linkKey() != null) {
                keys.add(summary.linkKey());
            }
        }
        Set<String> grouped = new HashSet<>();
        List<List<String>> groups = new ArrayList<>();
        for (String key : keys) {
            List<String> members = states.liveWithKey(key);
            if (!members.isEmpty() && Collections.disjoint(members, grouped)) {
                groups.add(members);
                grouped.addAll(members);
            }
        }
        for (String id : affected) {
            if (grouped.contains(id)) {
                continue;
            }
            SyncStates.Summary summary = summaries.get(id);
            if (summary != null && summary.live()) {
                groups.add(List.of(id));
                grouped.add(id);
            } else {
                for (long rowId : rowsOf(List.of(id))) {
                    deleteRow(rowId);
                }
            }
        }
        for (List<String> group : groups) {
            show(group);
        }
    }

    private void show(List<String> ids) throws SQLException {
        List<ArticleState> members = new ArrayList<>();
        for (String id : ids) {
            members.add(states.get(id));
        }
        ArticleGroup group = new ArticleGroup(members);
        String survivor = group.survivor();
        Long keep = null;
        for (String id : group.members().stream().map(ArticleState::id).toList()) {
            for (long rowId : rowsOf(List.of(id))) {
                if (keep == null) {
                    keep = rowId; // the survivor's own row comes first: members are sorted, and it is the lowest
                } else {
                    deleteRow(rowId);
                }
            }
        }
        if (SyncStates.isCatalog(survivor)) {
            if (keep != null) {
                Row row = row(keep);
                relabel(row, survivor);
                writeUserState(row, group.view(row.slug()));
            }
            return; // a catalog article this device's catalogs do not have waits until they do
        }
        ArticleView view = group.view(slugFor(group));
        if (keep == null) {
            insert(view);
        } else {
            Row row = row(keep);
            relabel(row, survivor);
            update(row, view);
        }
    }

    /**
     * The slug of a group: the one its survivor's add claimed, if no lower id claimed it too;
     * else that slug and the start of the id. A pure function of the states, as slugs are the ids
     * users type and exports carry.
     */
    private String slugFor(ArticleGroup group) throws SQLException {
        String survivor = group.survivor();
        String claimed = group.members().getFirst().text("slug");
        if (claimed == null || claimed.isBlank()) {
            claimed = Slugs.fromTitle(group.members().getFirst().text("title"));
        }
        String owner = states.slugOwner(claimed);
        return owner == null || owner.equals(survivor) ? claimed : suffixed(claimed, survivor);
    }

    /** "raft" and "r3fa9c0…" make "raft-3fa9c0". */
    private static String suffixed(String slug, String syncId) {
        String tail = SyncStates.isCatalog(syncId) ? syncId.replaceAll("[^0-9a-z]", "") : syncId.substring(1);
        return slug + "-" + tail.substring(0, Math.min(6, tail.length()));
    }

    private List<Long> rowsOf(List<String> ids) throws SQLException {
        List<Long> rows = new ArrayList<>();
        for (String id : ids) {
            sql.get(ROWS_OF_IDS).setString(1, id);
            try (ResultSet rs = sql.get(ROWS_OF_IDS).executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getLong(1));
                }
            }
        }
        return rows;
    }

    private void relabel(Row row, String survivor) throws SQLException {
        if (!survivor.equals(row.syncId())) {
            try (PreparedStatement update =
                    connection.prepareStatement("UPDATE article SET sync_id = ? WHERE id = ?")) {
                update.setString(1, survivor);
                update.setLong(2, row.id());
                update.executeUpdate();
            }
        }
    }

    private void insert(ArticleView view) throws SQLException {
        if (nextId == 0) {
            nextId = ArticleStore.maxRowId(connection) + 1;
        }
        long id = nextId++;
        String slug = freeSlug(view.slug(), id);
        String url = view.url() == null ? "" : view.url();
        sql.get(INSERT).setLong(1, id);
        sql.get(INSERT).setString(2, slug);
        sql.get(INSERT).setString(3, title(view));
        sql.get(INSERT).setString(4, view.summary() == null ? "" : view.summary());
        sql.get(INSERT).setString(5, url);
        sql.get(INSERT).setString(6, UrlKey.of(url));
        sql.get(INSERT)
                .setString(7, view.published() == null ? null : view.published().toString());
        if (view.readingMinutes() == null) {
            sql.get(INSERT).setNull(8, Types.INTEGER);
        } else {
            sql.get(INSERT).setInt(8, view.readingMinutes());
        }
        sql.get(INSERT).setString(9, view.source() == null ? "Sync" : view.source());
        sql.get(INSERT).setString(10, Timestamps.format(view.addedAt() == null ? Instant.EPOCH : view.addedAt()));
        sql.get(INSERT).setString(11, Timestamps.format(view.readAt()));
        sql.get(INSERT).setInt(12, view.favourite() ? 1 : 0);
        sql.get(INSERT).setString(13, view.syncId());
        sql.get(INSERT).executeUpdate();
        writeTags(id, view.userTags(), Set.of(), 0);
        if (view.note() != null) {
            writeNote(id, view);
        }
        sql.get(FTS_INSERT).setLong(1, id);
        sql.get(FTS_INSERT).executeUpdate();
        changedRows++;
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
        set(row.id(), changes);
        writeUserState(row, view);
        if (facts) {
            FtsIndex.reindex(connection, row.id());
        }
    }

    /** The user's state: read time, star, note and own tags. Returns true if anything changed. */
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
            changed = true;
        }
        if (searchable) {
            FtsIndex.reindex(connection, row.id());
        }
        if (changed || searchable) {
            changedRows++;
        }
        return changed || searchable;
    }

    private boolean set(long rowId, Map<String, Object> changes) throws SQLException {
        if (changes.isEmpty()) {
            return false;
        }
        String assignments = String.join(
                ", ", changes.keySet().stream().map(column -> column + " = ?").toList());
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE article SET " + assignments + " WHERE id = ?")) {
            int i = 1;
            for (Object value : changes.values()) {
                update.setObject(i++, value);
            }
            update.setLong(i, rowId);
            update.executeUpdate();
        }
        changedRows++;
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
            sql.get(INSERT_TAG).setLong(1, rowId);
            sql.get(INSERT_TAG).setString(2, key);
            sql.get(INSERT_TAG).setString(3, tag.strip());
            sql.get(INSERT_TAG).setInt(4, position++);
            sql.get(INSERT_TAG).executeUpdate();
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
     * its own slug (an unshared row, to the next free "-N"). Returns the slug.
     */
    private String freeSlug(String slug, long rowId) throws SQLException {
        sql.get(BY_SLUG).setString(1, slug);
        Long holder = null;
        String holderSyncId = null;
        try (ResultSet rs = sql.get(BY_SLUG).executeQuery()) {
            if (rs.next()) {
                holder = rs.getLong(1);
                holderSyncId = rs.getString(2);
            }
        }
        if (holder == null || holder == rowId) {
            return slug;
        }
        String moved = holderSyncId == null ? null : suffixed(slug, holderSyncId);
        if (moved == null || moved.equals(slug) || taken(moved)) {
            moved = slug;
            for (int n = 2; taken(moved); n++) {
                moved = slug + "-" + n;
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE article SET slug = ? WHERE id = ?")) {
            update.setString(1, moved);
            update.setLong(2, holder);
            update.executeUpdate();
        }
        return slug;
    }

    private boolean taken(String slug) throws SQLException {
        sql.get(BY_SLUG).setString(1, slug);
        try (ResultSet rs = sql.get(BY_SLUG).executeQuery()) {
            return rs.next();
        }
    }

    private void deleteRow(long rowId) throws SQLException {
        sql.get(DELETE_FTS).setLong(1, rowId);
        sql.get(DELETE_FTS).executeUpdate();
        sql.get(DELETE_ROW).setLong(1, rowId);
        sql.get(DELETE_ROW).executeUpdate();
        changedRows++;
    }

    private static String title(ArticleView view) {
        if (view.title() != null && !view.title().isBlank()) {
            return view.title();
        }
        return view.url() != null && !view.url().isBlank() ? view.url() : "Untitled";
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
