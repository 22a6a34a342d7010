package dev.readinglist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The change log's triggers (schema-006.sql), dropped while a big import fills a small library,
 * as {@link DeferredIndexes} drops the indexes: a trigger firing per row, per tag and per note
 * costs a big import a third of its time. The import logs what it changed itself instead, in
 * one statement for the rows it added, and the triggers are made again before it commits; a
 * rollback brings them back too. Nothing else writes meanwhile: the import holds the write lock.
 */
final class DeferredIndexLog implements AutoCloseable {

    private final List<String> triggers;
    private final PreparedStatement changed;

    private DeferredIndexLog(List<String> triggers, PreparedStatement changed) {
        this.triggers = triggers;
        this.changed = changed;
    }

    static DeferredIndexLog drop(Connection connection) throws SQLException {
        return new DeferredIndexLog(
                DeferredIndexes.dropAll(connection, "trigger", "name GLOB 'index_change_*'"),
                connection.prepareStatement("INSERT INTO index_change (article_id) VALUES (?)"));
    }

    /** Logs a change to an article that was there before the import. */
    void changed(long rowId) throws SQLException {
        changed.setLong(1, rowId);
        changed.executeUpdate();
    }

    /** Logs every row the import added, and makes the triggers again. */
    void restore(Connection connection, long firstNewId) throws SQLException {
        try (PreparedStatement added = connection.prepareStatement(
                "INSERT INTO index_change (article_id) SELECT id FROM article WHERE id >= ? ORDER BY id")) {
            added.setLong(1, firstNewId);
            added.executeUpdate();
        }
        DeferredIndexes.makeAll(connection, triggers);
    }

    @Override
    public void close() throws SQLException {
        changed.close();
    }
}
