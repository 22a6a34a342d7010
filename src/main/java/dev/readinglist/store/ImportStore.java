package dev.readinglist.store;

import dev.readinglist.model.ImportCancelledException;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ImportReport;
import dev.readinglist.model.ImportedArticle;
import dev.readinglist.model.Slugs;
import dev.readinglist.model.UrlKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Merges imported articles into the library in one transaction: a bad record anywhere, or a
 * cancel, leaves the library as it was. Identity is the normalised link, or the id without one.
 * Read beats unread, tags are unioned, and an imported note is appended under a separator
 * unless the same text is already there; it never replaces the user's note.
 */
public final class ImportStore {

    static final String NOTE_SEPARATOR = "\n\n---\n";

    /** Feeds the articles of a file to a sink; parse errors are thrown from here. */
    @FunctionalInterface
    public interface Source {
        void feed(Consumer<ImportedArticle> sink);
    }

    private final LibraryDatabase database;

    public ImportStore(LibraryDatabase database) {
        this.database = database;
    }

    /** Merges everything the source feeds; with {@code dryRun} the same work is done and rolled back. */
    public ImportReport merge(Source source, ImportFormat format, String origin, Instant now, boolean dryRun) {
        return merge(source, format, origin, now, dryRun, done -> { }, () -> false);
    }

    /**
     * As above, reporting the rows done so far to {@code progress}, and rolling everything back
     * with {@link ImportCancelledException} as soon as {@code cancelled} says so.
     */
    public ImportReport merge(Source source, ImportFormat format, String origin, Instant now, boolean dryRun,
                              IntConsumer progress, BooleanSupplier cancelled) {
        return database.write(connection -> {
            Counts counts = new Counts();
            try {
                source.feed(article -> {
                    if (cancelled.getAsBoolean()) {
                        throw new ImportCancelledException();
                    }
                    try {
                        mergeOne(connection, article, origin, now, counts);
                        int done = counts.added + counts.merged + counts.unchanged;
                        if (done % 250 == 0) {
                            progress.accept(done);
                        }
                    } catch (SQLException e) {
                        throw new WrappedSql(e);
                    }
                });
            } catch (WrappedSql e) {
                throw e.sql;
            }
            return new ImportReport(format, counts.added, counts.merged, counts.unchanged, counts.markedRead);
        }, !dryRun);
    }

    /** Adds one article by hand; a link already in the library is refused, naming the article that has it. */
    public String add(ImportedArticle article, String origin, Instant now) {
        return database.write(connection -> {
            Long existing = find(connection, article);
            if (existing != null) {
                try (PreparedStatement select = connection.prepareStatement("SELECT slug FROM article WHERE id = ?")) {
                    select.setLong(1, existing);
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        throw new dev.readinglist.model.ReadingListException(
                                "that link is already in your list, as " + rs.getString(1));
                    }
                }
            }
            long rowId = insert(connection, article, origin, now, null);
            for (String tag : article.tags()) {
                TagStore.addUserTag(connection, rowId, tag);
            }
            FtsIndex.reindex(connection, rowId);
            try (PreparedStatement select = connection.prepareStatement("SELECT slug FROM article WHERE id = ?")) {
                select.setLong(1, rowId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    private static final class Counts {
        int added;
        int merged;
        int unchanged;
        int markedRead;
    }

    private static final class WrappedSql extends RuntimeException {
        final SQLException sql;

        WrappedSql(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }

    private static void mergeOne(Connection connection, ImportedArticle article, String origin, Instant now, Counts counts)
            throws SQLException {
        Long existing = find(connection, article);
        Instant readAt = article.read() ? (article.readAt() == null ? now : article.readAt()) : null;
        if (existing == null) {
            long rowId = insert(connection, article, origin, now, readAt);
            for (String tag : article.tags()) {
                TagStore.addUserTag(connection, rowId, tag);
            }
            if (article.note() != null) {
                setNote(connection, rowId, article.note(), now);
            }
            FtsIndex.reindex(connection, rowId);
            counts.added++;
            counts.markedRead += readAt == null ? 0 : 1;
            return;
        }
        boolean changed = false;
        if (readAt != null && markRead(connection, existing, readAt)) {
            changed = true;
            counts.markedRead++;
        }
        for (String tag : article.tags()) {
            changed |= TagStore.addUserTag(connection, existing, tag);
        }
        if (article.note() != null && !article.note().isBlank()) {
            changed |= mergeNote(connection, existing, article.note(), now);
        }
        if (changed) {
            FtsIndex.reindex(connection, existing);
            counts.merged++;
        } else {
            counts.unchanged++;
        }
    }

    private static Long find(Connection connection, ImportedArticle article) throws SQLException {
        String key = UrlKey.of(article.url());
        String sql = key != null ? "SELECT id FROM article WHERE url_key = ? LIMIT 1" : "SELECT id FROM article WHERE slug = ?";
        String value = key != null ? key : article.id();
        if (value == null) {
            return null;
        }
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long insert(Connection connection, ImportedArticle article, String origin, Instant now, Instant readAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO article (slug, title, summary, url, url_key, source, added_at, read_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, uniqueSlug(connection, article.id() != null ? article.id() : Slugs.fromTitle(article.title())));
            insert.setString(2, article.title());
            insert.setString(3, article.summary());
            insert.setString(4, article.url() == null ? "" : article.url());
            insert.setString(5, UrlKey.of(article.url()));
            insert.setString(6, origin);
            insert.setString(7, Timestamps.format(now));
            insert.setString(8, Timestamps.format(readAt));
            try (ResultSet rs = insert.executeQuery()) {
                return rs.getLong(1);
            }
        }
    }

    private static String uniqueSlug(Connection connection, String base) throws SQLException {
        try (PreparedStatement taken = connection.prepareStatement("SELECT 1 FROM article WHERE slug = ?")) {
            for (int n = 1; ; n++) {
                String candidate = n == 1 ? base : base + "-" + n;
                taken.setString(1, candidate);
                try (ResultSet rs = taken.executeQuery()) {
                    if (!rs.next()) {
                        return candidate;
                    }
                }
            }
        }
    }

    private static boolean markRead(Connection connection, long rowId, Instant readAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE article SET read_at = ? WHERE id = ? AND read_at IS NULL")) {
            update.setString(1, Timestamps.format(readAt));
            update.setLong(2, rowId);
            return update.executeUpdate() > 0;
        }
    }

    private static boolean mergeNote(Connection connection, long rowId, String imported, Instant now) throws SQLException {
        String local = null;
        try (PreparedStatement select = connection.prepareStatement("SELECT body FROM note WHERE article_id = ?")) {
            select.setLong(1, rowId);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    local = rs.getString(1);
                }
            }
        }
        if (local != null && local.contains(imported.strip())) {
            return false;
        }
        setNote(connection, rowId, local == null ? imported : local + NOTE_SEPARATOR + imported, now);
        return true;
    }

    private static void setNote(Connection connection, long rowId, String body, Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (article_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""")) {
            upsert.setLong(1, rowId);
            upsert.setString(2, body);
            upsert.setString(3, Timestamps.format(now));
            upsert.executeUpdate();
        }
    }
}
