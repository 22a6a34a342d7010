package dev.readinglist.store;

import dev.readinglist.model.Article;
import dev.readinglist.model.DeletedArticle;
import dev.readinglist.model.Deletion;
import dev.readinglist.model.ReadingListException;
import dev.readinglist.model.TextFolding;
import dev.readinglist.model.UrlKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Deleting an added or imported article, and putting it back on undo. */
public final class ArticleRemoval {

    private final LibraryDatabase database;
    private final ArticleStore articles;
    private final SyncLog sync;
    private final SyncedPutBack putBack;

    public ArticleRemoval(LibraryDatabase database, SyncLog sync) {
        this.database = database;
        this.articles = new ArticleStore(database, sync);
        this.sync = sync;
        this.putBack = new SyncedPutBack(this, articles, sync);
    }

    /** True unless the article came with the catalog that ships in the app. */
    public boolean canDelete(String id, String protectedSource) {
        return !protectedSource.equals(source(id));
    }

    public DeletedArticle delete(String id, String protectedSource) {
        return deleteIf(id, protectedSource, article -> true).orElseThrow();
    }

    /**
     * As {@link #delete}, while the article is as {@code untouched} wants it; else nothing changes. The article is
     * read in the delete's own transaction: read before it, a note the command line wrote in between was deleted,
     * and the undo put back the note from before it.
     */
    public Optional<DeletedArticle> deleteIf(String id, String protectedSource, Predicate<Article> untouched) {
        return database.write(connection -> {
            Article article = articles.get(id).orElseThrow(() -> articles.unknown(id));
            if (!untouched.test(article)) {
                return Optional.empty();
            }
            StoredRow row = StoredRow.of(connection, id);
            if (protectedSource.equals(row.source())) {
                throw new ReadingListException(
                        "'" + article.title() + "' comes with the bundled catalog and cannot be deleted");
            }
            return Optional.of(remove(connection, article, row));
        });
    }

    /**
     * Deletes the added or imported articles among {@code ids} in one transaction, so that another program sees all
     * of them go or none, and a crash leaves none half done; those of {@code protectedSource} stay, and those deleted
     * elsewhere since they were chosen are counted as gone.
     */
    public Deletion deleteAll(List<String> ids, String protectedSource) {
        return database.write(connection -> {
            List<DeletedArticle> deleted = new ArrayList<>();
            int kept = 0;
            int gone = 0;
            for (String id : new LinkedHashSet<>(ids)) {
                Optional<Article> article = articles.get(id);
                if (article.isEmpty()) {
                    gone++;
                    continue;
                }
                StoredRow row = StoredRow.of(connection, id);
                if (protectedSource.equals(row.source())) {
                    kept++;
                } else {
                    deleted.add(remove(connection, article.get(), row));
                }
            }
            return new Deletion(deleted, kept, gone);
        });
    }

    private DeletedArticle remove(Connection connection, Article article, StoredRow stored) throws SQLException {
        List<String> syncIds;
        try (PreparedStatement fts = connection.prepareStatement("DELETE FROM article_fts WHERE rowid = ?");
                PreparedStatement row = connection.prepareStatement("DELETE FROM article WHERE id = ?");
                SyncLog.Recorder recorder = sync.recorder(connection)) {
            syncIds = recorder.deleting(stored.rowId());
            fts.setLong(1, stored.rowId());
            fts.executeUpdate();
            row.setLong(1, stored.rowId());
            row.executeUpdate();
            recorder.finish();
        }
        return new DeletedArticle(article, stored.source(), Timestamps.parseInstant(stored.addedAt()), syncIds);
    }

    /** An article's row id, where it came from and when it was added, as the delete's transaction reads them. */
    private record StoredRow(long rowId, String source, String addedAt) {

        static StoredRow of(Connection connection, String id) throws SQLException {
            long rowId = ArticleStore.rowId(connection, id);
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT source, added_at FROM article WHERE id = ?")) {
                select.setLong(1, rowId);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return new StoredRow(rowId, rs.getString(1), rs.getString(2));
                }
            }
        }
    }

    /** Puts a deleted article back with its tags, read state and note. */
    public void restore(DeletedArticle deleted) {
        restoreAll(List.of(deleted));
    }

    /** Puts deleted articles back in one transaction, as {@link #deleteAll} took them: all of them, or none. */
    public void restoreAll(List<DeletedArticle> deleted) {
        database.write(connection -> {
            for (DeletedArticle article : deleted) {
                long rowId = insertRow(connection, article);
                try (SyncLog.Recorder recorder = sync.recorder(connection)) {
                    recorder.undeleted(rowId, article.syncIds());
                    recorder.finish();
                }
            }
            return null;
        });
    }

    /**
     * An article deleted elsewhere on a synced library, put back under its own id on every device, as the window
     * showed it, with {@code note}; empty, changing nothing, where sync holds no deleted state for the id: the caller
     * adds it anew.
     */
    public Optional<String> putBackSynced(Article shown, String note, String source, Instant now) {
        return database.write(connection -> putBack.putBack(connection, shown, note, source, now));
    }

    /** The deleted article's row, tags and note, indexed for search: what is recorded for sync is the caller's. */
    long insertRow(Connection connection, DeletedArticle deleted) throws SQLException {
        Article a = deleted.article();
        long rowId;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO article (slug, title, summary, url, url_key, published, reading_minutes, source, added_at, read_at,
                                     favourite)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, a.id());
            insert.setString(2, a.title());
            insert.setString(3, a.summary());
            insert.setString(4, a.url());
            insert.setString(5, UrlKey.of(a.url()));
            insert.setString(6, a.published() == null ? null : a.published().toString());
            insert.setObject(7, a.readingMinutes());
            insert.setString(8, deleted.source());
            insert.setString(9, Timestamps.format(deleted.addedAt()));
            insert.setString(10, Timestamps.format(a.readAt()));
            insert.setInt(11, a.favourite() ? 1 : 0);
            try (ResultSet rs = insert.executeQuery()) {
                rowId = rs.getLong(1);
            }
        }
        insertTags(connection, rowId, "catalog", a.catalogTags());
        insertTags(connection, rowId, "user", a.userTags());
        if (a.hasNote()) {
            try (PreparedStatement note =
                    connection.prepareStatement("INSERT INTO note (article_id, body, updated_at) VALUES (?, ?, ?)")) {
                note.setLong(1, rowId);
                note.setString(2, a.note());
                note.setString(3, Timestamps.format(a.noteUpdatedAt()));
                note.executeUpdate();
            }
        }
        FtsIndex.reindex(connection, rowId);
        return rowId;
    }

    private static void insertTags(Connection connection, long rowId, String kind, List<String> tags)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO article_tag (article_id, kind, tag_key, tag, position) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < tags.size(); i++) {
                insert.setLong(1, rowId);
                insert.setString(2, kind);
                insert.setString(3, TextFolding.tagKey(tags.get(i)));
                insert.setString(4, tags.get(i));
                insert.setInt(5, i);
                insert.executeUpdate();
            }
        }
    }

    private String source(String id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT source FROM article WHERE slug = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
