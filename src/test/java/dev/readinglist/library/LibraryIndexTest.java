package dev.readinglist.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.LoadedIndex;
import dev.readinglist.model.Article;
import dev.readinglist.model.Deletion;
import dev.readinglist.model.Device;
import dev.readinglist.model.ImportFormat;
import dev.readinglist.model.ReadStatus;
import dev.readinglist.model.SortKey;
import dev.readinglist.model.TagCount;
import dev.readinglist.model.TextFolding;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's index, kept in a file beside the library and brought up to date from the library's
 * change log: whatever path it took (read from the file and caught up, changed in place as the
 * library commits, or read whole), it must answer exactly as an index read whole from the same
 * library does.
 */
class LibraryIndexTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:15:00Z"), ZoneOffset.UTC);
    static final String[] WORDS = ("raft paxos replication leader quorum cache redis eviction index btree query "
                    + "postgres sqlite kafka stream distributed consensus latency café crème Zoë naïve straße "
                    + "tokyo 東京 backpressure retry timeout saga outbox")
            .split(" ");
    static final List<String> QUERIES = List.of(
            "",
            "r",
            "ra",
            "cache",
            "caf",
            "creme",
            "zoe",
            "東京",
            "\"distributed consensus\"",
            "kafka -redis",
            "tag:alpha",
            "tag:beta -tag:alpha",
            "is:read",
            "is:unread has:note",
            "zanzibar",
            "note");

    static final Device LAPTOP = new Device("1a0000", "laptop");
    static final Device DESKTOP = new Device("2d0000", "desktop");

    @TempDir
    Path dir;

    @Test
    void theIndexFileIsUsedAndCaughtUpWithEveryKindOfChange() throws Exception {
        Path db = withIndexFile(400);
        assertTrue(Files.exists(indexFile(db)), "written after the library was read whole");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(indexFile(db))),
                    "it holds the notes: the owner's only, as the library is");
        }

        // Changes made while no window is open: a command line's, and another program's.
        try (Library library = Library.open(db, CLOCK)) {
            List<String> ids = ids(library);
            library.markRead(ids.subList(0, 40));
            library.setNote(ids.get(3), "A note about Zoë and the naïve retry");
            library.editTags(ids.get(5), List.of("alpha"), List.of());
            library.deleteArticles(ids.subList(100, 110));
            library.importFile(pocket("second.csv", 400, 60), ImportFormat.POCKET, false);
        }
        shell(db, "UPDATE article SET title = 'Zanzibar ' || title WHERE id % 7 = 0");
        shell(db, "UPDATE article SET read_at = NULL WHERE id % 11 = 0");
        shell(db, "DELETE FROM note WHERE article_id % 3 = 0");

        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertSameAsReadWhole(library);

            // Changes while the window is open: told by the library, or caught up from the log.
            List<String> ids = ids(library);
            library.markRead(ids.subList(200, 260));
            library.markUnread(ids.subList(0, 10));
            library.setNote(ids.get(7), "Another note, with backpressure");
            library.tagArticles(ids.subList(20, 30), "beta", true);
            Deletion deleted = library.deleteArticles(ids.subList(30, 35));
            library.importFile(pocket("third.csv", 460, 50), ImportFormat.POCKET, false);
            library.undelete(deleted);
            library.addArticle("Naïve Kafka streams", "https://example.org/naive", "Zanzibar", List.of("alpha"));
            shell(db, "UPDATE article SET published = '2001-01-01' WHERE id % 13 = 0");
            library.reloadIndex();
            library.index().awaitQuiet();
            assertSameAsReadWhole(library);
            library.index().writeNow();
        }

        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertSameAsReadWhole(library);
        }
    }

    /**
     * "Über" and "Ärger" sorted after "Zig" (the fortieth walk): titles sort without their accents, when the order is
     * made whole, when an article is put into it, and as the index file keeps it.
     */
    @Test
    void titlesSortWithoutTheirAccents() throws Exception {
        Path db = dir.resolve("rl.db");
        List<String> titles = List.of("apple pie", "Ärger im Büro", "Ölfilter", "über allem", "Über alles", "Zig");
        try (Library library = Library.open(db, CLOCK)) {
            for (String title : List.of("Zig", "Über alles", "apple pie", "Ärger im Büro", "über allem")) {
                library.addArticle(title, "https://example.org/" + titles.indexOf(title), "", List.of("accents"));
            }
            loaded(library);
            assertEquals(
                    5,
                    titles(library, search("tag:accents", SortKey.TITLE, false)).size(),
                    "the order made whole");
            library.addArticle("Ölfilter", "https://example.org/oil", "", List.of("accents")); // put in
            library.index().awaitQuiet();
            assertEquals(titles, titles(library, search("tag:accents", SortKey.TITLE, false)));
            assertEquals(titles.reversed(), titles(library, search("tag:accents", SortKey.TITLE, true)));
            library.index().writeNow();
        }
        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertEquals(titles, titles(library, search("tag:accents", SortKey.TITLE, false)), "from the file");
        }
    }

    /**
     * "#91" sorted after "#909" (the sixty-third walk) and "New article 10" before "New article 2" (an earlier one):
     * numbers in titles sort by their value, when the order is made whole, when an article is put into it, and as the
     * index file keeps it; a number's leading zeros count only where nothing else differs.
     */
    @Test
    void numbersInTitlesSortByTheirValue() throws Exception {
        Path db = dir.resolve("rl.db");
        List<String> titles = List.of(
                "#91",
                "#909",
                "Chapter 1: intro",
                "Chapter 02: also middle",
                "Chapter 2: middle",
                "chapter 2b",
                "Chapter 12: end",
                "Chapter one",
                "New article 2",
                "New article 10",
                "New article 10a");
        try (Library library = Library.open(db, CLOCK)) {
            for (String title : titles.reversed().subList(0, titles.size() - 2)) {
                library.addArticle(title, "https://example.org/" + titles.indexOf(title), "", List.of("numbers"));
            }
            loaded(library);
            assertEquals(
                    titles.subList(2, titles.size()), titles(library, search("tag:numbers", SortKey.TITLE, false)));
            for (String title : List.of("#909", "#91")) { // put in
                library.addArticle(title, "https://example.org/" + titles.indexOf(title), "", List.of("numbers"));
            }
            library.index().awaitQuiet();
            assertEquals(titles, titles(library, search("tag:numbers", SortKey.TITLE, false)));
            assertEquals(titles.reversed(), titles(library, search("tag:numbers", SortKey.TITLE, true)));
            assertSameAsReadWhole(library);
            library.index().writeNow();
        }
        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertEquals(titles, titles(library, search("tag:numbers", SortKey.TITLE, false)), "from the file");
        }
    }

    private static List<String> titles(Library library, Search search) {
        return LoadedIndex.search(library, search).ids().stream()
                .map(id -> library.article(id).title())
                .toList();
    }

    @Test
    void tagCountsFromMemoryAreTheLibrarysOwn() throws Exception {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            library.importFile(pocket("first.csv", 0, 300), ImportFormat.POCKET, false);
            loaded(library);
            // A spelling of a catalog tag given by the user, a second spelling of an imported one, and a delete.
            library.tagArticles(List.of("caching-strategies-production-guide"), "caching", true);
            library.tagArticles(List.of("api-design-rest-graphql-grpc-compared"), "Alpha", true);
            String imported = ids(library).stream()
                    .filter(id -> library.canDelete(id))
                    .findFirst()
                    .orElseThrow();
            library.deleteArticle(imported);
            library.index().awaitQuiet();
            assertEquals(library.tagCounts(), library.index().tagCounts().orElseThrow());
        }
    }

    /**
     * The sixty-sixth walk gave five articles "DISTRIBUTED-systems", and the tag of 3,545 took that name: a tag is
     * named by its commonest spelling, in the window's list, the library's counts and the progress by tag alike.
     */
    @Test
    void aTagIsNamedByItsCommonestSpelling() throws Exception {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            List<String> some = ids(library).subList(0, 4);
            library.tagArticles(some.subList(0, 3), "Weekend Reads", true);
            loaded(library);
            library.tagArticles(some.subList(3, 4), "WEEKEND-reads", true);
            library.index().awaitQuiet();
            List<TagCount> counts = library.index().tagCounts().orElseThrow();
            assertEquals(library.tagCounts(), counts);
            TagCount weekend = counts.stream()
                    .filter(tag -> TextFolding.tagKey(tag.tag()).equals("weekend-reads"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Weekend Reads", weekend.tag());
            assertEquals(4, weekend.articles());
            assertTrue(
                    library.tagProgress(100).stream().anyMatch(tag -> tag.tag().equals("Weekend Reads")));
        }
    }

    /**
     * The sixty-sixth walk sorted by Read, read first, and found the oldest first too: sorted by Read or ★ either way,
     * the two parts are each newest first.
     */
    @Test
    void aSortByReadOrStarTurnsItsPartsAroundNotTheirOrder() throws Exception {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            List<String> newestFirst = ids(library);
            List<String> chosen = List.of(newestFirst.get(20), newestFirst.get(3), newestFirst.get(10));
            library.markRead(chosen);
            library.setFavourites(chosen, true);
            loaded(library);
            List<String> inOrder = newestFirst.stream().filter(chosen::contains).toList();
            List<String> others =
                    newestFirst.stream().filter(id -> !chosen.contains(id)).toList();
            for (SortKey key : List.of(SortKey.READ, SortKey.STARRED)) {
                List<String> marksFirst = key == SortKey.READ
                        ? LoadedIndex.search(library, search("", key, true)).ids()
                        : LoadedIndex.search(library, search("", key, false)).ids();
                List<String> marksLast = key == SortKey.READ
                        ? LoadedIndex.search(library, search("", key, false)).ids()
                        : LoadedIndex.search(library, search("", key, true)).ids();
                assertEquals(inOrder, marksFirst.subList(0, 3), key + ", the marked first");
                assertEquals(others, marksFirst.subList(3, marksFirst.size()), key.name());
                assertEquals(others, marksLast.subList(0, others.size()), key + ", the marked last");
                assertEquals(inOrder, marksLast.subList(others.size(), marksLast.size()), key.name());
            }
        }
    }

    @Test
    void aBigImportLogsTheArticlesItAddedAndMergedItself() throws Exception {
        Path db = dir.resolve("rl.db");
        try (Library library = Library.open(db, CLOCK)) {
            library.importFile(pocket("first.csv", 0, 300), ImportFormat.POCKET, false);
            loaded(library);
            // Over 10,000 new rows into a small library: the bulk path, with a hundred merged into known articles.
            library.importFile(pocket("big.csv", 200, 10_100), ImportFormat.POCKET, false);
            library.index().awaitQuiet();
            assertSameAsReadWhole(library);
            shell(db, "UPDATE article SET title = 'Zanzibar ' || title WHERE id % 5 = 0");
            library.reloadIndex();
            library.index().awaitQuiet();
            assertSameAsReadWhole(library);
        }
    }

    @Test
    void aBigSyncIntoASmallLibraryLogsEveryArticleItShowedAndPutsItsSchemaBack() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Sync"));
        Path db = dir.resolve("rl.db");
        try (Library laptop = Library.openDeferringBackup(dir.resolve("laptop.db"), CLOCK, LAPTOP)) {
            laptop.sync(folder);
            try (Library desktop = Library.openDeferringBackup(db, CLOCK, DESKTOP)) {
                desktop.sync(folder); // joins the laptop's library
                loaded(desktop); // an index file of the bundled catalog alone
            }
            laptop.importFile(pocket("big.csv", 0, 10_100), ImportFormat.POCKET, false);
            laptop.sync(folder);
        }
        List<String> schema = schema(db);

        // No window: the index file learns of the 10,100 articles from the change log only.
        try (Library desktop = Library.openDeferringBackup(db, CLOCK, DESKTOP)) {
            assertEquals(10_100, desktop.sync(folder).changed());
        }

        assertEquals(schema, schema(db), "what the merge dropped to fill the tables faster is all back");
        try (Library desktop = Library.openDeferringBackup(db, CLOCK, DESKTOP)) {
            loaded(desktop);
            assertEquals(10_131, ids(desktop).size());
            assertSameAsReadWhole(desktop);
        }
    }

    @Test
    void aRestoredBackupIsNeverTakenForTheIndexFileOfTheLibraryItReplaced() throws Exception {
        Path db = dir.resolve("rl.db");
        Path backup = dir.resolve("backup.db");
        try (Library library = Library.open(db, CLOCK)) {
            library.importFile(pocket("first.csv", 0, 100), ImportFormat.POCKET, false);
            loaded(library);
            library.backup(backup);
            library.markRead(ids(library));
            library.importFile(pocket("second.csv", 100, 30), ImportFormat.POCKET, false);
            library.index().awaitQuiet();
            library.index().writeNow();
        }
        Library.restore(db, backup);
        // Enough changes, without a window, that the restored library's log reaches past the file's.
        try (Library library = Library.open(db, CLOCK)) {
            List<String> ids = ids(library);
            for (int round = 0; round < 3; round++) {
                library.markRead(ids);
                library.markUnread(ids);
            }
        }
        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertSameAsReadWhole(library);
            assertEquals(131, library.index().search(Search.all()).orElseThrow().size());
            assertEquals(0, library.index().search(Search.all()).orElseThrow().matchedRead());
        }
    }

    /** The table asks for its selection and its Shift+arrow anchor in one pass; the anchor may be a selected row. */
    @Test
    void positionsAskedTwiceAreBothAnswered() throws Exception {
        try (Library library = Library.open(dir.resolve("rl.db"), CLOCK)) {
            loaded(library);
            SearchResult all = library.index().search(Search.all()).orElseThrow();
            String third = all.id(2);
            String fifth = all.id(4);
            assertArrayEquals(
                    new int[] {2, 4, -1, 2}, all.positionsOf(List.of(third, fifth, "no-such-article", third)));
        }
    }

    @Test
    void aDamagedIndexFileIsReadAgainFromTheLibrary() throws Exception {
        Path db = withIndexFile(200);
        long size = Files.size(indexFile(db));
        try (RandomAccessFile file = new RandomAccessFile(indexFile(db).toFile(), "rw")) {
            for (long at = 64; at < size; at += size / 7) {
                file.seek(at);
                file.write(0x5A);
            }
        }
        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertSameAsReadWhole(library);
        }
        try (RandomAccessFile file = new RandomAccessFile(indexFile(db).toFile(), "rw")) {
            file.setLength(size / 2);
        }
        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertSameAsReadWhole(library);
        }
    }

    @Test
    void aSortOrderDamagedInTheFileIsMadeAgainWhenFirstSortedBy() throws Exception {
        Path db = withIndexFile(300);
        // The orders other than the default one are read from the file only when first sorted by:
        // one damaged there is found then, and made again from the rows.
        byte[] bytes = Files.readAllBytes(indexFile(db));
        int title = indexOf(bytes, "TITLE".getBytes(StandardCharsets.US_ASCII));
        assertTrue(title > 0, "the file keeps the title order under its name");
        try (RandomAccessFile file = new RandomAccessFile(indexFile(db).toFile(), "rw")) {
            file.seek(title + 5 + 4L * 7);
            file.writeInt(0x7F7F7F7F);
        }
        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            library.markRead(ids(library).subList(0, 5)); // a change merged into the orders read so far
            library.index().awaitQuiet();
            assertSameAsReadWhole(library);
        }
    }

    @Test
    void whatChangedWithNoWindowOpenIsWrittenIntoTheFileOnceTheNextStartHasPutItIn() throws Exception {
        Path db = withIndexFile(100);
        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertFalse(library.index().writeScheduled(), "nothing changed: the file stands as it is");
        }
        try (Library commandLine = Library.open(db, CLOCK)) { // no index loaded, as a command's
            commandLine.markRead(ids(commandLine).subList(0, 3));
        }
        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertTrue(library.index().writeScheduled(), "the three read marks were put in, and go into the file");
            library.index().writeNow();
        }
        try (Library library = Library.open(db, CLOCK)) {
            loaded(library);
            assertFalse(library.index().writeScheduled(), "the file held them: nothing to put in, nothing to write");
            assertSameAsReadWhole(library);
        }
    }

    @Test
    void aChangeLogCompactedWithNoWindowOpenStillCatchesTheIndexFileUp() throws Exception {
        Path db = withIndexFile(300);
        try (Library commandLine = Library.open(db, CLOCK)) { // no index loaded, as a command's
            List<String> ids = ids(commandLine);
            for (int round = 0; round < 4; round++) {
                commandLine.markRead(ids.subList(0, 60));
                commandLine.markUnread(ids.subList(0, 30));
            }
            commandLine.setNote(ids.get(3), "A note about the naïve retry");
            commandLine.editTags(ids.get(5), List.of("alpha"), List.of());
            commandLine.deleteArticles(ids.subList(100, 105));
            commandLine.importFile(pocket("second.csv", 300, 80), ImportFormat.POCKET, false);
        }
        shell(db, "UPDATE article SET title = 'Zanzibar ' || title WHERE id % 7 = 0");
        long rows = count(db, "SELECT count(*) FROM index_change");
        long last = count(db, "SELECT max(seq) FROM index_change");
        try (Library commandLine = Library.open(db, CLOCK)) {
            commandLine.compactChangeLog(rows); // not yet: no more than that many changes since
            assertEquals(rows, count(db, "SELECT count(*) FROM index_change"));
            commandLine.compactChangeLog(0);
        }
        assertEquals(
                count(db, "SELECT count(DISTINCT article_id) FROM index_change"),
                count(db, "SELECT count(*) FROM index_change"));
        assertTrue(count(db, "SELECT count(*) FROM index_change") < rows, "compacted: one row per article");
        assertEquals(last, count(db, "SELECT max(seq) FROM index_change"), "the last change's number is kept");

        try (Library library = Library.open(db, CLOCK)) {
            LibraryIndex index = library.index();
            CountDownLatch never = new CountDownLatch(1);
            CountDownLatch settled = new CountDownLatch(1); // ready, or reading the library whole
            index.addListener(change -> {
                if (index.isReady() || index.isReadingLibrary()) {
                    settled.countDown();
                }
            });
            index.holdReadingUntil(never); // reading the library whole would wait here
            try {
                index.load();
                assertTrue(settled.await(120, TimeUnit.SECONDS), "the index neither loaded nor began reading");
                assertTrue(index.isReady(), "read from its file and caught up from the compacted log, not read whole");
            } finally {
                never.countDown();
            }
            index.awaitQuiet();
            assertSameAsReadWhole(library);
        }
    }

    @Test
    void aRowIdGivenAgainAfterADeleteIsTheNewArticle() throws Exception {
        Path db = dir.resolve("rl.db");
        try (Library library = Library.open(db, CLOCK)) {
            library.importFile(pocket("first.csv", 0, 20), ImportFormat.POCKET, false);
            loaded(library);
            String last = library.addArticle("Kafka at the end", "https://example.org/end", "", List.of());
            library.index().awaitQuiet();
            library.deleteArticles(List.of(last));
            library.index().awaitQuiet();
            String again = library.addArticle("Raft instead", "https://example.org/again", "", List.of());
            library.index().awaitQuiet();
            assertNotEquals(last, again);
            List<String> found = LoadedIndex.search(library, search("kafka", SortKey.DEFAULT, false))
                    .ids();
            assertFalse(found.contains(last));
            assertTrue(LoadedIndex.search(library, search("raft", SortKey.DEFAULT, false))
                    .ids()
                    .contains(again));
            assertSameAsReadWhole(library);
        }
    }

    /** Every query, in every order, as an index read whole from a copy of the library answers it. */
    private void assertSameAsReadWhole(Library library) throws Exception {
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".db");
        library.backup(copy);
        assertFalse(Files.exists(indexFile(copy)));
        try (Library whole = Library.open(copy, CLOCK)) {
            loaded(whole);
            for (String query : QUERIES) {
                for (SortKey key : SortKey.values()) {
                    for (boolean descending : new boolean[] {false, true}) {
                        Search search = search(query, key, descending);
                        SearchResult expected = LoadedIndex.search(whole, search);
                        SearchResult actual = LoadedIndex.search(library, search);
                        String what = "'" + query + "' by " + key + (descending ? " descending" : "");
                        assertEquals(expected.ids(), actual.ids(), what);
                        assertEquals(expected.matched(), actual.matched(), what);
                        assertEquals(expected.matchedRead(), actual.matchedRead(), what);
                        assertEquals(expected.progress(), actual.progress(), what);
                        if (query.isEmpty() && key == SortKey.DEFAULT && !descending) {
                            for (int i = 0; i < expected.size(); i++) {
                                assertEquals(expected.article(i), actual.article(i));
                            }
                        }
                    }
                }
            }
        }
    }

    private static Search search(String text, SortKey key, boolean descending) {
        return new Search(text, List.of(), false, ReadStatus.ALL, key, descending);
    }

    private static List<String> ids(Library library) {
        return library.search("", ReadStatus.ALL).stream().map(Article::id).toList();
    }

    /** Loads the index as a window does and waits until its thread is done (the file written, changes caught up). */
    private static void loaded(Library library) throws InterruptedException {
        LoadedIndex.of(library);
        library.index().awaitQuiet();
    }

    /** Every table, index and trigger of the library, as SQLite keeps their definitions. */
    private static List<String> schema(Path db) throws SQLException {
        List<String> schema = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT type, name, sql FROM sqlite_schema ORDER BY name")) {
            while (rs.next()) {
                schema.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
            }
        }
        return schema;
    }

    /** A library of the bundled catalog and {@code imported} articles, read whole once, so its index file is written. */
    private Path withIndexFile(int imported) throws Exception {
        Path db = dir.resolve("rl.db");
        try (Library library = Library.open(db, CLOCK)) {
            library.importFile(pocket("first.csv", 0, imported), ImportFormat.POCKET, false);
            loaded(library);
        }
        return db;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Path indexFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".index");
    }

    private static long count(Path db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    /** Another program writing to the library: the sqlite3 shell, say. */
    private static void shell(Path db, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.executeUpdate(sql);
        }
    }

    /** A Pocket export of {@code count} articles from number {@code from}, with tags, read states and varied words. */
    private Path pocket(String name, int from, int count) throws IOException {
        Random random = new Random(from * 31L + count);
        List<String> lines = new ArrayList<>();
        lines.add("title,url,time_added,tags,status");
        for (int i = from; i < from + count; i++) {
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < 3 + random.nextInt(6); w++) {
                title.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            String tags = random.nextInt(4) == 0 ? "alpha" : random.nextInt(3) == 0 ? "beta|gamma" : "";
            lines.add("\"" + title + "\",https://example.com/" + i + "," + (1_600_000_000L + 3600L * (i % 50)) + ","
                    + tags + "," + (random.nextInt(3) == 0 ? "archive" : "unread"));
        }
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }
}
