package dev.readinglist.safety;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

/** Damage SQLite's own quick check does not see, made on purpose for the tests of what finds it. */
public final class IndexDamage {

    private IndexDamage() {}

    /** Changes the first article's link key behind its index's back, as a bad sector or a torn write can. */
    public static void loseAnIndexEntry(Path file) throws Exception {
        String url = "jdbc:sqlite:" + file;
        String sql;
        long root;
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT sql, rootpage FROM sqlite_schema WHERE name = 'article_url_key'")) {
            sql = rs.getString(1);
            root = rs.getLong(2);
            s.execute("PRAGMA writable_schema = ON");
            s.execute("DELETE FROM sqlite_schema WHERE name = 'article_url_key'");
        }
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("UPDATE article SET url_key = url_key || '#lost' WHERE id = 1");
            s.execute("PRAGMA writable_schema = ON");
            try (PreparedStatement put = c.prepareStatement(
                    "INSERT INTO sqlite_schema VALUES ('index', 'article_url_key', 'article', ?, ?)")) {
                put.setLong(1, root);
                put.setString(2, sql);
                put.executeUpdate();
            }
        }
    }
}
