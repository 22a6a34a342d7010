package dev.readinglist.store;

import dev.readinglist.model.Article;
import dev.readinglist.model.DeletedArticle;
import dev.readinglist.model.LinkTakenException;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts back an article of a synced library that was deleted elsewhere (a command line, another device), as the window
 * last showed it, under its own id on every device. Added again instead, it came back under a new id, because its
 * deleted state among devices keeps the id, and the window went on writing its note to the old one (the forty-eighth
 * walk). So its deleted state is undeleted, and what the window shows differently from it is recorded as the user's
 * changes, in one transaction.
 */
final class SyncedPutBack {

    private static final String DELETED_OWNER = """
            SELECT s.sync_id FROM sync_state s
            WHERE s.slug = ?1 AND s.live = 0 AND s.sync_id = (SELECT min(sync_id) FROM sync_state WHERE slug = ?1)
              AND NOT EXISTS (SELECT 1 FROM article WHERE slug = ?1)""";

    private final ArticleRemoval removal;
    private final ArticleStore articles;
    private final SyncLog sync;

    SyncedPutBack(ArticleRemoval removal, ArticleStore articles, SyncLog sync) {
        this.removal = removal;
        this.articles = articles;
        this.sync = sync;
    }

    /**
     * The article back under its id, or empty, changing nothing, when no deleted state among devices holds that id
     * (a library never synced, or an id another article has taken since). A link another article has is refused.
     */
    Optional<String> putBack(Connection connection, Article shown, String note, String source, Instant now)
            throws SQLException {
        String syncId = deletedOwner(connection, shown.id());
        if (syncId == null) {
            return Optional.empty();
        }
        refuseTakenLink(connection, shown.url());
        long rowId = removal.insertRow(
                connection, new DeletedArticle(shown.withNote(null), source, shown.addedAt(), List.of()));
        try (SyncLog.Recorder recorder = sync.recorder(connection)) {
            recorder.undeleted(rowId, List.of(syncId));
            recorder.finish(); // the row now shows the state as it was deleted
        }
        Shown row = rowOf(connection, syncId);
        long shownRow = row.rowId();
        String id = row.slug(); // its own, unless sync shows its state under another
        Article merged = articles.get(id).orElseThrow();
        try (SyncLog.Recorder recorder = sync.recorder(connection)) {
            edit(connection, recorder, shownRow, merged, shown);
            if (!Objects.equals(merged.readAt(), shown.readAt())) {
                update(connection, "read_at", Timestamps.format(shown.readAt()), shownRow);
                recorder.read(shownRow);
            }
            if (merged.favourite() != shown.favourite()) {
                update(connection, "favourite", shown.favourite() ? 1 : 0, shownRow);
                recorder.favourite(shownRow);
            }
            if (!Objects.equals(text(merged.note()), text(note))) {
                writeNote(connection, shownRow, text(note), now);
                recorder.note(shownRow);
            }
            tags(connection, recorder, shownRow, merged.userTags(), shown.userTags());
            FtsIndex.reindex(connection, shownRow);
            recorder.finish();
        }
        return Optional.of(id);
    }

    private static String deletedOwner(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(DELETED_OWNER)) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void refuseTakenLink(Connection connection, String url) throws SQLException {
        try (PreparedStatement other =
                connection.prepareStatement("SELECT slug, title FROM article WHERE url_key = ? ORDER BY id LIMIT 1")) {
            other.setString(1, UrlKey.of(url));
            try (ResultSet rs = other.executeQuery()) {
                if (rs.next()) {
                    throw new LinkTakenException(rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    /** The row sync shows an id as, and the id it has there. */
    private record Shown(long rowId, String slug) {}

    private static Shown rowOf(Connection connection, String syncId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, slug FROM article WHERE sync_id = ?")) {
            select.setString(1, syncId);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new Shown(rs.getLong(1), rs.getString(2));
            }
        }
    }

    private static void edit(
            Connection connection, SyncLog.Recorder recorder, long rowId, Article merged, Article shown)
            throws SQLException {
        Map<String, Object> current = new HashMap<>();
        current.put("title", merged.title());
        current.put("url", merged.url());
        current.put("summary", merged.summary());
        current.put("reading_minutes", merged.readingMinutes());
        Map<String, Object> changed =
                ArticleEdits.changed(current, shown.title(), shown.url(), shown.summary(), shown.readingMinutes());
        if (!changed.isEmpty()) {
            ArticleEdits.write(connection, rowId, shown.title(), shown.url(), shown.summary(), shown.readingMinutes());
            recorder.edited(rowId, changed);
        }
    }

    private static void tags(
            Connection connection, SyncLog.Recorder recorder, long rowId, List<String> merged, List<String> shown)
            throws SQLException {
        Set<String> keep = shown.stream().map(TextFolding::tagKey).collect(Collectors.toSet());
        for (String tag : merged) {
            if (!keep.contains(TextFolding.tagKey(tag))) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM article_tag WHERE article_id = ? AND kind = 'user' AND tag_key = ?")) {
                    delete.setLong(1, rowId);
                    delete.setString(2, TextFolding.tagKey(tag));
                    delete.executeUpdate();
                }
                recorder.tagRemoved(rowId, tag);
            }
        }
        try (UserTags userTags = new UserTags(connection)) {
            for (String tag : shown) {
                if (userTags.add(rowId, tag)) {
                    recorder.tagAdded(rowId, tag);
                }
            }
        }
    }

    private static void writeNote(Connection connection, long rowId, String note, Instant now) throws SQLException {
        try (PreparedStatement write =
                connection.prepareStatement(note.isEmpty() ? NoteStore.DELETE : NoteStore.UPSERT)) {
            write.setLong(1, rowId);
            if (!note.isEmpty()) {
                write.setString(2, note);
                write.setString(3, Timestamps.format(now));
            }
            write.executeUpdate();
        }
    }

    private static void update(Connection connection, String column, Object value, long rowId) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE article SET " + column + " = ? WHERE id = ?")) {
            update.setObject(1, value);
            update.setLong(2, rowId);
            update.executeUpdate();
        }
    }

    private static String text(String note) {
        return note == null ? "" : note;
    }
}
