package dev.readinglist.store;

import dev.readinglist.model.KeptText;
import dev.readinglist.model.NoteSave;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
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
        return database.write(connection -> write(connection, ArticleStore.rowId(connection, id), text, when));
    }

    /**
     * Saves a note typed over {@code base}, the note as the editor last knew it stored. If the
     * note was changed elsewhere since (the command line, the shell, a sync), that change is not
     * saved over. (The window saved over the command line's note a second after it, and the command
     * line's text was gone.) A change that left the base whole, once, only adding around it (a
     * sync's merge puts another device's text above or below it, under a line), keeps what it added
     * around the typed text; any other change is kept whole below the typed text, under a line saying
     * when it was saved, as a sync keeps another device's text. (Kept whole, a sync's merge doubled
     * the note at each save, on both devices.)
     */
    public NoteSave setOver(String id, String text, String base, Instant when) {
        return database.write(connection -> {
            long rowId = ArticleStore.rowId(connection, id);
            NoteSave saved = new NoteSave(text, "", "");
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT body, updated_at FROM note WHERE article_id = ?")) {
                select.setLong(1, rowId);
                try (ResultSet rs = select.executeQuery()) {
                    String current = rs.next() ? rs.getString(1) : null;
                    if (current != null && !current.equals(base) && !current.equals(text)) {
                        saved = around(text, base, current, rs.getString(2));
                    } else if (current == null && !base.isEmpty() && !text.isEmpty()) {
                        // Cleared elsewhere while typed over: the typing is kept, and the editor says so.
                        saved = new NoteSave(text, "", "", true);
                    }
                }
            }
            write(connection, rowId, saved.stored(), when);
            return saved;
        });
    }

    /**
     * The typed text in place of the base within the current note, where the base stands there
     * once, whole lines of it; else the current note kept below the typed text.
     */
    static NoteSave around(String typed, String base, String current, String savedAt) {
        int at = base.isEmpty() ? -1 : current.indexOf(base);
        int end = at + base.length();
        if (at >= 0
                && current.indexOf(base, at + 1) < 0
                && (at == 0 || current.charAt(at - 1) == '\n')
                && (end == current.length() || current.charAt(end) == '\n')) {
            String above = current.substring(0, at);
            String below = current.substring(at + base.length());
            return new NoteSave(above + typed + below, above, below);
        }
        String below = keptPart(typed, current, savedAt);
        return new NoteSave(typed + below, "", below);
    }

    /** What goes below the typed text to keep another, under the line a sync writes for another device's. */
    static String keptPart(String typed, String other, String savedAt) {
        return KeptText.below(!typed.isEmpty(), "a change made elsewhere", shown(savedAt), other);
    }

    /** The stored time as the line shows it; one another program wrote in its own shape, as it is. */
    private static String shown(String savedAt) {
        try {
            return KeptText.when(Timestamps.parseInstant(savedAt));
        } catch (DateTimeException e) {
            return savedAt;
        }
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
