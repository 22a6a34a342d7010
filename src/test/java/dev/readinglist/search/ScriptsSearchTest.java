package dev.readinglist.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readinglist.LoadedIndex;
import dev.readinglist.cli.CliHarness;
import dev.readinglist.library.Library;
import dev.readinglist.model.Article;
import dev.readinglist.model.ReadStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese, Japanese and Korean put no spaces between words: a word in the middle of a title is found, by the window's
 * index and by the library (the command line) alike; and the letters of other scripts are found as the window finds
 * them (the command line found no accented Greek, no ё, no Korean, no kana with a voiced mark).
 */
class ScriptsSearchTest {

    @TempDir
    static Path dir;

    static Library library;
    static final Map<String, String> IDS = new HashMap<>();

    @BeforeAll
    static void open() {
        library = Library.open(dir.resolve("cjk.db"));
        LoadedIndex.of(library);
        add("distributed", "分布式数据库系统", "https://cjk.example/1", List.of());
        add("japanese", "データベース入門", "https://cjk.example/2", List.of("設計"));
        add("korean", "데이터베이스설계 원리", "https://cjk.example/3", List.of());
        add("mixed", "Java并发编程实战", "https://cjk.example/4", List.of());
        add("greek", "Κατανεμημένα Συστήματα για αρχάριους", "https://cjk.example/5", List.of());
        add("russian", "Ёлка и ежик", "https://cjk.example/6", List.of());
        add("turkish", "İstanbul'da Işık Hızında Yazılım", "https://cjk.example/7", List.of());
        add("thai", "การออกแบบฐานข้อมูลแบบกระจาย", "https://cjk.example/9", List.of());
        library.setNote(IDS.get("distributed"), "读完了：一致性哈希很有用");
        // Last: the index hears of changes in order, so once it holds this article it has heard of all above.
        add("letters", "Straße, Œuvre, Æsir und Øresund", "https://cjk.example/8", List.of());
        LoadedIndex.awaitHolding(library, IDS.get("letters"));
    }

    private static void add(String name, String title, String url, List<String> tags) {
        IDS.put(name, library.addArticle(title, url, "", tags));
    }

    @AfterAll
    static void close() {
        library.close();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            数据库       | distributed
            分布         | distributed
            据           | distributed
            数库         |
            データ       | japanese
            ベース       | japanese
            入門         | japanese
            テータ       | japanese
            베이스       | korean
            설계         | korean
            원리         | korean
            데이터       | korean
            并发         | mixed
            java并发     | mixed
            编程 java    | mixed
            -并发 编程   |
            哈希         | distributed
            一致性哈     | distributed
            设计         |
            設計         | japanese
            "数据 库"    | distributed
            ฐานข้อมูล     | thai
            กระจาย       | thai
            Συστήματα    | greek
            συστηματα    | greek
            κατανεμημε   | greek
            ёлка         | russian
            елка         | russian
            ежик         | russian
            ışık         | turkish
            IŞIK         | turkish
            ISIK         | turkish
            hizinda      | turkish
            yazılım      | turkish
            istanbul     | turkish
            strasse      | letters
            STRASSE      | letters
            straß        | letters
            oeuvre       | letters
            aesir        | letters
            oresund      | letters
            """)
    void findsAWordInTheMiddleOfARun(String query, String expected) {
        Set<String> wanted = expected == null
                ? Set.of()
                : Set.of(expected.trim().split("\\s+")).stream().map(IDS::get).collect(Collectors.toSet());
        assertEquals(
                wanted,
                library.search(query, ReadStatus.ALL).stream().map(Article::id).collect(Collectors.toSet()),
                "the library");
        assertEquals(wanted, LoadedIndex.ids(library, query), "the window's index");
    }

    @Test
    void theCommandLineFindsKoreanAndKana() {
        Path db = dir.resolve("cli.db");
        assertEquals(
                0,
                CliHarness.run("--db", db.toString(), "add", "https://cjk.example/k", "--title", "데이터베이스 설계")
                        .code());
        assertEquals(
                0,
                CliHarness.run("--db", db.toString(), "add", "https://cjk.example/j", "--title", "データベース入門")
                        .code());
        for (String query : List.of("데이터", "データ", "入門")) {
            CliHarness.Result list = CliHarness.run("--db", db.toString(), "list", "--query=" + query);
            assertEquals(0, list.code(), list.err());
            assertTrue(list.out().contains("1 article"), query + " found: " + list.out());
        }
    }

    /** A library indexed before CJK characters were words each: it is indexed again as it opens. */
    @Test
    void anOlderLibraryIsIndexedAgainOnOpening() throws Exception {
        Path db = dir.resolve("older.db");
        String id;
        try (Library older = Library.open(db)) {
            id = older.addArticle("데이터베이스 설계", "https://cjk.example/older", "", List.of());
            older.addArticle("Plain words", "https://cjk.example/plain", "", List.of());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            // As schema 9 indexed it: the text as it is, split by unicode61 alone.
            long rowId;
            try (ResultSet rs = s.executeQuery("SELECT id FROM article WHERE title = '데이터베이스 설계'")) {
                rowId = rs.getLong(1);
            }
            s.executeUpdate("DELETE FROM article_fts WHERE rowid = " + rowId);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO article_fts (rowid, title, summary, tags, note) VALUES (?, ?, '', NULL, NULL)")) {
                insert.setLong(1, rowId);
                insert.setString(2, "데이터베이스 설계");
                insert.executeUpdate();
            }
            s.executeUpdate("PRAGMA user_version = 9");
        }
        try (Library reopened = Library.open(db)) {
            assertEquals(
                    List.of(id),
                    reopened.search("베이스", ReadStatus.ALL).stream()
                            .map(Article::id)
                            .toList());
            assertEquals(1, reopened.search("plain", ReadStatus.ALL).size());
        }
    }
}
