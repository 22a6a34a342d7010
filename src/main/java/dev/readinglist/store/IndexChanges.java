package dev.readinglist.store;

import dev.readinglist.model.Article;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjLongConsumer;

/**
 * The log of changes the window's index file is checked against (schema-006.sql): triggers add
 * a row for every change to an article, its tags or its note, whichever program makes it, so the
 * index reads only the articles changed since the last change it holds. The epoch is random, and
 * a restored backup gets a new one.
 */
public final class IndexChanges {

    /**
     * Where the log stands.
     *
     * @param epoch changes when the library is replaced by a backup
     * @param last the last change logged
     * @param from every change after this one is in the log (older ones were forgotten)
     */
    public record State(String epoch, long last, long from) {}

    /** The articles changed after a change, by row id, and the last change then. */
    public record Changed(long last, long[] rowIds) {}

    private final LibraryDatabase database;
    private final ArticleStore articles;

    public IndexChanges(LibraryDatabase database, ArticleStore articles) {
        this.database = database;
        this.articles = articles;
    }

    public State state() {
        return database.read(IndexChanges::state);
    }

    private static State state(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                        SELECT (SELECT value FROM library_meta WHERE key = 'index_epoch'),
                               (SELECT max(seq) FROM index_change),
                               (SELECT value FROM library_meta WHERE key = 'index_log_from')""");
                ResultSet rs = select.executeQuery()) {
            long from = rs.getString(3) == null ? 0 : Long.parseLong(rs.getString(3));
            long last = rs.getLong(2);
            return new State(rs.getString(1) == null ? "" : rs.getString(1), Math.max(last, from), from);
        }
    }

    /** The articles changed after {@code after}, each once, in row id order; read in one transaction. */
    public Changed since(long after) {
        return database.read(connection -> {
            long last;
            try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM index_change");
                    ResultSet rs = max.executeQuery()) {
                last = rs.getLong(1);
            }
            long[] ids = new long[64];
            int n = 0;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT article_id FROM index_change WHERE seq > ? AND seq <= ? ORDER BY article_id")) {
                select.setLong(1, after);
                select.setLong(2, last);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        if (n == ids.length) {
                            ids = Arrays.copyOf(ids, n * 2);
                        }
                        ids[n++] = rs.getLong(1);
                    }
                }
            }
            return new Changed(Math.max(last, after), Arrays.copyOf(ids, n));
        });
    }

    /**
     * The articles with these row ids (ascending), as the index reads them: with their summaries.
     * An id without an article was deleted. Read a run of nearby ids at a time.
     */
    public Map<Long, Article> articles(long[] rowIds) {
        Map<Long, Article> found = new HashMap<>();
        ObjLongConsumer<Article> keep = (article, rowId) -> {
            if (Arrays.binarySearch(rowIds, rowId) >= 0) {
                found.put(rowId, article);
            }
        };
        int i = 0;
        while (i < rowIds.length) {
            int j = i;
            while (j + 1 < rowIds.length && rowIds[j + 1] - rowIds[j] <= 64 && j - i < 50_000) {
                j++;
            }
            articles.scan(rowIds[i] - 1, rowIds[j], keep);
            i = j + 1;
        }
        return found;
    }

    /**
     * Keeps only each article's last change, once more than {@code every} changes were logged since
     * the log was last compacted or trimmed by {@link #forget}. "Changed after n" reads the same from
     * the shorter log, as an article changed after n has its last change after n, and the last change
     * of all is kept. A window trims the log whenever it writes its index file; this bounds it in a
     * library used only through the command line, to about one row per article. True if it compacted.
     */
    public boolean compact(long every) {
        return database.write(connection -> {
            State state = state(connection);
            long compacted;
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT value FROM library_meta WHERE key = 'index_log_compacted'");
                    ResultSet rs = select.executeQuery()) {
                compacted = rs.next() ? Long.parseLong(rs.getString(1)) : 0;
            }
            if (state.last() - Math.max(state.from(), compacted) <= every) {
                return false;
            }
            try (PreparedStatement delete = connection.prepareStatement("""
                            DELETE FROM index_change WHERE seq NOT IN
                            (SELECT max(seq) FROM index_change GROUP BY article_id)""");
                    PreparedStatement mark = connection.prepareStatement(
                            "INSERT OR REPLACE INTO library_meta (key, value) VALUES ('index_log_compacted', ?)")) {
                delete.executeUpdate();
                mark.setString(1, Long.toString(state.last()));
                mark.executeUpdate();
            }
            return true;
        });
    }

    /** Forgets the changes an index file now holds, keeping the last one (its number must not be given again). */
    public void forget(long upTo) {
        database.write(connection -> {
            State state = state(connection);
            if (upTo <= state.from() || upTo > state.last()) {
                return null;
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM index_change WHERE seq < ?");
                    PreparedStatement from = connection.prepareStatement(
                            "INSERT OR REPLACE INTO library_meta (key, value) VALUES ('index_log_from', ?)")) {
                delete.setLong(1, upTo);
                delete.executeUpdate();
                from.setString(1, Long.toString(upTo - 1));
                from.executeUpdate();
            }
            return null;
        });
    }
}
