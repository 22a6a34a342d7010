package dev.readinglist.store;

import dev.readinglist.sync.ArticleGroup;
import dev.readinglist.sync.ArticleState;
import dev.readinglist.sync.HybridClock;
import dev.readinglist.sync.Op;
import dev.readinglist.sync.Ops;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One transaction's work on the sync tables: operations this device makes (stamped, merged into
 * their article's state and queued in the outbox), operations and states other devices made
 * (merged), the rows shown again, and the hybrid clock kept in library_meta.
 */
final class SyncSession implements AutoCloseable {

    private static final String CLOCK_KEY = "sync_clock";
    private static final String OUTBOX = "INSERT INTO sync_outbox (op) VALUES (?)";
    private static final String SYNC_ID_OF_ROW = "SELECT sync_id FROM article WHERE id = ?";
    /** A first share may be of 100k rows: states are saved and let go a few thousand at a time. */
    private static final int SHARE_BATCH = 2_000;

    final SyncStates states;
    final SyncRows rows;
    private final Connection connection;
    private final SyncLog log;
    private final Statements sql;
    private final long clockAtStart;
    private long clock;
    private int recorded;

    SyncSession(Connection connection, SyncLog log) throws SQLException {
        this.connection = connection;
        this.log = log;
        sql = new Statements(connection);
        states = new SyncStates(connection, sql);
        rows = new SyncRows(connection, states, sql);
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT value FROM library_meta WHERE key = '" + CLOCK_KEY + "'");
                ResultSet rs = select.executeQuery()) {
            clockAtStart = rs.next() ? Long.parseLong(rs.getString(1)) : 0;
        }
        clock = clockAtStart;
    }

    /** The stamp of a new operation of this device on {@code article}. */
    Ops.Head head(String article) {
        clock = HybridClock.next(clock, log.wallMillis());
        return new Ops.Head(log.newOpId(), clock, log.device().id(), article);
    }

    /** Merges an operation of this device and queues it for the next segment file. */
    void record(Op op) throws SQLException {
        merge(op);
        PreparedStatement outbox = sql.get(OUTBOX);
        outbox.setString(1, op.toLine());
        outbox.addBatch();
        recorded++;
    }

    /** Merges an operation, ours or another device's. */
    void merge(Op op) throws SQLException {
        states.get(op.article()).apply(op);
        states.changed(op.article());
        clock = Math.max(clock, op.clock());
    }

    /** Merges an article's state from a snapshot. */
    void merge(ArticleState state) throws SQLException {
        ArticleState local = states.get(state.id());
        if (local.isEmpty()) {
            states.replace(state);
        } else {
            local.join(state);
            states.changed(state.id());
        }
        clock = Math.max(clock, state.maxClock());
    }

    /** How many operations of this device this session queued. */
    int recorded() {
        return recorded;
    }

    /** Saves the states merged so far and shows their articles again. */
    void refresh(Collection<String> ids) throws SQLException {
        states.flush();
        rows.refresh(ids);
    }

    /** The sync id of a row, or null while the row has never been shared. */
    String syncIdOf(long rowId) throws SQLException {
        PreparedStatement syncIdOfRow = sql.get(SYNC_ID_OF_ROW);
        syncIdOfRow.setLong(1, rowId);
        try (ResultSet rs = syncIdOfRow.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The article {@code syncId} is shown as: its live group, or the id alone. */
    ArticleGroup group(String syncId) throws SQLException {
        states.flush();
        SyncStates.Summary summary = states.summary(syncId);
        List<String> ids = summary == null || !summary.live() || summary.linkKey() == null
                ? List.of(syncId)
                : states.liveWithKey(summary.linkKey());
        if (!ids.contains(syncId)) {
            ids = List.of(syncId);
        }
        List<ArticleState> members = new ArrayList<>();
        for (String id : ids) {
            members.add(states.get(id));
        }
        return new ArticleGroup(members);
    }

    /**
     * Gives every row that has no sync id one, and queues what the row holds as operations: an add
     * with everything for an added or imported article, the user's state for a catalog article.
     * Imports and a library's life before its first sync so cost nothing; the share is their add.
     * Returns the number of added or imported articles shared: a catalog article needs no sending,
     * only the user's state on it, as operations.
     */
    int shareUnshared() throws SQLException {
        List<String> shared = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        Set<String> catalogs = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement("""
                        SELECT a.id, a.slug, a.title, a.summary, a.url, a.published, a.reading_minutes, a.source, a.added_at,
                               a.read_at, a.favourite, n.body, n.updated_at,
                               (SELECT group_concat(t.tag, char(31) ORDER BY t.position) FROM article_tag t
                                 WHERE t.article_id = a.id AND t.kind = 'user'),
                               a.source IN (SELECT name FROM catalog_source)
                        FROM article a LEFT JOIN note n ON n.article_id = a.id
                        WHERE a.sync_id IS NULL ORDER BY a.id""");
                PreparedStatement label = connection.prepareStatement("UPDATE article SET sync_id = ? WHERE id = ?");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String slug = rs.getString(2);
                boolean catalog = rs.getInt(15) == 1;
                String id = catalog ? SyncStates.CATALOG_PREFIX + slug : log.newSyncId();
                label.setString(1, id);
                label.setLong(2, rs.getLong(1));
                label.addBatch();
                String tagList = rs.getString(14);
                List<String> tags = tagList == null ? List.of() : Arrays.asList(tagList.split("\u001f"));
                String note = rs.getString(12);
                if (catalog) {
                    shareCatalogState(id, rs.getString(10), rs.getInt(11) == 1, note, rs.getString(13), tags);
                    catalogs.add(id);
                } else {
                    int minutes = rs.getInt(7);
                    Integer readingMinutes = rs.wasNull() ? null : minutes;
                    String published = rs.getString(6);
                    record(Ops.add(
                            head(id),
                            new Ops.Added(
                                    slug,
                                    rs.getString(8),
                                    Timestamps.parseInstant(rs.getString(9)),
                                    published == null || published.isEmpty() ? null : LocalDate.parse(published),
                                    rs.getString(3),
                                    rs.getString(5),
                                    rs.getString(4),
                                    readingMinutes,
                                    Timestamps.parseInstant(rs.getString(10)),
                                    rs.getInt(11) == 1,
                                    tags,
                                    note,
                                    Timestamps.parseInstant(rs.getString(13))),
                            log.device().name()));
                }
                shared.add(id);
                slugs.put(id, slug);
                if (shared.size() % SHARE_BATCH == 0) {
                    label.executeBatch(); // a catalog state's link key is its labelled row's
                    sql.get(OUTBOX).executeBatch();
                    states.flush();
                }
            }
            label.executeBatch();
        }
        states.flush();
        if (shared.isEmpty()) {
            return 0;
        }
        int added = shared.size() - catalogs.size();
        Set<String> sharedKeys = strings(
                "SELECT link_key FROM sync_state WHERE live = 1 AND link_key IS NOT NULL GROUP BY link_key HAVING count(*) > 1");
        Set<String> contestedSlugs =
                strings("SELECT slug FROM sync_state WHERE slug IS NOT NULL GROUP BY slug HAVING count(*) > 1");
        List<String> show = new ArrayList<>(catalogs);
        for (String id : shared) {
            if (!catalogs.contains(id) && needsShowing(id, slugs.get(id), sharedKeys, contestedSlugs)) {
                show.add(id);
            }
        }
        rows.refresh(show);
        return added;
    }

    private Set<String> strings(String sql) throws SQLException {
        Set<String> strings = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(sql);
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                strings.add(rs.getString(1));
            }
        }
        return strings;
    }

    /**
     * A catalog article's row as it was before its first share is one more replica's state: each part
     * of it that differs from an untouched article becomes an operation, so nothing of it is lost to
     * what other devices did meanwhile (a note it had is concurrent with theirs, and kept).
     */
    private void shareCatalogState(
            String id, String readAt, boolean favourite, String note, String noteSavedAt, List<String> tags)
            throws SQLException {
        states.get(id);
        states.changed(id); // saved even untouched: its row is shared, and live
        if (readAt != null) {
            record(Ops.read(head(id), Timestamps.parseInstant(readAt)));
        }
        if (favourite) {
            record(Ops.favourite(head(id), true));
        }
        if (note != null) {
            record(Ops.note(
                    head(id),
                    note,
                    List.of(),
                    log.device().name(),
                    noteSavedAt == null ? null : Timestamps.parseInstant(noteSavedAt)));
        }
        for (String tag : tags) {
            record(Ops.tag(head(id), tag));
        }
    }

    /**
     * A newly shared article whose row is not yet exactly its view: it shares a link with another
     * live article, or a lower id claimed its slug. Looked up in sets: a first share may be of 100k.
     */
    private boolean needsShowing(String id, String slug, Set<String> sharedKeys, Set<String> contestedSlugs)
            throws SQLException {
        if (contestedSlugs.contains(slug) && !id.equals(states.slugOwner(slug))) {
            return true;
        }
        if (sharedKeys.isEmpty()) {
            return false;
        }
        SyncStates.Summary summary = states.summary(id);
        return summary != null && summary.linkKey() != null && sharedKeys.contains(summary.linkKey());
    }

    /**
     * Of these ids, shown at once as if alone, those that turn out not to be: another live article
     * has their link, or another id claimed their slug. {@code notLive} are those shown as not live
     * (deleted, or never added here).
     */
    Set<String> sharingLinkOrSlug(Collection<String> ids, Set<String> notLive) throws SQLException {
        if (!rows.fillingInBulk()) {
            return sharingOneByOne(ids);
        }
        // Most of the table is this merge's: one pass over its two indexes beats a lookup per state.
        states.indexed();
        Set<String> found = strings("""
                SELECT sync_id FROM sync_state WHERE live = 1 AND link_key IN (
                    SELECT link_key FROM sync_state WHERE live = 1 AND link_key IS NOT NULL
                    GROUP BY link_key HAVING count(*) > 1)
                UNION ALL
                SELECT sync_id FROM sync_state WHERE slug IN (
                    SELECT slug FROM sync_state WHERE slug IS NOT NULL GROUP BY slug HAVING count(*) > 1)""");
        // A state not live shares a link with any one live state: those few are asked one by one.
        found.addAll(sharingOneByOne(notLive));
        Set<String> sharing = new LinkedHashSet<>();
        for (String id : ids) {
            if (found.contains(id)) {
                sharing.add(id);
            }
        }
        return sharing;
    }

    private Set<String> sharingOneByOne(Collection<String> ids) throws SQLException {
        Set<String> sharing = new LinkedHashSet<>();
        states.inChunks(ids, """
                SELECT s.sync_id FROM sync_state s WHERE s.sync_id IN (%s) AND (
                    EXISTS (SELECT 1 FROM sync_state o WHERE o.link_key = s.link_key AND o.live = 1
                                                         AND o.sync_id <> s.sync_id)
                    OR EXISTS (SELECT 1 FROM sync_state o WHERE o.slug = s.slug AND o.sync_id <> s.sync_id))""", rs -> sharing.add(rs.getString(1)));
        return sharing;
    }

    /** Queues what is left and saves the states and the clock; the transaction commits after. */
    void finish() throws SQLException {
        sql.get(OUTBOX).executeBatch();
        states.flush();
        if (clock != clockAtStart) {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO library_meta (key, value) VALUES ('%s', ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value""".formatted(CLOCK_KEY))) {
                upsert.setString(1, Long.toString(clock));
                upsert.executeUpdate();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        sql.close();
    }
}
