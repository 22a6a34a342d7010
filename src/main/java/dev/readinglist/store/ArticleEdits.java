package dev.readinglist.store;

import dev.readinglist.model.LinkTakenException;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.UrlKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The favourite star, and editing an added or imported article's title, link, summary and reading time. */
public final class ArticleEdits {

    private final LibraryDatabase database;
    private final SyncLog sync;

    public ArticleEdits(LibraryDatabase database, SyncLog sync) {
        this.database = database;
        this.sync = sync;
    }

    /**
     * Stars or unstars these articles in one transaction; an unknown id refuses them all, changing nothing. Returns
     * how many changed.
     */
    public int setFavourites(Collection<String> ids, boolean favourite) {
        return database.write(connection -> {
            List<Long> rowIds = ArticleStore.rowIds(connection, ids);
            int changed = 0;
            try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE article SET favourite = ?1 WHERE id = ?2 AND favourite <> ?1");
                    SyncLog.Recorder recorder = sync.recorder(connection)) {
                update.setInt(1, favourite ? 1 : 0);
                for (long rowId : rowIds) {
                    update.setLong(2, rowId);
                    if (update.executeUpdate() > 0) {
                        changed++;
                        recorder.favourite(rowId);
                    }
                }
                if (changed > 0) {
                    recorder.finish();
                }
            }
            return changed;
        });
    }

    /**
     * Sets an article's title, link, summary and reading time (null: none), as given and already
     * checked. The bundled catalog's articles are the catalog's; a link another article has is
     * refused, naming that article. Returns true if anything changed.
     */
    public boolean edit(
            String id, String title, String url, String summary, Integer readingMinutes, String protectedSource) {
        return database.write(connection -> {
            long rowId = ArticleStore.rowId(connection, id);
            Map<String, Object> current = new LinkedHashMap<>();
            String source;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT title, url, summary, reading_minutes, source FROM article WHERE id = ?")) {
                select.setLong(1, rowId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    current.put("title", rs.getString(1));
                    current.put("url", rs.getString(2));
                    current.put("summary", rs.getString(3));
                    int minutes = rs.getInt(4);
                    current.put("reading_minutes", rs.wasNull() ? null : minutes);
                    source = rs.getString(5);
                }
            }
            if (protectedSource.equals(source)) {
                throw new ReadingListException("'" + current.get("title")
                        + "' comes with the bundled catalog and cannot be edited; its catalog updates it");
            }
            String key = UrlKey.of(url);
            try (PreparedStatement other = connection.prepareStatement(
                    "SELECT slug, title FROM article WHERE url_key = ? AND id <> ? ORDER BY id LIMIT 1")) {
                other.setString(1, key);
                other.setLong(2, rowId);
                try (ResultSet rs = other.executeQuery()) {
                    if (rs.next()) {
                        throw new LinkTakenException(rs.getString(1), rs.getString(2));
                    }
                }
            }
            Map<String, Object> changed = changed(current, title, url, summary, readingMinutes);
            if (changed.isEmpty()) {
                return false;
            }
            try (SyncLog.Recorder recorder = sync.recorder(connection)) {
                write(connection, rowId, title, url, summary, readingMinutes);
                FtsIndex.reindex(connection, rowId);
                recorder.edited(rowId, changed);
                recorder.finish();
            }
            return true;
        });
    }

    /** The fields (title, url, summary, reading_minutes) whose wanted value differs from {@code current}'s. */
    static Map<String, Object> changed(
            Map<String, Object> current, String title, String url, String summary, Integer readingMinutes) {
        Map<String, Object> wanted = new LinkedHashMap<>();
        wanted.put("title", title);
        wanted.put("url", url);
        wanted.put("summary", summary);
        wanted.put("reading_minutes", readingMinutes);
        Map<String, Object> changed = new LinkedHashMap<>();
        wanted.forEach((field, value) -> {
            if (!Objects.equals(value, current.get(field))) {
                changed.put(field, value);
            }
        });
        return changed;
    }

    /** Writes the row's title, link (with its key), summary and reading time; the caller records and reindexes. */
    static void write(
            Connection connection, long rowId, String title, String url, String summary, Integer readingMinutes)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE article SET title = ?, url = ?, url_key = ?, summary = ?, reading_minutes = ?
                WHERE id = ?""")) {
            update.setString(1, title);
            update.setString(2, url);
            update.setString(3, UrlKey.of(url));
            update.setString(4, summary);
            if (readingMinutes == null) {
                update.setNull(5, Types.INTEGER);
            } else {
                update.setInt(5, readingMinutes);
            }
            update.setLong(6, rowId);
            update.executeUpdate();
        }
    }
}
