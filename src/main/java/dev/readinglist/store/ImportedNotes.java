package dev.readinglist.store;

import dev.readinglist.model.Sha256;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The notes and highlights imports gave each article, by a digest of their text (table note_import). The fiftieth
 * walk imported a file, edited a note it gave, and imported the file again: its old text was added below the edit,
 * where importing again is to change nothing. A text an import gave an article is not given to it again.
 */
final class ImportedNotes implements AutoCloseable {

    private static final String FORGET = "DELETE FROM note_import WHERE article_id = ?";

    private final PreparedStatement remember;
    private int pending;

    ImportedNotes(Connection connection) throws SQLException {
        remember = connection.prepareStatement("INSERT OR IGNORE INTO note_import (article_id, digest) VALUES (?, ?)");
    }

    /** True if an import gave this article this text before; it is remembered as given now. */
    boolean givenBefore(long rowId, String text) throws SQLException {
        remember.setLong(1, rowId);
        remember.setString(2, digest(text));
        return remember.executeUpdate() == 0; // ignored: the row was there
    }

    /** Remembers a text given to an article this import adds, with the batch of new rows ({@link #flush}). */
    void given(long rowId, String text) throws SQLException {
        remember.setLong(1, rowId);
        remember.setString(2, digest(text));
        remember.addBatch();
        pending++;
    }

    void flush() throws SQLException {
        if (pending > 0) {
            remember.executeBatch();
            pending = 0;
        }
    }

    /** An undone import's note is given back as it was: what imports gave the article is forgotten. */
    static void forget(Connection connection, long rowId) throws SQLException {
        try (PreparedStatement forget = connection.prepareStatement(FORGET)) {
            forget.setLong(1, rowId);
            forget.executeUpdate();
        }
    }

    /** Of the text without the spaces and line ends around it, as it is looked for in the note. */
    static String digest(String text) {
        return Sha256.hex(text.strip(), 16);
    }

    @Override
    public void close() throws SQLException {
        remember.close();
    }
}
