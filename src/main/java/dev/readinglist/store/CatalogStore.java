package dev.readinglist.store;

import dev.readinglist.model.Catalog;
import dev.readinglist.model.CatalogArticle;
import dev.readinglist.model.MergeReport;
import dev.readinglist.model.TextFolding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges a catalog into the library: new articles are added, changed titles, summaries, links,
 * dates and catalog tags are updated. Read state, notes and the user's tags are never touched,
 * and nothing is deleted. The whole merge is one transaction.
 */
public final class CatalogStore {

    private final LibraryDatabase database;

    public CatalogStore(LibraryDatabase database) {
        this.database = database;
    }

    public MergeReport merge(Catalog catalog, Instant now) {
        return merge(catalog, now, true);
    }

    /** What merging would do, without doing it. */
    public MergeReport preview(Catalog catalog) {
        return merge(catalog, Instant.now(), false);
    }

    private MergeReport merge(Catalog catalog, Instant now, boolean commit) {
        return database.write(
                connection -> {
                    if (alreadyMerged(connection, catalog)) {
                        return MergeReport.skippedUnchanged();
                    }
                    int added = 0;
                    int updated = 0;
                    int unchanged = 0;
                    for (CatalogArticle article : catalog.articles()) {
                        Existing existing = existing(connection, article.slug());
                        if (existing == null) {
                            long rowId = insert(connection, article, catalog.name(), now);
                            replaceCatalogTags(connection, rowId, article.tags());
                            FtsIndex.reindex(connection, rowId);
                            added++;
                        } else if (!existing.sameAs(article)) {
                            update(connection, existing.rowId(), article);
                            replaceCatalogTags(connection, existing.rowId(), article.tags());
                            FtsIndex.reindex(connection, existing.rowId());
                            updated++;
                        } else {
                            unchanged++;
                        }
                    }
                    remember(connection, catalog, now);
                    return new MergeReport(added, updated, unchanged, false);
                },
                commit);
    }

    private record Existing(
            long rowId,
            String title,
            String summary,
            String url,
            String published,
            Integer readingMinutes,
            List<String> tags) {

        boolean sameAs(CatalogArticle article) {
            return title.equals(article.title())
                    && summary.equals(article.summary())
                    && url.equals(article.url())
                    && Objects.equals(
                            published,
                            article.published() == null
                                    ? null
                                    : article.published().toString())
                    && Objects.equals(readingMinutes, article.readingMinutes())
                    && tags.equals(article.tags());
        }
    }

    private static boolean alreadyMerged(Connection connection, Catalog catalog) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT digest FROM catalog_source WHERE name = ?")) {
            select.setString(1, catalog.name());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && rs.getString(1).equals(catalog.digest());
            }
        }
    }

    private static void remember(Connection connection, Catalog catalog, Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO catalog_source (name, digest, merged_at) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET digest = excluded.digest, merged_at = excluded.merged_at""")) {
            upsert.setString(1, catalog.name());
            upsert.setString(2, catalog.digest());
            upsert.setString(3, Timestamps.format(now));
            upsert.executeUpdate();
        }
    }

    private static Existing existing(Connection connection, String slug) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, title, summary, url, published, reading_minutes,
                       (SELECT group_concat(tag, char(31) ORDER BY position) FROM article_tag
                         WHERE article_id = article.id AND kind = 'catalog')
                FROM article WHERE slug = ?""")) {
            select.setString(1, slug);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                int minutes = rs.getInt(6);
                Integer readingMinutes = rs.wasNull() ? null : minutes;
                String tags = rs.getString(7);
                return new Existing(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        readingMinutes,
                        ArticleStore.tags(tags));
            }
        }
    }

    private static long insert(Connection connection, CatalogArticle article, String source, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO article (slug, title, summary, url, published, reading_minutes, source, added_at, url_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, rl_url_key(?4)) RETURNING id""")) {
            insert.setString(1, article.slug());
            bindFacts(insert, 2, article);
            insert.setString(7, source);
            insert.setString(8, Timestamps.format(now));
            try (ResultSet rs = insert.executeQuery()) {
                return rs.getLong(1);
            }
        }
    }

    private static void update(Connection connection, long rowId, CatalogArticle article) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE article SET title = ?, summary = ?, url = ?, published = ?, reading_minutes = ?, url_key = rl_url_key(?3)
                WHERE id = ?""")) {
            bindFacts(update, 1, article);
            update.setLong(6, rowId);
            update.executeUpdate();
        }
    }

    private static void bindFacts(PreparedStatement statement, int first, CatalogArticle article) throws SQLException {
        statement.setString(first, article.title());
        statement.setString(first + 1, article.summary());
        statement.setString(first + 2, article.url());
        statement.setString(
                first + 3,
                article.published() == null ? null : article.published().toString());
        statement.setObject(first + 4, article.readingMinutes());
    }

    private static void replaceCatalogTags(Connection connection, long rowId, List<String> tags) throws SQLException {
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM article_tag WHERE article_id = ? AND kind = 'catalog'")) {
            delete.setLong(1, rowId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT OR IGNORE INTO article_tag (article_id, kind, tag_key, tag, position) VALUES (?, 'catalog', ?, ?, ?)""")) {
            List<String> kept = new ArrayList<>();
            for (String tag : tags) {
                String key = TextFolding.tagKey(tag);
                if (key.isEmpty()) {
                    continue;
                }
                insert.setLong(1, rowId);
                insert.setString(2, key);
                insert.setString(3, tag.strip());
                insert.setInt(4, kept.size());
                if (insert.executeUpdate() > 0) {
                    kept.add(tag);
                }
            }
        }
    }
}
