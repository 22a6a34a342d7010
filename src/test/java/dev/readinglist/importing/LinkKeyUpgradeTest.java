package dev.readinglist.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.model.ReadStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upgrade to URL-standard link keys: keys recomputed, articles that now share one named, never merged. */
class LinkKeyUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void theUpgradeRecomputesKeysAndReportsArticlesThatNowShareOne() throws Exception {
        Path db = dir.resolve("rl.db");
        try (Library library = Library.open(db, ImportTest.CLOCK)) {
            library.addArticle("Books in Unicode", "https://bücher.example/x", "", List.of());
            library.addArticle("Hash", "https://hash.ai/", "", List.of());
        }
        // A schema-3 file, as the last version left it: its keys came from java.net.URI, which kept the
        // Unicode host, so the same site written in punycode was another article.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE article SET url_key = 'https://bücher.example/x' WHERE slug = 'books-in-unicode'");
            s.executeUpdate(
                    "UPDATE article SET url = 'https:/hash.ai', url_key = 'https:/hash.ai' WHERE slug = 'hash'");
            s.executeUpdate("""
                    INSERT INTO article (slug, title, url, url_key, source, added_at)
                    VALUES ('books-in-punycode', 'Books in punycode', 'https://xn--bcher-kva.example/x/',
                            'https://xn--bcher-kva.example/x', 'test', '2026-01-01T00:00:00Z')""");
            // What schema 5 (sync, the favourite star) added is not in a schema-3 file; schema 6's trigger
            // and schema 7's index that name the star go first (they are made again on the way up).
            for (String undo : List.of(
                    "DROP TRIGGER index_change_article_update",
                    "DROP INDEX article_favourite",
                    "DROP INDEX article_sync_id",
                    "DROP INDEX article_unshared",
                    "ALTER TABLE article DROP COLUMN sync_id",
                    "ALTER TABLE article DROP COLUMN favourite",
                    "DROP TABLE sync_state",
                    "DROP TABLE sync_outbox",
                    "DROP TABLE sync_file")) {
                s.executeUpdate(undo);
            }
            s.executeUpdate("PRAGMA user_version = 3");
        }

        try (Library library = Library.open(db, ImportTest.CLOCK)) {
            assertEquals(
                    List.of("books-in-unicode, books-in-punycode: https://xn--bcher-kva.example/x"),
                    library.check().sharedLinks());
            assertEquals(1, library.upgradeNotes().size());
            assertTrue(library.upgradeNotes().getFirst().contains("books-in-unicode, books-in-punycode"));
            assertEquals(34, library.search("", ReadStatus.ALL).size(), "nothing was merged");
        }
        assertEquals("https://hash.ai", key(db, "hash"));

        CliHarness.Result check = CliHarness.run("--db", db.toString(), "check");
        assertEquals(0, check.code(), check.err());
        assertTrue(
                check.out().contains("1 link shared by more than one article")
                        && check.out().contains("books-in-unicode, books-in-punycode"),
                check.out());
    }

    private static String key(Path db, String slug) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement select = c.prepareStatement("SELECT url_key FROM article WHERE slug = ?")) {
            select.setString(1, slug);
            try (ResultSet rs = select.executeQuery()) {
                return rs.getString(1);
            }
        }
    }
}
