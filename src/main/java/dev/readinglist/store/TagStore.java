package dev.readinglist.store;

import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.TagNames;
import dev.readinglist.model.TextFolding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The user's own tags. The catalog's tags are the catalog's: they can be seen, not removed. */
public final class TagStore {

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
     * @return true if any tag changed
     */
    public boolean edit(String id, List<String> add, List<String> remove) {
        add.forEach(TagNames::check);
        remove.forEach(TagNames::check);
        return database.write(connection -> {
            long rowId = ArticleStore.rowId(connection, id);
            boolean changed = false;
            try (UserTags userTags = new UserTags(connection);
                    SyncLog.Recorder recorder = sync.recorder(connection)) {
                for (String tag : remove) {
                    if (removeUserTag(connection, id, rowId, tag)) {
                        changed = true;
                        recorder.tagRemoved(rowId, tag);
                    }
                }
                for (String tag : add) {
                    if (userTags.add(rowId, tag)) {
                        changed = true;
                        recorder.tagAdded(rowId, tag);
                    }
                }
                if (changed) {
                    FtsIndex.reindex(connection, rowId);
                    recorder.finish();
                }
            }
            return changed;
        });
    }

    /** Every tag in the library, catalog and user alike, once each by key, sorted without case. */
    public List<String> allTags() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT min(tag) FROM article_tag GROUP BY tag_key ORDER BY min(tag) COLLATE NOCASE");
                    ResultSet rs = select.executeQuery()) {
                List<String> tags = new ArrayList<>();
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
                return tags;
            }
        });
    }

    private static boolean removeUserTag(Connection connection, String id, long rowId, String tag) throws SQLException {
        String key = TextFolding.tagKey(tag);
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM article_tag WHERE article_id = ? AND kind = 'user' AND tag_key = ?")) {
            delete.setLong(1, rowId);
            delete.setString(2, key);
            if (delete.executeUpdate() > 0) {
                return true;
            }
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
        return false;
    }
}
