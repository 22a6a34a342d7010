package dev.readinglist.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** The user's notes, one per article. Saving a note also reindexes it for search, in the same transaction. */
public final class NoteStore {

    /** Writes an article's note, replacing the one it has; every writer of a note uses it (import, undo, sync). */
    static final String UPSERT = """
            INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""";

    static final String DELETE = "DELETE FROM note WHERE article_id = ?";

    private final LibraryDatabase database;
    private final SyncLog sync;

    public NoteStore(LibraryDatabase database, SyncLog sync) {
        this.database = database;
        this.sync = sync;
    }

    /** The note, or empty when there is none. Throws for an unknown id. */
    public Optional<String> get(String id) {
        return database.read(connection -> {
            long rowId = ArticleStore.rowId(connection, id);
            try (PreparedStatement select = connection.prepareStatement("SELECT body FROM note WHERE article_id = ?")) {
                select.setLong(1, rowId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Saves the note as given; an empty text deletes it. Saving the same text again changes
     * nothing, not even the note's time.
     *
     * @return true if the stored note changed
     */
    public boolean set(String id, String text, Instant when) {
        return database.write(connection -> {
            long rowId = ArticleStore.rowId(connection, id);
            int changed;
            if (text.isEmpty()) {
                try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                    delete.setLong(1, rowId);
                    changed = delete.executeUpdate();
                }
            } else {
                try (PreparedStatement upsert =
                        connection.prepareStatement(UPSERT + " WHERE note.body IS NOT excluded.body")) {
                    upsert.setLong(1, rowId);
                    upsert.setString(2, text);
                    upsert.setString(3, Timestamps.format(when));
                    changed = upsert.executeUpdate();
                }
            }
            if (changed > 0) {
                FtsIndex.reindex(connection, rowId);
                try (SyncLog.Recorder recorder = sync.recorder(connection)) {
                    recorder.note(rowId);
                    recorder.finish();
                }
            }
            return changed > 0;
        });
    }
}
