package dev.readinglist.store;

import dev.readinglist.sync.ArticleState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merge state of each shared article (table sync_state), as one transaction reads and changes
 * it: loaded once, changed in memory, saved with what the merge looks up (its link key, whether it
 * is live, the slug it claimed). Remembers each state's link key as it was before the transaction,
 * so that the articles it leaves behind in a merged group are shown again.
 */
final class SyncStates {

    static final String CATALOG_PREFIX = "c:";
    private static final int CHUNK = 500;
    /** A merge of many operations keeps this many states in memory between saves: each is saved once, not once a batch. */
    private static final int HOLD = 10_000;

    private static final String SELECT = "SELECT state, link_key, live, slug FROM sync_state WHERE sync_id = ?";
    private static final String UPSERT = """
            INSERT INTO sync_state (sync_id, state, link_key, live, slug) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (sync_id) DO UPDATE SET state = excluded.state, link_key = excluded.link_key,
                live = excluded.live, slug = excluded.slug""";
    /** A read mark, a note or a tag leaves what the indexes hold as it was: only the state is written. */
    private static final String UPDATE_STATE = "UPDATE sync_state SET state = ? WHERE sync_id = ?";

    private static final String CATALOG_KEY = "SELECT url_key FROM article WHERE slug = ? AND sync_id = ?";
    private static final String LIVE_WITH_KEY =
            "SELECT sync_id FROM sync_state WHERE link_key = ? AND live = 1 ORDER BY sync_id";
    private static final String SLUG_OWNER = "SELECT min(sync_id) FROM sync_state WHERE slug = ?";
    private static final String SAME_SLUG = """
            SELECT other.sync_id FROM sync_state one JOIN sync_state other ON other.slug = one.slug
            WHERE one.sync_id = ? AND other.sync_id <> one.sync_id""";
    private static final String SUMMARY = "SELECT link_key, live FROM sync_state WHERE sync_id = ?";

    private final Connection connection;
    private final Map<String, ArticleState> cache = new HashMap<>();
    private final Set<String> dirty = new LinkedHashSet<>();
    private final Map<String, String> keysBefore = new HashMap<>();
    /** What the table holds now for each state held: its saves leave the indexed columns alone when these stay. */
    private final Map<String, Columns> saved = new HashMap<>();
    /** The ids that had no saved state when this transaction first looked. */
    private final Set<String> unknownBefore = new HashSet<>();
    /** The ids whose saved state was not live when this transaction first looked: deleted, or never added here. */
    private final Set<String> deadBefore = new HashSet<>();

    private final Statements sql;
    /** The link key and slug indexes, dropped while a large first merge saves states; null when in place. */
    private DeferredIndexes deferred;

    SyncStates(Connection connection, Statements sql) {
        this.connection = connection;
        this.sql = sql;
    }

    static boolean isCatalog(String syncId) {
        return syncId.startsWith(CATALOG_PREFIX);
    }

    /** The state of this id, new and empty when no operation on it has been merged yet. */
    ArticleState get(String id) throws SQLException {
        ArticleState cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        ArticleState state = new ArticleState(id);
        PreparedStatement select = sql.get(SELECT);
        select.setString(1, id);
        try (ResultSet rs = select.executeQuery()) {
            if (rs.next()) {
                state = ArticleState.fromLine(rs.getString(1));
                firstSeen(id, rs.getInt(3) == 1);
                keysBefore.putIfAbsent(id, rs.getString(2));
                saved.put(id, new Columns(rs.getString(2), rs.getInt(3) == 1, rs.getString(4)));
            } else if (!keysBefore.containsKey(id)) {
                keysBefore.put(id, null);
                unknownBefore.add(id);
            }
        }
        cache.put(id, state);
        return state;
    }

    /** Loads many states at once, a few hundred a query. */
    void load(Collection<String> ids) throws SQLException {
        List<String> missing =
                ids.stream().filter(id -> !cache.containsKey(id)).distinct().toList();
        for (int from = 0; from < missing.size(); from += CHUNK) {
            List<String> part = missing.subList(from, Math.min(missing.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(part.size(), "?"));
            try (PreparedStatement many = connection.prepareStatement(
                    "SELECT sync_id, state, link_key, live, slug FROM sync_state WHERE sync_id IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    many.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = many.executeQuery()) {
                    while (rs.next()) {
                        cache.put(rs.getString(1), ArticleState.fromLine(rs.getString(2)));
                        firstSeen(rs.getString(1), rs.getInt(4) == 1);
                        keysBefore.putIfAbsent(rs.getString(1), rs.getString(3));
                        saved.put(rs.getString(1), new Columns(rs.getString(3), rs.getInt(4) == 1, rs.getString(5)));
                    }
                }
            }
            for (String id : part) {
                if (!cache.containsKey(id)) {
                    cache.put(id, new ArticleState(id));
                    if (!keysBefore.containsKey(id)) {
                        keysBefore.put(id, null);
                        unknownBefore.add(id);
                    }
                }
            }
        }
    }

    /**
     * Drops the link key and slug indexes until a query needs them: a new device's first merge saves
     * 100k states, and SQLite builds an index from sorted rows faster than it inserts into one.
     * Lookups by id keep their unique index. The transaction's rollback brings them back too.
     */
    void deferIndexes() throws SQLException {
        if (deferred == null) {
            deferred = DeferredIndexes.dropSyncStates(connection);
        }
    }

    /** Makes the deferred indexes again, before a query by link key or slug. */
    void indexed() throws SQLException {
        if (deferred != null) {
            deferred.rebuild(connection);
            deferred = null;
        }
    }

    /** Holds {@code state} as this id's, in place of an empty one (a snapshot's state, kept as it was read). */
    void replace(ArticleState state) {
        cache.put(state.id(), state);
        dirty.add(state.id());
    }

    /** Marks a state changed: {@link #flush()} saves it. */
    void changed(String id) {
        dirty.add(id);
    }

    /** True when so many states are held that a merge should save them and let them go. */
    boolean holdsMany() {
        return cache.size() >= HOLD;
    }

    /** Saves the changed states, and forgets the states held, to keep a large merge's memory small. */
    void flush() throws SQLException {
        boolean upserts = false;
        boolean updates = false;
        for (String id : dirty) {
            boolean whole = save(cache.get(id));
            upserts |= whole;
            updates |= !whole;
        }
        if (upserts) {
            sql.get(UPSERT).executeBatch();
        }
        if (updates) {
            sql.get(UPDATE_STATE).executeBatch();
        }
        dirty.clear();
        cache.clear();
        saved.clear();
    }

    /** Queues the state's save; true when the whole row is written, false when only its state. */
    private boolean save(ArticleState state) throws SQLException {
        String id = state.id();
        String key;
        boolean live;
        String slug;
        if (isCatalog(id)) {
            slug = id.substring(CATALOG_PREFIX.length());
            live = !state.deleted();
            key = catalogKey(slug, id);
        } else {
            slug = state.text("slug");
            live = state.added() && !state.deleted();
            key = state.linkKey();
        }
        Columns columns = new Columns(key, live, slug);
        if (columns.equals(saved.put(id, columns))) {
            PreparedStatement update = sql.get(UPDATE_STATE);
            update.setString(1, state.toLine());
            update.setString(2, id);
            update.addBatch();
            return false;
        }
        PreparedStatement upsert = sql.get(UPSERT);
        upsert.setString(1, id);
        upsert.setString(2, state.toLine());
        upsert.setString(3, key);
        upsert.setInt(4, live ? 1 : 0);
        upsert.setString(5, slug);
        upsert.addBatch();
        return true;
    }

    /** The columns of a saved state that the table's indexes hold. */
    private record Columns(String linkKey, boolean live, String slug) {}

    /**
     * A catalog article's link is this device's catalog's: its row's key, once the row is shared
     * (before, the row's own state is not yet in the merge).
     */
    private String catalogKey(String slug, String id) throws SQLException {
        PreparedStatement catalogKey = sql.get(CATALOG_KEY);
        catalogKey.setString(1, slug);
        catalogKey.setString(2, id);
        try (ResultSet rs = catalogKey.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Before its link key is remembered: a state read again later in the transaction may be saved live since. */
    private void firstSeen(String id, boolean live) {
        if (!live && !keysBefore.containsKey(id)) {
            deadBefore.add(id);
        }
    }

    /** True for an id whose saved state was not live before this transaction. */
    boolean deadBefore(String id) {
        return deadBefore.contains(id);
    }

    /** True for an id this library had no state of before this transaction. */
    boolean unknownBefore(String id) {
        return unknownBefore.contains(id);
    }

    /** The state held for an id, or null when it is not held now. */
    ArticleState held(String id) {
        return cache.get(id);
    }

    /** The link key each of these ids had before this transaction changed it. */
    String keyBefore(String id) {
        return keysBefore.get(id);
    }

    /** The live ids (saved) with this link key, lowest first. */
    List<String> liveWithKey(String key) throws SQLException {
        indexed();
        List<String> ids = new ArrayList<>();
        PreparedStatement liveWithKey = sql.get(LIVE_WITH_KEY);
        liveWithKey.setString(1, key);
        try (ResultSet rs = liveWithKey.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Where a saved state stands: its link key and whether it is live; null when it has no state. */
    Summary summary(String id) throws SQLException {
        PreparedStatement statement = sql.get(SUMMARY);
        statement.setString(1, id);
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? new Summary(rs.getString(1), rs.getInt(2) == 1) : null;
        }
    }

    record Summary(String linkKey, boolean live) {}

    /** Forgets the states held, which must all be saved: a large refresh reads them a few hundred at a time. */
    void forget() {
        if (!dirty.isEmpty()) {
            throw new IllegalStateException("unsaved article states");
        }
        cache.clear();
        saved.clear();
    }

    /**
     * Runs a query of the form "… IN (%s) …" over many values, a few hundred at a time; each size of
     * list is prepared once a transaction.
     */
    void inChunks(Collection<String> values, String query, RowReader reader) throws SQLException {
        indexed();
        List<String> all = List.copyOf(values);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            PreparedStatement statement =
                    sql.get(query.formatted(String.join(",", Collections.nCopies(part.size(), "?"))));
            for (int i = 0; i < part.size(); i++) {
                statement.setString(i + 1, part.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Where each saved state stands; ids without a state are left out. */
    Map<String, Summary> summaries(Collection<String> ids) throws SQLException {
        Map<String, Summary> summaries = new HashMap<>();
        inChunks(
                ids,
                "SELECT sync_id, link_key, live FROM sync_state WHERE sync_id IN (%s)",
                rs -> summaries.put(rs.getString(1), new Summary(rs.getString(2), rs.getInt(3) == 1)));
        return summaries;
    }

    /** The live ids with each of these link keys, lowest first. */
    Map<String, List<String>> liveWithKeys(Collection<String> keys) throws SQLException {
        Map<String, List<String>> live = new HashMap<>();
        inChunks(
                keys,
                "SELECT link_key, sync_id FROM sync_state WHERE live = 1 AND link_key IN (%s) ORDER BY sync_id",
                rs -> live.computeIfAbsent(rs.getString(1), ignored -> new ArrayList<>())
                        .add(rs.getString(2)));
        return live;
    }

    /** Every id that claimed the same slug as one of these. */
    Set<String> sameSlugs(Collection<String> ids) throws SQLException {
        Set<String> same = new LinkedHashSet<>();
        inChunks(ids, """
                SELECT other.sync_id FROM sync_state one JOIN sync_state other ON other.slug = one.slug
                WHERE one.sync_id IN (%s)""", rs -> same.add(rs.getString(1)));
        return same;
    }

    /** The lowest id that claimed each of these slugs: it keeps it. */
    Map<String, String> slugOwners(Collection<String> slugs) throws SQLException {
        Map<String, String> owners = new HashMap<>();
        inChunks(
                slugs,
                "SELECT slug, min(sync_id) FROM sync_state WHERE slug IN (%s) GROUP BY slug",
                rs -> owners.put(rs.getString(1), rs.getString(2)));
        return owners;
    }

    /** The other ids whose adds claimed the slug this id's add claimed. */
    List<String> sameSlug(String id) throws SQLException {
        indexed();
        PreparedStatement sameSlug = sql.get(SAME_SLUG);
        sameSlug.setString(1, id);
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = sameSlug.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** The lowest id whose add claimed this slug (deleted articles' claims included): it keeps the slug. */
    String slugOwner(String slug) throws SQLException {
        indexed();
        PreparedStatement slugOwner = sql.get(SLUG_OWNER);
        slugOwner.setString(1, slug);
        try (ResultSet rs = slugOwner.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
