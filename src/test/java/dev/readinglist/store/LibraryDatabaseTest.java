package dev.readinglist.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.model.Backup;
import dev.readinglist.model.LibraryDamagedException;
import dev.readinglist.model.ReadingListException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void newLibraryIsMarkedOursMigratedAndInWalMode() throws Exception {
        Path file = dir.resolve("new/folder/reading-list.db");
        LibraryDatabase.open(file).close();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertEquals(LibraryDatabase.APPLICATION_ID, intQuery(s, "PRAGMA application_id"));
            assertEquals(SchemaMigrations.bundled().latestVersion(), intQuery(s, "PRAGMA user_version"));
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", rs.getString(1));
            }
            assertEquals(1, intQuery(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'article_fts'"));
        }
    }

    /** The window's first page is read along the order's own index, and stops at its limit, at a million too. */
    @Test
    void theFirstPageIsReadAlongTheIndexOfTheLibrarysOrder() throws Exception {
        String plan = plan("SELECT a.slug FROM article a LEFT JOIN note n ON n.article_id = a.id WHERE (1) ORDER BY "
                + ArticleStore.ORDER_DAY + " DESC, a.title COLLATE NOCASE, a.slug LIMIT 200");
        assertTrue(plan.contains("USING INDEX article_order_day"), plan);
    }

    @Test
    void theStarredArticlesAreFoundWithoutReadingEveryRow() throws Exception {
        String plan = plan(ArticleStore.FAVOURITE_SLUGS);
        assertTrue(plan.contains("COVERING INDEX article_favourite"), plan);
    }

    /** How SQLite runs {@code sql} in a new library: each step of its plan, a line each. */
    private String plan(String sql) throws Exception {
        Path file = dir.resolve("reading-list.db");
        LibraryDatabase.open(file).close();
        StringBuilder detail = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (plan.next()) {
                detail.append(plan.getString("detail")).append('\n');
            }
        }
        return detail.toString();
    }

    @Test
    void newFolderAndFileArePrivateOnPosix() throws Exception {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path folder = dir.resolve("data");
        Path file = folder.resolve("reading-list.db");
        LibraryDatabase.open(file).close();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void reopeningKeepsTheSchemaVersion() throws Exception {
        Path file = dir.resolve("rl.db");
        LibraryDatabase.open(file).close();
        LibraryDatabase.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertEquals(SchemaMigrations.bundled().latestVersion(), intQuery(s, "PRAGMA user_version"));
        }
    }

    @Test
    void newerSchemaIsRefusedAndLeftByteForByteUnchanged() throws Exception {
        Path file = dir.resolve("rl.db");
        LibraryDatabase.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
            s.execute("PRAGMA journal_mode = DELETE");
        }
        byte[] before = Files.readAllBytes(file);

        ReadingListException e = assertThrows(ReadingListException.class, () -> LibraryDatabase.open(file));

        assertTrue(e.getMessage().contains("newer version of Reading List"), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void anotherProgramsSqliteFileIsRefusedAndUnchanged() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE contacts (name TEXT)");
            s.execute("INSERT INTO contacts VALUES ('Ada')");
        }
        byte[] before = Files.readAllBytes(file);

        ReadingListException e = assertThrows(ReadingListException.class, () -> LibraryDatabase.open(file));

        assertTrue(e.getMessage().contains("not a Reading List database"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aFileOfRandomBytesIsRefusedAndUnchanged() throws Exception {
        Path file = dir.resolve("random.db");
        byte[] noise = new byte[8192];
        new Random(42).nextBytes(noise);
        Files.write(file, noise);

        LibraryDamagedException e = assertThrows(LibraryDamagedException.class, () -> LibraryDatabase.open(file));

        assertTrue(
                e.getMessage().contains("is damaged") && e.getMessage().contains("reading-list restore"),
                e.getMessage());
        assertArrayEquals(noise, Files.readAllBytes(file));
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("rl.db"));
        ReadingListException e = assertThrows(ReadingListException.class, () -> LibraryDatabase.open(folder));
        assertTrue(e.getMessage().contains("it is a folder"), e.getMessage());
    }

    @Test
    void aMigrationRunsInOneTransactionAfterABackupOfTheOldSchema() throws Exception {
        Path file = dir.resolve("rl.db");
        String first = firstSchema();
        LibraryDatabase.open(file, new SchemaMigrations(List.of(first))).close();

        LibraryDatabase.open(file, new SchemaMigrations(List.of(first, "CREATE TABLE reading_goal (minutes INTEGER);")))
                .close();

        List<Path> backups;
        try (var files = Files.walk(dir.resolve("backups"))) {
            backups = files.filter(f -> f.getFileName().toString().endsWith(".db"))
                    .toList();
        }
        assertEquals(1, backups.size(), "one backup, taken before the upgrade");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups.getFirst());
                Statement s = c.createStatement()) {
            assertEquals(1, intQuery(s, "PRAGMA user_version"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertEquals(2, intQuery(s, "PRAGMA user_version"));
            assertEquals(1, intQuery(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'reading_goal'"));
        }
    }

    @Test
    void aFailingMigrationLeavesTheOldSchemaWhole() throws Exception {
        Path file = dir.resolve("rl.db");
        String first = firstSchema();
        LibraryDatabase.open(file, new SchemaMigrations(List.of(first))).close();

        assertThrows(
                ReadingListException.class,
                () -> LibraryDatabase.open(
                        file,
                        new SchemaMigrations(List.of(first, "CREATE TABLE half_done (x INTEGER);\nTHIS IS NOT SQL;"))));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            assertEquals(1, intQuery(s, "PRAGMA user_version"));
            assertEquals(
                    0, intQuery(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'"), "rolled back whole");
        }
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        var statements = SchemaMigrations.statements("""
                -- comment
                CREATE TABLE a (x INTEGER, -- inline
                  y TEXT);

                CREATE INDEX a_x ON a (x);
                """);
        assertEquals(2, statements.size());
        assertTrue(statements.get(0).startsWith("CREATE TABLE a"));
    }

    @Test
    void aLibraryFromBeforeIdsGetsOneAndItsPreUpgradeBackupCarriesIt() throws Exception {
        Path file = dir.resolve("rl.db");
        LibraryDatabase.open(file, new SchemaMigrations(List.of(firstSchema(), schema(2))))
                .close();

        String id;
        try (LibraryDatabase upgraded = LibraryDatabase.open(file)) {
            id = upgraded.libraryId();
        }
        var backups = LibraryBackups.list(file, id);
        assertEquals(1, backups.size(), "the backup taken before the upgrade, in the library's own folder");
        assertEquals(Optional.of(id), LibraryIdentity.of(backups.getFirst().file()), "and it carries the id");
        assertEquals(Backup.Origin.BEFORE_UPGRADE, backups.getFirst().origin(), "and its name says why it was taken");
        try (LibraryDatabase again = LibraryDatabase.open(file)) {
            assertEquals(id, again.libraryId(), "kept from open to open");
        }
    }

    private static String schema(int version) throws Exception {
        try (var in = SchemaMigrations.class.getResourceAsStream("schema-%03d.sql".formatted(version))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String firstSchema() throws Exception {
        try (var in = SchemaMigrations.class.getResourceAsStream("schema-001.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int intQuery(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }
}
