package dev.readinglist.store;

import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.TagChange;
import dev.readinglist.model.TagCount;
import dev.readinglist.model.TagNames;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UnknownArticleException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The user's own tags. The catalog's tags are the catalog's: they can be seen, not removed. */
public final class TagStore {

    /**
     * A tag's name, in a query grouped by the tag key of {@code t}: its commonest spelling, of as common ones the least
     * (as ArticleIndex.tagCounts names it). The least alone let five articles given "DISTRIBUTED-systems" rename the
     * tag of 3,545 (the sixty-sixth walk).
     */
    static final String NAME = """
            (SELECT s.tag FROM article_tag s WHERE s.tag_key = t.tag_key GROUP BY s.tag ORDER BY count(*) DESC, s.tag
             LIMIT 1)""";

    private final LibraryDatabase database;
    private final SyncLog sync;

    public TagStore(LibraryDatabase database, SyncLog sync) {
        this.database = database;
        this.sync = sync;
    }

    /**
     * Adds and removes the user's tags on one article, all or nothing. Adding a tag the article
     * already has (in any spelling) and removing one it lacks change nothing.
     *
     * @return exactly what changed (nothing, or this article's one edit), for undo
     */
    public TagChange edit(String id, List<String> add, List<String> remove) {
        return edit(List.of(id), add, remove, TagStore::removeUserTag, false);
    }

    /**
     * Adds and removes the user's tags on many articles, in one transaction, and says exactly what
     * changed. A tag an article carries from the catalog is left alone here (not refused, as for one
     * article): the others still change.
     */
    public TagChange editMany(List<String> ids, List<String> add, List<String> remove) {
        return edit(ids, add, remove, (connection, id, rowId, tag) -> deleteUserTag(connection, rowId, tag), true);
    }

    /**
     * How a removal treats a tag that is not the user's: refused for one article, passed over for many. Returns where
     * the removed tag stood, or null when the article had no such tag of the user's.
     */
    private interface Removal {
        Integer remove(Connection connection, String id, long rowId, String tag) throws SQLException;
    }

    /**
     * {@code passGone}: an article deleted elsewhere since it was chosen is passed over, and the others change (the
     * forty-eighth walk's six selected rows, one deleted by a sync while the dialog was open, got no tag at all).
     */
    private TagChange edit(List<String> ids, List<String> add, List<String> remove, Removal removal, boolean passGone) {
        add.forEach(TagNames::check);
        remove.forEach(TagNames::checkExisting);
        return database.write(connection -> {
            List<TagChange.Edit> edits = new ArrayList<>();
            try (UserTags userTags = new UserTags(connection);
                    SyncLog.Recorder recorder = sync.recorder(connection)) {
                for (String id : ids) {
                    long rowId;
                    try {
                        rowId = ArticleStore.rowId(connection, id);
                    } catch (UnknownArticleException gone) {
                        if (passGone) {
                            continue;
                        }
                        throw gone;
                    }
                    List<String> removed = new ArrayList<>();
                    Map<String, Integer> places = new HashMap<>();
                    for (String tag : remove) {
                        Integer place = removal.remove(connection, id, rowId, tag);
                        if (place != null) {
                            removed.add(tag);
                            places.put(TextFolding.tagKey(tag), place);
                            recorder.tagRemoved(rowId, tag);
                        }
                    }
                    List<String> added = new ArrayList<>();
                    for (String tag : add) {
                        if (userTags.add(rowId, tag)) {
                            added.add(tag);
                            recorder.tagAdded(rowId, tag);
                        }
                    }
                    if (!added.isEmpty() || !removed.isEmpty()) {
                        FtsIndex.reindex(connection, rowId);
                        edits.add(new TagChange.Edit(id, added, removed, places));
                    }
                }
                if (!edits.isEmpty()) {
                    recorder.finish();
                }
            }
            return new TagChange(edits);
        });
    }

    /** Applies each article's edit (its added tags added, its removed ones removed), in one transaction. */
    public void apply(TagChange change) {
        database.write(connection -> {
            try (UserTags userTags = new UserTags(connection);
                    SyncLog.Recorder recorder = sync.recorder(connection)) {
                for (TagChange.Edit edit : change.edits()) {
                    long rowId = ArticleStore.rowId(connection, edit.id());
                    for (String tag : edit.removed()) {
                        if (deleteUserTag(connection, rowId, tag) != null) {
                            recorder.tagRemoved(rowId, tag);
                        }
                    }
                    for (String tag : edit.added()) {
                        if (userTags.add(rowId, tag, edit.places().get(TextFolding.tagKey(tag)))) {
                            recorder.tagAdded(rowId, tag);
                        }
                    }
                    FtsIndex.reindex(connection, rowId);
                }
                recorder.finish();
            }
            return null;
        });
    }

    /** The ids of the articles that carry {@code tag} as one of the user's own. */
    public List<String> ownedBy(String tag) {
        String key = TextFolding.tagKey(tag);
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                            SELECT a.slug FROM article_tag t JOIN article a ON a.id = t.article_id
                            WHERE t.kind = 'user' AND t.tag_key = ? ORDER BY a.id""")) {
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    List<String> ids = new ArrayList<>();
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                    return ids;
                }
            }
        });
    }

    /**
     * Every tag with how many articles carry it, the user's own first (a tag counts as the user's
     * when they gave it to any article), then by name without case.
     */
    public List<TagCount> counts() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + NAME + """
                             AS name, count(DISTINCT article_id), max(kind = 'user') AS own
                            FROM article_tag t GROUP BY tag_key ORDER BY own DESC, name COLLATE NOCASE""");
                    ResultSet rs = select.executeQuery()) {
                List<TagCount> counts = new ArrayList<>();
                while (rs.next()) {
                    counts.add(new TagCount(rs.getString(1), rs.getInt(2), rs.getInt(3) == 1));
                }
                return counts;
            }
        });
    }

    /** Every tag in the library, catalog and user alike, once each by key, sorted without case. */
    public List<String> allTags() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + NAME
                            + " AS name FROM article_tag t GROUP BY tag_key ORDER BY name COLLATE NOCASE");
                    ResultSet rs = select.executeQuery()) {
                List<String> tags = new ArrayList<>();
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
                return tags;
            }
        });
    }

    /** Where the deleted tag stood, or null when there was none. */
    private static Integer deleteUserTag(Connection connection, long rowId, String tag) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM article_tag WHERE article_id = ? AND kind = 'user' AND tag_key = ? RETURNING position")) {
            delete.setLong(1, rowId);
            delete.setString(2, TextFolding.tagKey(tag));
            try (ResultSet rs = delete.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }

    private static Integer removeUserTag(Connection connection, String id, long rowId, String tag) throws SQLException {
        String key = TextFolding.tagKey(tag);
        Integer place = deleteUserTag(connection, rowId, tag);
        if (place != null) {
            return place;
        }
        try (PreparedStatement catalog = connection.prepareStatement(
                "SELECT tag FROM article_tag WHERE article_id = ? AND kind = 'catalog' AND tag_key = ?")) {
            catalog.setLong(1, rowId);
            catalog.setString(2, key);
            try (ResultSet rs = catalog.executeQuery()) {
                if (rs.next()) {
                    throw new ReadingListException("'" + rs.getString(1) + "' is a catalog tag of " + id
                            + "; only your own tags can be removed");
                }
            }
        }
        return null;
    }
}
