package dev.readinglist.store;

import dev.readinglist.model.NoteSave;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The user's notes, one per article. Saving a note also reindexes it for search, in the same transaction. */
public final class NoteStore {

    /** Writes an article's note, replacing the one it has; every writer of a note uses it (import, undo, sync). */
    static final String UPSERT = """
            INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (article_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""";

    static final String DELETE = "DELETE FROM note WHERE article_id = ?";

    /** Starts the line above a text kept by {@link #setOver}. */
    private static final String MARK = "--- kept from a change made elsewhere, ";

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
        return database.write(connection -> write(connection, ArticleStore.rowId(connection, id), text, when));
    }

    /**
     * Saves a note typed over {@code base}, the note as the editor last knew it stored. If the
     * note was changed elsewhere since (the command line, the shell, a sync), that text is not
     * replaced: it is kept below the typed one, under a line saying when it was saved, as a sync
     * keeps another device's text. (The window saved over the command line's note a second after
     * it, and the command line's text was gone.) A text an earlier save of the editor kept, which
     * the editor may not show yet, stays below the typed one.
     */
    public NoteSave setOver(String id, String text, String base, Instant when) {
        return database.write(connection -> {
            long rowId = ArticleStore.rowId(connection, id);
            String written = text;
            String kept = "";
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT body, updated_at FROM note WHERE article_id = ?")) {
                select.setLong(1, rowId);
                try (ResultSet rs = select.executeQuery()) {
                    String current = rs.next() ? rs.getString(1) : null;
                    if (current != null && !current.equals(base) && !current.equals(text)) {
                        String below = current.startsWith(base) ? current.substring(base.length()) : "";
                        if (below.startsWith(separator(base) + MARK)) {
                            written = text.endsWith(below) ? text : text + below;
                        } else {
                            kept = keptPart(text, current, rs.getString(2));
                        }
                    }
                }
            }
            write(connection, rowId, written + kept, when);
            return new NoteSave(written + kept, kept);
        });
    }

    private static String separator(String above) {
        return above.isEmpty() ? "" : "\n\n";
    }

    /** What goes below the typed text to keep another: a line as a sync writes it ({@code --- kept from …, TIME ---}). */
    static String keptPart(String typed, String other, String savedAt) {
        return separator(typed) + MARK + savedAt + " ---\n" + other;
    }

    private boolean write(Connection connection, long rowId, String text, Instant when) throws SQLException {
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
    }
}
