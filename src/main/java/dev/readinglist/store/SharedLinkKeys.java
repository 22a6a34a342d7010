package dev.readinglist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles that are one link by the link rules (model.UrlKey) but separate rows: an import would
 * merge them, but rows already stored are never merged behind the user's back, so an upgrade that
 * changes the rules and 'check' name them instead.
 */
final class SharedLinkKeys {

    private SharedLinkKeys() {}

    /** "a-slug, another-slug: https://example.com/a" for each key more than one article has. */
    static List<String> find(Connection connection) throws SQLException {
        List<String> shared = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                        SELECT url_key, group_concat(slug, ', ') FROM (
                            SELECT url_key, slug FROM article
                            WHERE url_key IN (SELECT url_key FROM article WHERE url_key IS NOT NULL
                                              GROUP BY url_key HAVING count(*) > 1)
                            ORDER BY url_key, id)
                        GROUP BY url_key ORDER BY url_key""");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                shared.add(rs.getString(2) + ": " + rs.getString(1));
            }
        }
        return shared;
    }
}
